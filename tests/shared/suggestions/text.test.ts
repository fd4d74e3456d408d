import { describe, expect, it } from 'vitest';
import { compile, findAll, readTurn } from '../../../shared/suggestions/text';
import { read, turns } from './build';

describe('reading turns', () => {
  it('maps a matched phrase back to the time of its words', () => {
    const r = read('Well, what do you mean by that?');
    const [m] = findAll(r, compile(['what do you mean']));
    expect(m?.text).toBe('what do you mean');
    expect(m?.span.start).toBeCloseTo(0.4); // "what" … "mean" (words 2 to 5)
    expect(m?.span.end).toBeCloseTo(1.9);
  });

  it('splits sentences at . ? ! but not at an ellipsis', () => {
    const r = read("It's... complicated. Why? Because we're late!");
    expect(r.sentences.map((s) => r.text.slice(s.from, s.to))).toEqual(["it's... complicated.", 'why?', "because we're late!"]);
    expect(r.sentences.map((s) => s.question)).toEqual([false, true, false]);
  });

  it('matches across punctuation, apostrophe words and curly quotes', () => {
    expect(findAll(read('It\u2019s... complicated.'), compile(["it's complicated"]))).toHaveLength(1);
    expect(findAll(read("They sit in someone's inbox."), compile(['sit in (\\w+ )?inbox']))).toHaveLength(1);
  });

  it('matches whole words only', () => {
    expect(findAll(read('We were fined.'), compile(['fine']))).toHaveLength(0);
    expect(findAll(read('Demonstrate it.'), compile(['demo']))).toHaveLength(0);
  });

  it('reads whisper tokens that continue a word (no leading space)', () => {
    const [turn] = turns([['p', 'x']]);
    const t = {
      ...turn!,
      text: 'we lost deals',
      words: [
        { text: ' we', start: 1, end: 1.2, p: 1 },
        { text: ' lo', start: 1.3, end: 1.4, p: 1 },
        { text: 'st', start: 1.4, end: 1.5, p: 1 },
        { text: ' deals', start: 1.6, end: 2, p: 1 },
      ],
    };
    const [m] = findAll(readTurn(t), compile(['lost deals']));
    expect(m?.span).toEqual({ start: 1.3, end: 2 });
  });

  it('falls back to the turn span when a turn has no words (imported text)', () => {
    const [turn] = turns([['p', 'Tell me more.']]);
    const [m] = findAll(readTurn({ ...turn!, words: [] }), compile(['tell me more']));
    expect(m?.span).toEqual({ start: turn!.start, end: turn!.end });
  });
});
