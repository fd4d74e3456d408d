import { describe, expect, it } from 'vitest';
import { draftOf, hitClipSource, suggestedName } from '../../../renderer/search/searchDraft';

describe('a saved search back in the panel', () => {
  it('puts its words in the box and its filters as filters, leaving its size to the panel', () => {
    expect(draftOf({ text: 'pricing', painLevels: [3], rep: 'Dana', lastDays: 30, limit: 200 })).toEqual({
      text: 'pricing',
      filters: { painLevels: [3], rep: 'Dana', lastDays: 30 },
    });
  });

  it('reads a filter-only search (no words) as an empty box', () => {
    expect(draftOf({ missedFollowUp: true })).toEqual({ text: '', filters: { missedFollowUp: true } });
  });
});

describe('the name a search is offered to be saved under', () => {
  it('is the query in words', () => {
    expect(suggestedName({ text: 'pricing', painLevels: [3], rep: 'Dana' }, (iso) => iso)).toBe('“pricing”, Personal stakes, Rep: Dana');
  });

  it('is cut to a playlist name’s 200 characters, ending with an ellipsis', () => {
    const name = suggestedName({ text: 'word '.repeat(80).trim() }, (iso) => iso);
    expect(name).toHaveLength(200);
    expect(name.endsWith('…')).toBe(true);
    expect(name.startsWith('“word word')).toBe(true);
  });
});

describe('a search result as a clip to make', () => {
  it('is its turn, offered with context, titled by its first words', () => {
    expect(hitClipSource({ start: 4, end: 7.5, snippet: 'Our pricing is flexible for next quarter.' })).toEqual({
      moment: { start: 4, end: 7.5 },
      title: 'Our pricing is flexible for next quarter.',
      withContext: true,
    });
  });

  it('never ends before it starts, and a turn without words is called by its time', () => {
    expect(hitClipSource({ start: 65, end: 60, snippet: '  ' })).toEqual({ moment: { start: 65, end: 65 }, title: 'Turn at 1:05', withContext: true });
  });
});
