import { CAPABILITY_QUESTIONS, HEDGES, INDIRECT_QUESTIONS, INVITATIONS, LOGISTICS, PROBLEM_QUESTIONS, PROBLEM_WORDS } from './lexicon';
import { hedgeCues, shortInvitations, situationQuestions } from './cues';
import type { PainFinding } from './pain';
import { understatements } from './understatement';
import { compile, findAll, type Match, type ReadTurn, type Sentence } from './text';

const INVITATION = compile(INVITATIONS);
const PROBLEM_QUESTION = compile(PROBLEM_QUESTIONS);
const INDIRECT = compile(INDIRECT_QUESTIONS);
const PROBLEM = compile(PROBLEM_WORDS);
const HEDGE = compile(HEDGES);
const LOGISTIC = compile(LOGISTICS);
const CAPABILITY = compile(CAPABILITY_QUESTIONS);

/** Why the door counts as open; decides what the rep should have asked. 'marked': a reviewer said so. */
export type DoorCue = 'invitation' | 'problem-question' | 'hedge' | 'symptom' | 'impact' | 'marked';

export type DoorFinding = { cue: DoorCue; evidence: Match[] };

const has = (re: RegExp, s: string) => new RegExp(re.source, re.flags.replace('g', '')).test(s);

/**
 * A prospect's turn that invites the rep to dig: "tell me more"-style invitations, questions about their
 * own problem, hedged claims ("it's complicated"), and pain not yet at personal stakes (a symptom or an
 * impact is the start of the chain, not its end). Questions about price, dates or whether the product
 * integrates are the deal's logistics, not doors, even when phrased "what do you mean by the fee?".
 */
export function detectDoorOpener(read: ReadTurn, pain: PainFinding | null): DoorFinding | null {
  const about = (s: Sentence) => read.text.slice(s.from, s.to);
  const notDeal = (s: Sentence) => !has(LOGISTIC, about(s)) && !has(CAPABILITY, about(s));

  // Concept finders ask per word; the answer is per sentence, so it is worked out once.
  const deal = read.sentences.map(notDeal);
  const notDealAt = (i: number) => deal[i]!;
  const invitations = findAll(read, INVITATION, notDeal);
  if (invitations.length === 0) invitations.push(...shortInvitations(read, notDealAt));
  if (invitations.length > 0) return { cue: 'invitation', evidence: invitations };

  const problemQuestions = findAll(read, PROBLEM_QUESTION, notDeal);
  if (problemQuestions.length > 0) return { cue: 'problem-question', evidence: problemQuestions };

  // "Is there something that can optimise our performance?" asks about a problem without naming it.
  const asking = (s: Sentence) => notDeal(s) && (s.question || has(INDIRECT, about(s)));
  const asked = [...findAll(read, PROBLEM, asking), ...situationQuestions(read, notDealAt)];
  if (asked.length > 0) return { cue: 'problem-question', evidence: asked };

  const hedges = findAll(read, HEDGE, notDeal);
  if (hedges.length === 0) hedges.push(...hedgeCues(read, notDealAt));
  if (hedges.length === 0) hedges.push(...understatements(read, notDealAt));
  if (hedges.length > 0) return { cue: 'hedge', evidence: hedges };

  if (pain && pain.level < 3) return { cue: pain.level === 1 ? 'symptom' : 'impact', evidence: pain.evidence };
  return null;
}
