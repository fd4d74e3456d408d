import type { FollowUpReason } from '../domain/annotations';
import { dealQuestion, isOffer } from './context';
import type { DoorFinding } from './doorOpener';
import { BACKCHANNELS, LOGISTICS, PROBES, QUALIFYING_QUESTIONS, TOPIC_CHANGES } from './lexicon';
import { contentWords } from './stem';
import { compile, findAll, type Match, type ReadTurn, type Sentence } from './text';

const PROBE = compile(PROBES);
const QUALIFYING = compile([...QUALIFYING_QUESTIONS, ...LOGISTICS]);
const TOPIC_CHANGE = compile(TOPIC_CHANGES);
const BACKCHANNEL = new RegExp(`^(?:\\s*(?:${BACKCHANNELS.join('|').replace(/ /g, "[^\\w']+")})[\\s.,!?]*)+$`);

/** Words that refer back to what the prospect just said ("these days", "this year" only date the question). */
const POINTS_BACK =
  /(?<![\w'])(that|this|it|those|these|them|there|then|you mentioned|you said)(?![\w'])(?! (days?|weeks?|months?|years?|quarter|morning|time|point))/;

/** Requests that serve the prospect ("can I have the account number?") are service, not a new topic. */
const REQUEST =
  /^(\w+[,.]? )?(can|could|may) i (have|get|grab|take|confirm|ask for)|(what's|what is) (your|the) (account|email|order|reference|phone|address|name|date of birth)/;

const whole = (read: ReadTurn, s: Sentence): Match => ({
  from: s.from,
  to: s.to,
  text: read.raw.slice(s.from, s.to).trim(),
  span: read.spanOf(s.from, s.to),
  sentence: read.sentences.indexOf(s),
});

/** One turn as the pairing sees it: who spoke, and what the other rules found in it. */
export type PairingTurn = { read: ReadTurn; side: 'rep' | 'prospect' | null; door: DoorFinding | null; pitch: Match[] };

export type MissedFollowUp = {
  door: { index: number; finding: DoorFinding };
  reply: { index: number; evidence: Match[] };
  reason: FollowUpReason;
};

/** "Mm-hmm.", "Right." keep the prospect talking; they are not the rep's answer to the door. */
export const isBackchannel = (read: ReadTurn): boolean => read.wordCount <= 4 && BACKCHANNEL.test(read.text);

/**
 * Pairs each door a prospect opened with the rep's next real reply (backchannels skipped, several
 * prospect turns in a row answered together) and keeps the replies that walk away from it: a reply that
 * asks about what the prospect said is a follow-up even if it also mentions the product; otherwise a
 * pitch is a pivot, and next steps or a qualifying question ("how many users?") change the topic. A
 * plain acknowledgement ("that sounds frustrating") leaves the floor to the prospect and is no miss.
 */
export function findMissedFollowUps(turns: readonly PairingTurn[]): MissedFollowUp[] {
  const missed: MissedFollowUp[] = [];
  let doors: number[] = [];
  turns.forEach((turn, index) => {
    if (turn.side === 'prospect') {
      if (turn.door) doors.push(index);
      return;
    }
    if (turn.side !== 'rep' || isBackchannel(turn.read)) return;
    const last = doors.at(-1);
    const opened = doors.map((i) => turns[i]!);
    doors = [];
    if (last === undefined) return;
    const verdict = judgeReply(turn, opened);
    if (verdict) missed.push({ door: { index: last, finding: turns[last]!.door! }, reply: { index, evidence: verdict.evidence }, reason: verdict.reason });
  });
  return missed;
}

/** The reply's questions, and whether it walks through the door the prospect turns opened. */
function readReply(reply: PairingTurn, doors: readonly PairingTurn[]): { questions: Sentence[]; digs: boolean } {
  const read = reply.read;
  const said = new Set(doors.flatMap((d) => [...contentWords(d.read.text)]));
  const text = (s: Sentence) => read.text.slice(s.from, s.to);
  // "Want me to pull up the view?" asks permission to present, not about what the prospect said.
  const questions = read.sentences.filter((s) => s.question && !isOffer(text(s)));
  const picksUp = (s: Sentence) => [...contentWords(text(s))].some((w) => said.has(w));
  // A question that probes, or that takes up the prospect's own words ("Swamped how?"), walks through the door.
  const probing = questions.some((s) => findAll(read, PROBE, (x) => x === s).length > 0 || picksUp(s));
  // "Two weeks per hire. How many are you hiring?": echoing the prospect's words first, then asking,
  // quantifies what they opened; that is digging even when the question alone looks like qualifying.
  const opening = read.sentences[0];
  const echoes = !!opening && !opening.question && text(opening).split(/\s+/).length <= 8 && picksUp(opening);
  return { questions, digs: probing || (echoes && questions.length > 0) };
}

/** Whether a rep's reply digs into what the prospect turns before it said (by the rules' reading). */
export const digsIn = (reply: PairingTurn, prospectTurns: readonly PairingTurn[]): boolean => readReply(reply, prospectTurns).digs;

function judgeReply(reply: PairingTurn, doors: PairingTurn[]): { reason: FollowUpReason; evidence: Match[] } | null {
  const read = reply.read;
  const text = (s: Sentence) => read.text.slice(s.from, s.to);
  const qualifying = (s: Sentence) => findAll(read, QUALIFYING, (x) => x === s).length > 0;
  const { questions, digs } = readReply(reply, doors);
  if (digs) return null;
  if (reply.pitch.length > 0) return { reason: 'pivoted-to-pitch', evidence: reply.pitch };
  const moves = findAll(read, TOPIC_CHANGE);
  if (moves.length > 0) return { reason: 'changed-topic', evidence: moves };
  // Budget, timing, who signs: the deal, not the door, even when it says "for this".
  const qualifyingQuestions = questions.filter((s) => qualifying(s) || dealQuestion(read, s));
  if (qualifyingQuestions.length > 0) {
    const s = qualifyingQuestions[0]!;
    return { reason: 'changed-topic', evidence: [whole(read, s)] };
  }
  // Any other question that neither takes up the prospect's words nor points back at them ("that",
  // "it") asks about something else: the topic moved on, whatever the words were.
  // Only after a stated pain or hedge: after "how do you mean?" the rep may fairly ask back to explain.
  const statedPain = doors.some((d) => d.door && ['symptom', 'impact', 'hedge'].includes(d.door.cue));
  const elsewhere = questions.filter((s) => statedPain && contentWords(text(s)).size > 0 && !POINTS_BACK.test(text(s)) && !REQUEST.test(text(s)));
  if (elsewhere.length > 0) return { reason: 'changed-topic', evidence: [whole(read, elsewhere[0]!)] };
  return null;
}
