import { describe, expect, it } from 'vitest';
import { loadSet, score } from '../../../eval/suggestionsSet';

// The labelled set in eval/suggestions (see its README): a rule change that loses missed follow-ups fails here.
describe('suggestions on the labelled set', () => {
  const set = loadSet();
  const report = score(set);

  it('loads every conversation, the real transcripts included', () => {
    expect(set.length).toBeGreaterThanOrEqual(29);
    expect(set.filter((c) => c.folder === 'transcripts')).toHaveLength(2);
  });

  it('finds missed follow-ups with precision and recall of at least 0.7', () => {
    const f = report.figures['missed-follow-up'];
    expect(f.precision).toBeGreaterThanOrEqual(0.7);
    expect(f.recall).toBeGreaterThanOrEqual(0.7);
  });
});
