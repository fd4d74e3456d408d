import {
  COMPARISON,
  COST_OBJECTS,
  EVALUATIONS,
  EXTENT,
  FEELINGS,
  HEDGE_MARKERS,
  LOSS,
  MANUAL_WORK,
  PAIN_IDIOMS,
  PERSONAL_PRESSURE,
  RISE,
  TROUBLE,
  VALUE_OBJECTS,
} from './concepts';
import { NUMBER_WORDS } from './lexicon';
import { concept, findConcept, tokens } from './stem';
import { compile, findAll, type Match, type ReadTurn } from './text';

/**
 * Weak cues that add up. A single word from a concept list is rarely enough on its own ("wait", "every
 * weekend", "copy"), but two kinds of cue in one sentence say much more than either, and neither needs
 * the exact phrasing a fixed list would. Each finder returns the evidence of the sentences that reach
 * the threshold, so the reason still quotes the words that decided.
 */
const C = {
  trouble: concept(TROUBLE),
  idiom: concept(PAIN_IDIOMS),
  extent: concept(EXTENT),
  feelings: concept(FEELINGS),
  manual: concept(MANUAL_WORK),
  value: concept(VALUE_OBJECTS),
  loss: concept(LOSS),
  cost: concept(COST_OBJECTS),
  rise: concept(RISE),
  pressure: concept(PERSONAL_PRESSURE),
  comparison: concept(COMPARISON),
  hedge: concept(HEDGE_MARKERS),
  evaluation: concept(EVALUATIONS),
};

/** "can't keep up", "nobody reads", "never gets": what can't be done is how symptoms are usually said. */
const CANNOT = compile([
  "(can't|cannot|couldn't|won't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|never|nobody|no one|nothing) (really |even |actually |always |quite |fully )?(\\w+)",
  // "approve everything without looking": doing the work without the step that makes it safe.
  'without (even |really |actually )?\\w+ing',
]);
/** Negations that are not complaints: "I don't know", "don't worry", "no problem". */
const HARMLESS_NEGATION = compile([
  "(don't|do not|didn't) (know|think|mind|worry|remember|have to|need to|want to)",
  "(doesn't|don't|won't|wouldn't) matter",
  '(no|not a|not an|not any|never a|without|zero|nothing) (\\w+ )?(problems?|issues?|trouble|big deal|worries)',
  "(isn't|wasn't|not) (\\w+ )?(a |an )?(problem|issue|big deal|concern|bad)",
]);
/** Effort counted in time: "four days each", "every weekend", "two hours a day". */
// A count or a quantity ("a lot of weekends", "their evenings"), not any word: "a demo day" or "the other day" is no effort.
const EFFORT = compile([
  `(${NUMBER_WORDS}|every|each|all|whole|entire|a lot of|lots of|many|most|plenty of|so many|too many|countless|our|my|their)( (${NUMBER_WORDS}))* (full )?(hours?|days?|weeks?|weekends?|nights?|evenings?|months?)( (a|per|each|every) \\w+| each)?`,
]);
const FIRST_PERSON = /(?<![\w'])(i|i'm|i've|i'd|i'll|me|my|myself)(?![\w'])/;
const PRODUCT_REF = /(?<![\w'])(you|your|yours|you guys)(?![\w'])/;

const statements = (read: ReadTurn) => (i: number) => !read.sentences[i]!.question;
const bySentence = (matches: Match[]) => {
  const out = new Map<number, Match[]>();
  for (const m of matches) out.set(m.sentence, [...(out.get(m.sentence) ?? []), m]);
  return out;
};
const overlaps = (a: Match, b: Match) => a.from < b.to && b.from < a.to;
/** Two matches in one clause, close together: no conjunction or comma between them, at most three words. */
function sameClause(read: ReadTurn, a: Match, b: Match): boolean {
  const [x, y] = a.from < b.from ? [a, b] : [b, a];
  const between = read.text.slice(x.to, y.from);
  return (
    !/[,;:]|(?<![\w'])(and|but|so|or|then|because|while|when|which|who|whose)(?![\w'])/.test(between) && between.trim().split(/\s+/).filter(Boolean).length <= 3
  );
}
const sentenceOf = (read: ReadTurn, i: number) => read.text.slice(read.sentences[i]!.from, read.sentences[i]!.to);

export type PainCues = { stakes: Match[]; impact: Match[]; symptom: Match[] };

