import { EVALUATIONS, FAINT_PRAISE, HEDGE_MARKERS, IN_PRACTICE, IN_THEORY, RETICENCE } from './concepts';
import { concept, findConcept, tokens } from './stem';
import type { Match, ReadTurn } from './text';

/**
 * Doors said by saying less: reticence ("let's put it that way"), faint praise in a short statement
 * ("We survive it.", "They exist."), a hedge added as its own sentence after an evaluation ("It works.
 * Mostly."), and a process described as it should run against how it does ("on paper… in practice").
 * None names the problem; each signals there is one and leaves the rep to ask.
 */
const C = {
  reticence: concept(RETICENCE),
  faint: concept(FAINT_PRAISE),
  hedge: concept(HEDGE_MARKERS),
  evaluation: concept(EVALUATIONS),
  theory: concept(IN_THEORY),
  practice: concept(IN_PRACTICE),
};

/** Short statements: an understatement is terse ("We survive it."); a long sentence is an explanation. */
const MAX_FAINT_WORDS = 7;
const MAX_TAG_WORDS = 3;

export function understatements(read: ReadTurn, ok: (sentence: number) => boolean): Match[] {
  const statement = (i: number) => !read.sentences[i]!.question && ok(i);
  // Words per sentence, counted once: the filters below run for every token.
  const counts = new Map<number, number>();
  for (const t of tokens(read)) counts.set(t.sentence, (counts.get(t.sentence) ?? 0) + 1);
  const length = (i: number) => counts.get(i) ?? 0;

  const reticent = findConcept(read, C.reticence, ok);
  const faint = findConcept(read, C.faint, (i) => statement(i) && length(i) <= MAX_FAINT_WORDS);

  // "It works. Mostly.": the qualifier is a sentence of its own, right after the evaluation it softens.
  const evaluated = new Set(findConcept(read, C.evaluation, statement).map((m) => m.sentence));
  const tags = findConcept(read, C.hedge, (i) => statement(i) && length(i) <= MAX_TAG_WORDS && evaluated.has(i - 1));

  // "On paper… in practice": the rule first, then what really happens, later in the same turn.
  const theory = findConcept(read, C.theory, statement);
  const practice = theory.length > 0 ? findConcept(read, C.practice, statement).filter((m) => m.from > theory[0]!.to) : [];
  const contrast = practice.length > 0 ? [theory[0]!, practice[0]!] : [];

  return [...reticent, ...faint, ...tags, ...contrast].sort((a, b) => a.from - b.from);
}
