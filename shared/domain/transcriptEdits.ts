import { z } from 'zod';
import { Turn, turnText, type Transcript, type Word } from './transcript';

/**
 * Every transcript edit is a splice: replace a run of consecutive turns by others. Fixing a word,
 * reassigning a speaker, splitting and merging are all splices, and the inverse of a splice is a splice,
 * so undo needs nothing else. `remove` holds the turns expected at `at`, exactly, so an edit made on a
 * transcript that has changed since is refused rather than applied to the wrong words.
 */
export const TranscriptSplice = z.object({ at: z.number().int().nonnegative(), remove: z.array(Turn), insert: z.array(Turn) });
export type TranscriptSplice = z.infer<typeof TranscriptSplice>;

/** Whether the transcript still holds, at the splice's place, exactly the turns it removes. */
export function spliceApplies(t: Transcript, s: TranscriptSplice): boolean {
  const current = t.turns.slice(s.at, s.at + s.remove.length);
  return current.length === s.remove.length && current.every((turn, i) => JSON.stringify(turn) === JSON.stringify(s.remove[i]));
}

export function applySplice(t: Transcript, s: TranscriptSplice): { next: Transcript; inverse: TranscriptSplice } {
  if (!spliceApplies(t, s)) throw new Error('The transcript changed since this edit was made; reload the call and try again.');
  const current = t.turns.slice(s.at, s.at + s.remove.length);
  const turns = [...t.turns.slice(0, s.at), ...s.insert, ...t.turns.slice(s.at + s.remove.length)];
  return { next: { ...t, turns }, inverse: { at: s.at, remove: s.insert, insert: current } };
}

const indexOf = (t: Transcript, turnId: string) => {
  const i = t.turns.findIndex((x) => x.id === turnId);
  if (i < 0) throw new Error('That turn is no longer in the transcript.');
  return i;
};

/** A fresh turn id that no turn in the transcript has. */
const freshId = (t: Transcript) => `t${1 + Math.max(0, ...t.turns.map((x) => Number(/^t(\d+)$/.exec(x.id)?.[1] ?? 0)))}`;

/** The reviewer's choice of speaker for one turn: marked as theirs, so re-detecting speakers keeps it. */
export function setSpeakerSplice(t: Transcript, turnId: string, speakerId: string): TranscriptSplice {
  const at = indexOf(t, turnId);
  return { at, remove: [t.turns[at]!], insert: [byUser(t.turns[at]!, speakerId)] };
}

/** A turn given to a speaker by the reviewer: the detector's confidence no longer applies. */
function byUser(turn: Turn, speakerId: string): Turn {
  const { speakerConfidence: _detected, ...rest } = turn;
  return { ...rest, speakerId, speakerSetBy: 'user' };
}

/**
 * "Apply to every turn of this voice": every turn of speaker `from` goes to speaker `to`, marked as the
 * reviewer's. Turns the reviewer had already given to `from` themselves stay: that was a choice about
 * that turn, not a voice detection got wrong. One splice over the run from the first such turn to the
 * last (so one undo); neighbouring turns are not merged, so every turn keeps its id.
 */
export function setVoiceSpeakerSplice(t: Transcript, from: string, to: string): TranscriptSplice {
  const moved = (turn: Turn) => turn.speakerId === from && turn.speakerSetBy !== 'user';
  const first = t.turns.findIndex(moved);
  if (first < 0 || from === to) return { at: 0, remove: [], insert: [] };
  const last = t.turns.findLastIndex(moved);
  const remove = t.turns.slice(first, last + 1);
  return { at: first, remove, insert: remove.map((turn) => (moved(turn) ? byUser(turn, to) : turn)) };
}

/** Splits before word `wordIndex` (1 … words-1): the second half becomes a new turn of the same speaker. */
export function splitSplice(t: Transcript, turnId: string, wordIndex: number): TranscriptSplice {
  const at = indexOf(t, turnId);
  const turn = t.turns[at]!;
  if (wordIndex < 1 || wordIndex >= turn.words.length) throw new Error('Split between two words of the turn.');
  const part = (id: string, words: Word[]) => ({ ...turn, id, words, start: words[0]!.start, end: words.at(-1)!.end, text: turnText(words) });
  return { at, remove: [turn], insert: [part(turn.id, turn.words.slice(0, wordIndex)), part(freshId(t), turn.words.slice(wordIndex))] };
}

/** Merges a turn with the next one; the merged turn keeps the first one's speaker. */
export function mergeSplice(t: Transcript, turnId: string): TranscriptSplice {
  const at = indexOf(t, turnId);
  const [a, b] = [t.turns[at]!, t.turns[at + 1]];
  if (!b) throw new Error('The last turn has no next turn to merge with.');
  const words = [...a.words, ...b.words];
  return { at, remove: [a, b], insert: [{ ...a, end: Math.max(a.end, b.end), words, text: turnText(words) }] };
}

/**
 * Fixing misheard words: words that survive keep their timings (matched in order, ignoring case and
 * punctuation); new words share the time between their surviving neighbours.
 */
export function editTextSplice(t: Transcript, turnId: string, text: string): TranscriptSplice {
  const at = indexOf(t, turnId);
  const turn = t.turns[at]!;
  const texts = text.trim().split(/\s+/).filter(Boolean);
  if (texts.length === 0) throw new Error('A turn needs some text; delete the turn instead.');
  const key = (w: string) => w.toLocaleLowerCase().replace(/[^\p{L}\p{N}']/gu, '');
  const old = turn.words;
  // Longest common subsequence of words, so that kept words keep their times.
  const lcs = Array.from({ length: texts.length + 1 }, () => new Array<number>(old.length + 1).fill(0));
  for (let i = texts.length - 1; i >= 0; i--)
    for (let j = old.length - 1; j >= 0; j--)
      lcs[i]![j] = key(texts[i]!) === key(old[j]!.text) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const kept = new Map<number, Word>();
  for (let i = 0, j = 0; i < texts.length && j < old.length;) {
    if (key(texts[i]!) === key(old[j]!.text)) kept.set(i++, old[j++]!);
    else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  const words: Word[] = texts.map((w, i) => {
    const match = kept.get(i);
    return match ? { ...match, text: ` ${w}` } : { text: ` ${w}`, start: 0, end: 0, p: 1 };
  });
  // Time the new words between the kept neighbours (or the turn's bounds).
  for (let i = 0; i < words.length;) {
    if (kept.has(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < words.length && !kept.has(j)) j++;
    const from = i > 0 ? words[i - 1]!.end : turn.start;
    const to = j < words.length ? words[j]!.start : turn.end;
    const step = Math.max(0, to - from) / (j - i);
    for (let k = i; k < j; k++) words[k] = { ...words[k]!, start: from + step * (k - i), end: from + step * (k - i + 1) };
    i = j;
  }
  return { at, remove: [turn], insert: [{ ...turn, words, text: turnText(words) }] };
}
