import { describe, expect, it } from 'vitest';
import { draftOf, firstWords, hitClipSource, likeDraft, queryOf, suggestedName } from '../../../renderer/search/searchDraft';

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

  it('keeps a search by meaning by meaning, and a turn to be like (its words unknown until it is searched again)', () => {
    expect(draftOf({ text: 'worried about the number', meaning: true, role: 'prospect' })).toEqual({
      text: 'worried about the number',
      filters: { role: 'prospect' },
      meaning: true,
    });
    expect(draftOf({ text: '', like: { callId: 'c1', turnId: 't2' } })).toEqual({
      text: '',
      filters: {},
      meaning: true,
      like: { callId: 'c1', turnId: 't2', words: '' },
    });
  });
});

describe('the query the panel asks', () => {
  it('is the words and filters, by meaning when the switch says so and there are words to read', () => {
    expect(queryOf({ text: 'pricing', filters: { rep: 'Dana' } }, 200)).toEqual({ text: 'pricing', rep: 'Dana', limit: 200 });
    expect(queryOf({ text: 'fired', filters: { rep: 'Dana' }, meaning: true }, 200)).toEqual({ text: 'fired', rep: 'Dana', limit: 200, meaning: true });
    // The filters alone list the same moments in either mode.
    expect(queryOf({ text: '  ', filters: { rep: 'Dana' }, meaning: true }, 200)).toEqual({ text: '  ', rep: 'Dana', limit: 200 });
  });

  it('asks for the moments like a turn without words, keeping the filters', () => {
    const like = { callId: 'c1', turnId: 't2', words: 'Honestly, if we miss…' };
    expect(queryOf({ ...likeDraft(like), filters: { role: 'prospect' } }, 50)).toEqual({
      text: '',
      role: 'prospect',
      limit: 50,
      meaning: true,
      like: { callId: 'c1', turnId: 't2' },
    });
  });

  it('starts "find moments like this" afresh: no words or filters left from the last search', () => {
    expect(likeDraft({ callId: 'c1', turnId: 't2', words: 'w' })).toEqual({
      text: '',
      filters: {},
      meaning: true,
      like: { callId: 'c1', turnId: 't2', words: 'w' },
    });
  });
});

describe('a turn named by its first words', () => {
  it('is its first eight words, cut with an ellipsis', () => {
    expect(firstWords("  Honestly, if we miss the number again this quarter, it's my job on the line.")).toBe('Honestly, if we miss the number again this…');
    expect(firstWords('Let me send\nthe numbers.')).toBe('Let me send the numbers.');
    expect(firstWords('   ')).toBe('');
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
