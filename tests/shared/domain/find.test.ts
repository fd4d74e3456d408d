import { describe, expect, it } from 'vitest';
import {
  buildFindIndex,
  findMatches,
  firstMatchFrom,
  foldQuery,
  foldText,
  highlightsByTurn,
  stepMatch,
  wordHighlight,
  type TurnHighlight,
} from '../../../shared/domain/find';
import type { Turn } from '../../../shared/domain/transcript';

/** A turn whose words carry whisper's leading spaces, as imported and transcribed turns do. */
const turn = (id: string, text: string): Turn => ({
  id,
  speakerId: 's1',
  start: 0,
  end: 1,
  text,
  words: text.split(' ').map((w) => ({ text: ` ${w}`, start: 0, end: 1, p: 1 })),
});

const turns = [
  turn('t1', 'What is the revenue number this quarter?'),
  turn('t2', 'Revenue, number one problem. The REVENUE team is short.'),
  turn('t3', 'Le café était déjà fermé — on a dû attendre.'),
  turn('t4', 'We don’t track renewals.'),
];
const index = buildFindIndex(turns);

describe('find: folding', () => {
  it('ignores case, accents and typographic apostrophes', () => {
    expect(foldText('Déjà Vu ÉTÉ don’t')).toBe("deja vu ete don't");
  });
  it('turns a query into its searchable words: no edge punctuation, single spaces', () => {
    expect(foldQuery('  Revenue,   number. ')).toBe('revenue number');
    expect(foldQuery('?!')).toBe('');
  });
});

describe('find: matches', () => {
  it('finds every occurrence, turn by turn, inside words too', () => {
    expect(findMatches(index, 'revenue')).toEqual([
      { turnIndex: 0, firstWord: 3, lastWord: 3 },
      { turnIndex: 1, firstWord: 0, lastWord: 0 },
      { turnIndex: 1, firstWord: 5, lastWord: 5 },
    ]);
    expect(findMatches(index, 'ven')).toHaveLength(3);
  });
  it('matches a phrase across words, over the punctuation between them', () => {
    expect(findMatches(index, 'revenue number')).toEqual([
      { turnIndex: 0, firstWord: 3, lastWord: 4 },
      { turnIndex: 1, firstWord: 0, lastWord: 1 },
    ]);
    // A match may start and end inside words: it touches both.
    expect(findMatches(index, 'enue numb')).toHaveLength(2);
  });
  it('is accent-insensitive both ways and skips words that are only punctuation', () => {
    expect(findMatches(index, 'cafe etait deja')).toEqual([{ turnIndex: 2, firstWord: 1, lastWord: 3 }]);
    expect(findMatches(index, 'DÉJÀ')).toEqual([{ turnIndex: 2, firstWord: 3, lastWord: 3 }]);
    expect(findMatches(index, 'ferme on')).toEqual([{ turnIndex: 2, firstWord: 4, lastWord: 6 }]);
    expect(findMatches(index, "don't track")).toEqual([{ turnIndex: 3, firstWord: 1, lastWord: 2 }]);
  });
  it('finds nothing for an empty or missing query', () => {
    expect(findMatches(index, '   ')).toEqual([]);
    expect(findMatches(index, 'churn')).toEqual([]);
  });
  it('does not count overlapping occurrences twice', () => {
    expect(findMatches(buildFindIndex([turn('t1', 'aaaa')]), 'aa')).toHaveLength(2);
  });
  it('searches the text of a turn without timed words', () => {
    const bare: Turn = { ...turn('t9', ''), text: 'No timed words here', words: [] };
    expect(findMatches(buildFindIndex([bare]), 'timed words')).toEqual([{ turnIndex: 0, firstWord: 1, lastWord: 2 }]);
  });
});

describe('find: moving between matches', () => {
  const matches = findMatches(index, 'revenue');
  it('starts at the first match in or after the current turn, wrapping to the first', () => {
    expect(firstMatchFrom(matches, 0)).toBe(0);
    expect(firstMatchFrom(matches, 1)).toBe(1);
    expect(firstMatchFrom(matches, 3)).toBe(0);
    expect(firstMatchFrom([], 0)).toBe(-1);
  });
  it('steps forward and back, wrapping at both ends', () => {
    expect(stepMatch(3, 2, 1)).toBe(0);
    expect(stepMatch(3, 0, -1)).toBe(2);
    expect(stepMatch(3, 1, 1)).toBe(2);
    expect(stepMatch(3, -1, -1)).toBe(2);
    expect(stepMatch(0, 0, 1)).toBe(-1);
  });
});

describe('find: highlights per turn', () => {
  const matches = findMatches(index, 'revenue');
  it('groups the ranges by turn and marks the current one', () => {
    const byTurn = highlightsByTurn(turns, matches, 2, new Map());
    expect(byTurn.get('t1')).toEqual({ ranges: [[3, 3]], current: -1 });
    expect(byTurn.get('t2')).toEqual({
      ranges: [
        [0, 0],
        [5, 5],
      ],
      current: 1,
    });
    expect(byTurn.has('t3')).toBe(false);
  });
  it('keeps the same object for a turn whose highlight did not change', () => {
    const first = highlightsByTurn(turns, matches, 0, new Map());
    const second = highlightsByTurn(turns, matches, 1, first);
    expect(second.get('t1')).not.toBe(first.get('t1')); // lost the current match
    expect(second.get('t2')).not.toBe(first.get('t2')); // gained it
    const third = highlightsByTurn(turns, matches, 2, second);
    expect(third.get('t1')).toBe(second.get('t1'));
    expect(third.get('t2')).not.toBe(second.get('t2'));
  });
  it('says whether a word is in the current match, another match or none', () => {
    const h: TurnHighlight = {
      ranges: [
        [0, 1],
        [4, 4],
      ],
      current: 1,
    };
    expect([0, 1, 2, 4].map((w) => wordHighlight(h, w))).toEqual(['match', 'match', null, 'current']);
    expect(wordHighlight(null, 0)).toBe(null);
  });
});