/** Pain cues per level, over the turn's statements (pain is stated, not asked). */
export function painCues(read: ReadTurn): PainCues {
  const only = statements(read);
  const harmless = findAll(read, HARMLESS_NEGATION);
  const keep = (ms: Match[]) => ms.filter((m) => !harmless.some((h) => overlaps(h, m)));
  const find = (c: (typeof C)[keyof typeof C]) => keep(findConcept(read, c, only));

  const stakes = find(C.pressure).filter((m) => FIRST_PERSON.test(sentenceOf(read, m.sentence)));

  // Level 2: something the business counts, hurt ("deals slip", "lost two clients", "fees would
  // double"). The harm has to be said of the thing: same clause, at most three words apart, so "tickets
  // get lost and customers wait" stays a symptom.
  const impact: Match[] = [];
  const pair = (objects: Match[], harms: Match[]) => {
    for (const o of objects) {
      const h = harms.find((x) => x.sentence === o.sentence && sameClause(read, o, x));
      if (h) impact.push(o, h);
    }
  };
  // An idiom's verb is not a loss: renewals "falling through the cracks" are a symptom.
  const idioms = find(C.idiom);
  pair(
    find(C.value),
    find(C.loss).filter((m) => !idioms.some((i) => overlaps(i, m))),
  );
  pair(find(C.cost), find(C.rise));

  // Level 1: a trouble word or idiom alone, or two weak cues of different kinds in one sentence.
  const strong = [...find(C.trouble), ...idioms];
  const weak = [find(C.extent), find(C.manual), find(C.feelings), keep(findAll(read, CANNOT, (s) => !s.question)), findAll(read, EFFORT, (s) => !s.question)];
  const symptom = [...strong];
  const kinds = new Map<number, Match[][]>();
  for (const list of weak) for (const [s, ms] of bySentence(list)) kinds.set(s, [...(kinds.get(s) ?? []), ms]);
  for (const lists of kinds.values()) if (lists.length >= 2) symptom.push(...lists.map((l) => l[0]!));
  const sorted = (ms: Match[]) => [...new Set(ms)].sort((a, b) => a.from - b.from);
  return { stakes: sorted(stakes), impact: sorted(impact), symptom: sorted(symptom) };
}

// prettier-ignore
const COPING = concept([
  'deal', 'handle', 'cope', 'manage', 'solve', 'fix', 'keep up', 'struggle', 'do about', 'get around', 'work around',
  'tackle', 'approach', 'live with', 'put up with', 'survive', 'avoid', 'stop', 'prevent', 'speed up',
]);
// Not "standard": "our standard terms" is contract talk.
const NORMALITY = concept(['normal', 'typical', 'usual', 'common', 'unusual', 'weird', 'crazy']);

/**
 * A prospect's question about their own situation: it names a trouble, or compares them with others
 * ("is this normal?", "how do other teams cope?"). A comparison needs a coping verb or a normality word,
 * and no "you", so reference checks about the vendor ("do other customers of yours use it?") stay out.
 */
export function situationQuestions(read: ReadTurn, ok: (sentence: number) => boolean): Match[] {
  const asked = (i: number) => read.sentences[i]!.question && ok(i);
  const trouble = [...findConcept(read, C.trouble, asked), ...findConcept(read, C.idiom, asked)];
  const norm = findConcept(read, NORMALITY, asked);
  const compared = findConcept(read, C.comparison, asked).filter(
    (m) => !PRODUCT_REF.test(sentenceOf(read, m.sentence)) && findConcept(read, COPING, (i) => i === m.sentence).length > 0,
  );
  return [...trouble, ...norm, ...compared].sort((a, b) => a.from - b.from);
}

const INVITING_WORDS = new Set(['so', 'that', 'this', 'mean', 'meaning', 'come', 'example', 'exactly', 'sense', 'way', 'like', 'such', 'instance']);
const OPENERS = new Set(['why', 'how', 'meaning', 'like', 'such', 'in', 'for', 'as', 'what', 'say', 'go', 'and']);

/**
 * Short questions that hand the floor back ("how come?", "in what sense?", "meaning?"), by shape rather
 * than by phrase: at most six words, opening with a question word and pointing at what was just said.
 * "What" needs "mean", "like" or "example" with it, so "what's that?" about a term stays out.
 */
export function shortInvitations(read: ReadTurn, ok: (sentence: number) => boolean): Match[] {
  const toks = tokens(read);
  const out: Match[] = [];
  read.sentences.forEach((s, i) => {
    if (!s.question || !ok(i)) return;
    const words = toks.filter((t) => t.sentence === i).map((t) => t.word.replace(/'s$/, ''));
    if (words.length === 0 || words.length > 6 || !OPENERS.has(words[0]!)) return;
    if (!words.some((w) => INVITING_WORDS.has(w))) return;
    if (words[0] === 'what' && !words.some((w) => w === 'mean' || w === 'like' || w === 'example')) return;
    out.push({ from: s.from, to: s.to, text: read.raw.slice(s.from, s.to).trim(), span: read.spanOf(s.from, s.to), sentence: i });
  });
  return out;
}

/** A hedge: a qualifier and an evaluation in one statement ("it works, for the most part"). */
export function hedgeCues(read: ReadTurn, ok: (sentence: number) => boolean): Match[] {
  const only = (i: number) => statements(read)(i) && ok(i);
  const evaluations = bySentence(findConcept(read, C.evaluation, only));
  // "the kind of thing", "a sort of portal": after a determiner these are nouns, not qualifiers.
  const qualifier = (m: Match) => !/(?<![\w'])(the|a|an|what|this|that|some|any|every|same|which)\s+$/.test(read.text.slice(Math.max(0, m.from - 8), m.from));
  return findConcept(read, C.hedge, only)
    .filter((m) => evaluations.has(m.sentence) && qualifier(m))
    .flatMap((m) => [m, evaluations.get(m.sentence)![0]!]);
}
