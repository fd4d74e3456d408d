import { stem } from '../suggestions/stem';

/** One word of a text: its stem (accent- and case-folded) and where it stands in the original text. */
export type Term = { stem: string; from: number; to: number };

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?/gu;

/** Lower case without accents ("Déjà" → "deja"); combining marks only, so offsets are kept per word. */
export const fold = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** A stem as the index stores it: letters and digits only, so the index's own tokenizer keeps it whole. */
const indexable = (s: string): string => s.replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The words of a text as the search index sees them. Both the indexed text and the query go through
 * this one function, so "Pricing", "prices" and "pricé" all meet at the same stem.
 */
export function terms(text: string): Term[] {
  const out: Term[] = [];
  for (const m of text.matchAll(WORD)) {
    const s = indexable(stem(fold(m[0])));
    if (s) out.push({ stem: s, from: m.index, to: m.index + m[0].length });
  }
  return out;
}

/** A query's text: "quoted phrases" and single words, each as its sequence of stems. */
export function queryPhrases(text: string): string[][] {
  const phrases: string[][] = [];
  for (const m of text.matchAll(/"([^"]*)"|[^\s"]+/g)) {
    const stems = terms(m[1] ?? m[0]).map((t) => t.stem);
    if (stems.length > 0) phrases.push(stems);
  }
  return phrases;
}

/** Where each phrase occurs in the text, as character ranges to highlight (in text order, not overlapping). */
export function matchRanges(text: string, phrases: readonly (readonly string[])[]): [number, number][] {
  const words = terms(text);
  const out: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    let end = -1;
    for (const p of phrases) {
      if (p.every((s, k) => words[i + k]?.stem === s)) end = Math.max(end, i + p.length - 1);
    }
    if (end < 0) continue;
    out.push([words[i]!.from, words[end]!.to]);
    i = end;
  }
  return out;
}
