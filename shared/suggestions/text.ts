import type { Span } from '../domain/annotations';
import type { Turn } from '../domain/transcript';

/**
 * A turn read for matching: lower-cased text with every character mapped back to the word it came
 * from, so a phrase found in the text gives the time span of the words that said it.
 */
export type ReadTurn = {
  turn: Turn;
  /** Lower-cased, curly quotes straightened; same length as the original text. */
  text: string;
  /** The original characters (for quoting). */
  raw: string;
  sentences: Sentence[];
  /** Word count (whitespace-separated), for "is this a backchannel". */
  wordCount: number;
  spanOf: (from: number, to: number) => Span;
};

export type Sentence = { from: number; to: number; question: boolean };

export type Match = { from: number; to: number; text: string; span: Span; sentence: number };

/** A lexicon entry is a small regular expression whose spaces stand for "any run of non-letters". */
export function compile(entries: readonly string[]): RegExp {
  // "\w+" in an entry is any word, "someone's" included.
  const body = entries.map((e) => `(?:${e.replace(/\\w\+/g, "[\\w']+").replace(/ /g, "[^\\w']+")})`).join('|');
  return new RegExp(`(?<![\\w'])(?:${body})(?![\\w'])`, 'g');
}

export function readTurn(turn: Turn): ReadTurn {
  // Whisper words carry their own leading space, and a word without one continues the previous word.
  const words = turn.words.length > 0 ? turn.words : null;
  const raw = words ? words.map((w) => w.text).join('') : turn.text;
  const owner: number[] = [];
  if (words)
    words.forEach((w, i) => {
      for (let k = 0; k < w.text.length; k++) owner.push(i);
    });
  const text = [...raw]
    .map((c) => {
      if (c === '\u2019' || c === '\u2018') return "'";
      if (c === '\u201c' || c === '\u201d') return '"';
      const lower = c.toLowerCase();
      return lower.length === c.length ? lower : c;
    })
    .join('');
  const spanOf = (from: number, to: number): Span => {
    if (!words) return { start: turn.start, end: Math.max(turn.start, turn.end) };
    const first = words[owner[Math.min(from, owner.length - 1)]!]!;
    const last = words[owner[Math.max(from, Math.min(to - 1, owner.length - 1))]!]!;
    return { start: first.start, end: Math.max(first.start, last.end) };
  };
  return { turn, text, raw, sentences: splitSentences(text), wordCount: raw.trim().split(/\s+/).filter(Boolean).length, spanOf };
}

/** Sentences end at . ? or ! followed by a space or the end; an ellipsis ("It's... complicated") does not end one. */
function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const re = /(?<!\.)[.?!]+(?=\s|$)/g;
  for (const m of text.matchAll(re)) {
    if (m[0] === '...' || (m[0].length > 1 && m[0].startsWith('..'))) continue;
    const to = m.index + m[0].length;
    if (/\b(mr|mrs|ms|dr|vs|etc)\.$/.test(text.slice(from, to))) continue;
    if (text.slice(from, to).trim()) sentences.push({ from, to, question: m[0].includes('?') });
    from = to;
  }
  if (text.slice(from).trim()) sentences.push({ from, to: text.length, question: false });
  return sentences.map((s) => trimSentence(text, s));
}

function trimSentence(text: string, s: Sentence): Sentence {
  let { from } = s;
  while (from < s.to && /\s/.test(text[from]!)) from++;
  return { ...s, from };
}

const sentenceAt = (read: ReadTurn, at: number): number => {
  const i = read.sentences.findIndex((s) => at >= s.from && at < s.to);
  return i >= 0 ? i : Math.max(0, read.sentences.length - 1);
};

/** Every match of `pattern` in the turn, restricted to the sentences `only` accepts when given. */
export function findAll(read: ReadTurn, pattern: RegExp, only?: (s: Sentence) => boolean): Match[] {
  const matches: Match[] = [];
  for (const m of read.text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
    const from = m.index;
    const to = from + m[0].length;
    const sentence = sentenceAt(read, from);
    if (only && !only(read.sentences[sentence]!)) continue;
    matches.push({ from, to, text: quote(read.raw.slice(from, to)), span: read.spanOf(from, to), sentence });
  }
  return matches;
}

export const sentenceText = (read: ReadTurn, i: number): string => {
  const s = read.sentences[i];
  return s ? read.text.slice(s.from, s.to) : '';
};

/** The time span of sentences `first`…`last` of a turn. */
export function sentencesSpan(read: ReadTurn, first: number, last: number): Span {
  const a = read.sentences[first];
  const b = read.sentences[last];
  if (!a || !b) return read.spanOf(0, read.text.length);
  return read.spanOf(a.from, b.to);
}

export const sentencesRaw = (read: ReadTurn, first: number, last: number): string => {
  const a = read.sentences[first];
  const b = read.sentences[last];
  return a && b ? read.raw.slice(a.from, b.to).replace(/\s+/g, ' ').trim() : read.raw.trim();
};

/** Words as they were said, without the punctuation around them. */
export const quote = (s: string): string =>
  s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[^\w$]+|[^\w%]+$/g, '');
