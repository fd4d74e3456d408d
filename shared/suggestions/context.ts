import { DEAL_TOPICS, SUPERIORS } from './concepts';
import { concept, findConcept, tokens } from './stem';
import type { Match, ReadTurn, Sentence } from './text';

/**
 * Reading a turn in the light of the turn before it: what the rep's question asked decides what a short
 * answer means ("Me." after "who gets asked about that?" is personal stakes), and whether a rep question
 * is about the prospect's problem or about the deal decides whether it walks through a door.
 */
const DEAL = concept(DEAL_TOPICS);
const SUPERIOR = concept(SUPERIORS);

/** A question about budget, timing, who signs or how to start: the deal, not the problem. */
export function dealQuestion(read: ReadTurn, s: Sentence): boolean {
  const i = read.sentences.indexOf(s);
  return s.question && findConcept(read, DEAL, (k) => k === i).length > 0;
}

/**
 * Offers, not questions: "want me to pull up the view?", "can I show you how it works?". They ask for
 * permission to present; they don't ask about what the prospect said.
 */
const OFFER =
  /^(\w+[,.]? )*?(want me to|shall i|should i|would you like (me to|to see)|can i (show|walk|pull|share|send|give)|could i (show|walk)|how about (i|we)|want to see|mind if i|let me)\b/;
export const isOffer = (text: string): boolean => OFFER.test(text.trim());

/**
 * The rep asking where the problem lands personally: "does that land on you?", "who gets asked about
 * that?", "who feels it the most, you or someone above you?", "is he coming at you about it?".
 */
const STAKES_QUESTION = [
  /(?<![\w'])(on|at|to|for) you( personally| internally)?(?![\w'])/,
  /(?<![\w'])you personally(?![\w'])/,
  /(?<![\w'])who (gets|has to|ends up|feels|takes|answers|is on the hook|pays|owns|carries)(?![\w'])/,
  /(?<![\w'])your (job|bonus|quota|number|review|neck|team|standing|credibility|career)(?![\w'])/,
  /(?<![\w'])(you or|above you|your boss|your manager)(?![\w'])/,
];
export function asksStakes(read: ReadTurn): boolean {
  return read.sentences.some((s) => s.question && STAKES_QUESTION.some((re) => re.test(read.text.slice(s.from, s.to))));
}

const ME =
  /^(\W*\w+\W+)?(me|me too|i do|i am|i'm the one|that's me|that would be me|mine|oh,? it (landed|does|did)|it (does|did)|yes|yeah|yep|absolutely|definitely|of course)\b/;
const DENIAL =
  /(?<![\w'])(not me|not really|not yet|no,|nope|not at all|not personally|not directly|i don't think so|(it's|that's|it is|that is) (more |mostly |really )?(on )?(him|her|them|his|hers|theirs))(?![\w'])/;

/**
 * An answer that owns the stakes the rep asked about: it starts "Me…"/"Yes…" or names a superior
 * acting on the speaker ("my CEO forwarded me…"), and does not deny it. Statements only.
 */
export function ownsStakes(read: ReadTurn): number | null {
  const first = read.sentences.findIndex((s) => !s.question);
  if (first < 0 || DENIAL.test(read.text)) return null;
  const firstText = read.text.slice(read.sentences[first]!.from, read.sentences[first]!.to);
  const speakerOwns = ME.test(firstText) && tokens(read).some((t) => !read.sentences[t.sentence]!.question && /^(me|my|i|i'm|i've|i'll|mine)$/.test(t.word));
  if (speakerOwns) return first;
  const superiors = findConcept(read, SUPERIOR, (i) => !read.sentences[i]!.question);
  const onMe = superiors.find((m) => /(?<![\w'])(me|my)(?![\w'])/.test(read.text.slice(read.sentences[m.sentence]!.from, read.sentences[m.sentence]!.to)));
  return onMe ? onMe.sentence : null;
}

/**
 * Personal stakes read from the question they answer: after "who gets asked about that?", "Me, in the
 * quarterly review." is level 3 though alone it names nobody's job. The evidence is the owning sentence.
 */
export function stakesInContext(asked: boolean, read: ReadTurn): Match[] | null {
  if (!asked) return null;
  const i = ownsStakes(read);
  if (i === null) return null;
  const s = read.sentences[i]!;
  return [{ from: s.from, to: s.to, text: read.raw.slice(s.from, s.to).trim(), span: read.spanOf(s.from, s.to), sentence: i }];
}
