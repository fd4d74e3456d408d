import type { Annotations, PainTag, Span } from './annotations';
import type { Speaker } from './call';
import { turnAt } from './timeline';
import type { Turn } from './transcript';

/** A question the rep asked: its sentence, where it starts (to play from there) and its turn. */
export type AskedQuestion = { text: string; start: number; turnId: string };

/** Timing slack: spans are built from word times, which may differ in the last float digit. */
const EPSILON = 0.01;

/** Closing quotes or brackets may follow the mark that ends a sentence ("…do you?”). */
const ENDS_SENTENCE = /[.!?…][”"’')\]]*$/;
const ENDS_QUESTION = /\?[”"’')\]]*$/;

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A turn's questions: its sentences that end in "?". Timed from the sentence's first word when the
 * turn has words; a turn without word timings (or whose words no longer match) gives the turn's start.
 */
export function turnQuestions(turn: Turn): AskedQuestion[] {
  const questions: AskedQuestion[] = [];
  if (turn.words.length === 0) {
    for (const m of turn.text.matchAll(/[^.!?…]*\?[”"’')\]]*/g)) {
      const text = clean(m[0]);
      if (text.length > 1) questions.push({ text, start: turn.start, turnId: turn.id });
    }
    return questions;
  }
  let sentence: string[] = [];
  let start = turn.start;
  for (const word of turn.words) {
    if (sentence.length === 0) start = word.start;
    sentence.push(word.text);
    const text = clean(sentence.join(''));
    if (!ENDS_SENTENCE.test(text)) continue;
    if (ENDS_QUESTION.test(text) && text.length > 1) questions.push({ text, start, turnId: turn.id });
    sentence = [];
  }
  return questions;
}

/**
 * Who counts as "the rep" between two tags: the speakers whose role is rep; when no speaker has that
 * role yet, anyone other than the speaker of the tagged turn (in a two-party call, the other side).
 */
function askers(speakers: readonly Speaker[], taggedSpeakerId: string | null): (speakerId: string) => boolean {
  const reps = new Set(speakers.filter((s) => s.role === 'rep').map((s) => s.id));
  if (reps.size > 0) return (id) => reps.has(id);
  return (id) => id !== taggedSpeakerId;
}

/**
 * The rep's questions between two marks of the recording (in either order): those starting after the
 * earlier one ends and before the later one starts. This is how the rep got from one level of pain
 * to the next ("what does that delay cost you?").
 */
export function questionsBetween(turns: readonly Turn[], speakers: readonly Speaker[], from: Span, to: Span, taggedSpeakerId: string | null): AskedQuestion[] {
  const [earlier, later] = from.start <= to.start ? [from, to] : [to, from];
  const lo = earlier.end - EPSILON;
  const hi = later.start + EPSILON;
  if (hi <= lo) return [];
  const isAsker = askers(speakers, taggedSpeakerId);
  const result: AskedQuestion[] = [];
  // Turns are ordered by start: begin at the one playing when the earlier mark ends.
  for (let i = Math.max(0, turnAt(turns, lo)); i < turns.length; i++) {
    const turn = turns[i]!;
    if (turn.start >= hi) break;
    if (!isAsker(turn.speakerId)) continue;
    for (const q of turnQuestions(turn)) if (q.start >= lo && q.start < hi) result.push(q);
  }
  return result;
}

/** The rep's questions that led to a tag from the tag it drills into; none for a tag without a parent. */
export function questionsToTag(a: Annotations, turns: readonly Turn[], speakers: readonly Speaker[], tag: PainTag): AskedQuestion[] {
  const parent = tag.parentId ? a.tags.find((t) => t.id === tag.parentId) : undefined;
  if (!parent) return [];
  const taggedTurn = turns[turnAt(turns, tag.span.start)];
  return questionsBetween(turns, speakers, parent.span, tag.span, taggedTurn?.speakerId ?? null);
}
