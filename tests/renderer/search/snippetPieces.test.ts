import { describe, expect, it } from 'vitest';
import { snippetPieces } from '../../../renderer/search/snippetPieces';

const render = (snippet: string, highlights: [number, number][]) =>
  snippetPieces(snippet, highlights)
    .map((p) => (p.marked ? `[${p.text}]` : p.text))
    .join('');

describe('a search snippet cut at its highlights', () => {
  it('marks each range and keeps every character once', () => {
    const snippet = 'The price went up; pricing is <b>hard</b>.';
    expect(snippetPieces(snippet, [[4, 9]])).toEqual([
      { text: 'The ', marked: false },
      { text: 'price', marked: true },
      { text: ' went up; pricing is <b>hard</b>.', marked: false },
    ]);
    expect(
      render(snippet, [
        [19, 26],
        [4, 9],
      ]),
    ).toBe('The [price] went up; [pricing] is <b>hard</b>.');
  });

  it('clips ranges to the text, merges touching or overlapping ones and skips empty ones', () => {
    expect(
      render('abcdef', [
        [0, 2],
        [1, 4],
        [4, 4],
        [5, 99],
      ]),
    ).toBe('[abcd]e[f]');
    expect(render('abc', [[-5, 1]])).toBe('[a]bc');
    expect(render('abc', [])).toBe('abc');
    expect(render('', [[0, 3]])).toBe('');
  });
});
