import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, routeKey } from '../../../renderer/ui/useRoute';

describe('the reps and compare routes', () => {
  it('#/reps lists the reps; #/reps/:name chooses one, the name decoded', () => {
    expect(parseRoute('#/reps')).toEqual({ name: 'reps', repName: null });
    expect(parseRoute('#/reps/')).toEqual({ name: 'reps', repName: null });
    expect(parseRoute('#/reps/Dana%20Reyes')).toEqual({ name: 'reps', repName: 'Dana Reyes' });
  });

  it('a rep name with a slash or accents survives the round trip through the hash', () => {
    for (const repName of ['Dana Reyes', 'A/B Team', 'Zoë Müller', '50% Dana']) {
      expect(parseRoute(hrefFor({ name: 'reps', repName }))).toEqual({ name: 'reps', repName });
    }
  });

  it('#/compare/:a/:b names the two calls in order', () => {
    expect(parseRoute('#/compare/call-aaaa1111/call-bbbb2222')).toEqual({ name: 'compare', a: 'call-aaaa1111', b: 'call-bbbb2222' });
    expect(hrefFor({ name: 'compare', a: 'x1', b: 'y2' })).toBe('#/compare/x1/y2');
    expect(parseRoute('#/compare/only-one')).toEqual({ name: 'library' });
    // Another pair is another page: its error boundary starts over.
    expect(routeKey({ name: 'compare', a: 'x1', b: 'y2' })).not.toBe(routeKey({ name: 'compare', a: 'x1', b: 'z3' }));
  });
});
