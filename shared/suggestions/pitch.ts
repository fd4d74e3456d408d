import { CAPABILITY_ADVERBS, EASE_CLAIMS, FEATURE_NOUNS, PRODUCT_VERBS } from './concepts';
import { NOT_PITCH, PITCH_PHRASES } from './lexicon';
import { concept, findConcept } from './stem';
import { compile, findAll, type Match, type ReadTurn } from './text';

const PITCH = compile(PITCH_PHRASES);
const LOOKALIKE = compile(NOT_PITCH);

/**
 * A rep's turn that presents the product: demo offers, product or feature talk. Lookalikes ("our
 * product team", "let me show you what I wrote down") cancel the pitch words they overlap.
 */
export function detectPitch(read: ReadTurn): Match[] {
  const lookalikes = findAll(read, LOOKALIKE);
  const real = (m: Match) => !lookalikes.some((l) => m.from < l.to && l.from < m.to);
  const phrases = findAll(read, PITCH).filter(real);
  // Structural cues (a product claim plus something product-like) catch pitches the phrases don't list.
  return phrases.length > 0 ? phrases : pitchCues(read).filter(real);
}

const C = {
  feature: concept(FEATURE_NOUNS),
  productVerb: concept(PRODUCT_VERBS),
  ease: concept(EASE_CLAIMS),
  capability: concept(CAPABILITY_ADVERBS),
};

/** The rep as subject of a product claim: "we automate…", "we'll set it up", "our specialists handle…". */
const WE_CLAIM = compile(["(we|we'll|we've|we're|we can|we will|we also|we actually|we just)( \\w+){0,2}"]);
const YOU_BENEFIT = compile([
  "(you'd|you would|you'll|you will|you can|you could|you'd be able to|you get|you'll get)( just| instantly| automatically| immediately| also| never| finally)? (see|get|know|have|save|cut|stop|skip|spot|catch|track|automate|replace|forget|never|avoid|be able)",
]);
const PRODUCT_SUBJECT = compile([
  '(it|this|that|the (tool|app|system|platform|software|product|dashboard|feature))( just| also| automatically| then| actually)? (\\w+s)',
]);
/** "Our sequences nudge…", "our onboarding specialist does…": something of ours as the subject. */
const OUR_THING = compile(['our( \\w+){1,3}']);
/** "The account gets flagged", "every entry gets timestamped": what happens to the user's things, done by the product. */
const PASSIVE = compile(['(gets?|got|is|are) (automatically |instantly |then |just )?\\w+ed']);
/** Summaries of the prospect's own words ("so you said your tool…") before the claim are not pitches. */
const RIVAL_NOT_OURS = /(?<![\w'])(your|their|you said|you mentioned|sounds like|if i heard|so you)(?![\w'])/;

type Claim = { match: Match; verb: Match };

/**
 * Pitch by structure: a rep statement presenting the product has a product-claim shape (we + a product
 * verb, "you'd see…", "it flags…", "our X nudges…", "gets flagged") together with something
 * product-like (a feature noun, an ease claim, "automatically"), or a claim strong enough alone (ease of
 * adoption). A turn with claims in two sentences presents the product even without feature nouns. Two
 * cues are needed, so "we'll send the summary" or "you can call me" stay out.
 */
export function pitchCues(read: ReadTurn): Match[] {
  const sentence = (i: number) => read.sentences[i]!;
  const statement = (i: number) => !sentence(i).question;
  const before = (m: Match) => read.text.slice(sentence(m.sentence).from, m.from);
  const ours = (m: Match) => statement(m.sentence) && !RIVAL_NOT_OURS.test(before(m));
  const all = (re: RegExp) => findAll(read, re, (s) => !s.question);
  const verbs = findConcept(read, C.productVerb, statement);
  const adverbs = findConcept(read, C.capability, statement);
  const verbIn = (m: Match, after: boolean) =>
    verbs.find((v) => v.sentence === m.sentence && (after ? v.from > m.from : v.from >= m.from) && v.from <= m.to + 1);
  const withVerb = (ms: Match[], after = false): Claim[] =>
    ms.flatMap((m) => {
      const verb = verbIn(m, after);
      return verb ? [{ match: m, verb }] : [];
    });
  // "Our reminders text the patient automatically": of ours, doing something by itself, whatever the verb.
  const ourClaims = all(OUR_THING).flatMap((m) => {
    const verb = verbIn(m, true) ?? adverbs.find((a) => a.sentence === m.sentence && a.from > m.to);
    return verb ? [{ match: m, verb }] : [];
  });
  const selfVerb = (ms: Match[]): Claim[] => ms.map((m) => ({ match: m, verb: m }));
  const claims = [...withVerb(all(WE_CLAIM)), ...selfVerb(all(YOU_BENEFIT)), ...withVerb(all(PRODUCT_SUBJECT)), ...ourClaims, ...withVerb(all(PASSIVE))].filter(
    (c) => ours(c.match),
  );
  // A feature noun that is the claim's own verb ("it syncs") is not a second cue.
  const features = findConcept(read, C.feature, statement).filter((f) => !claims.some((c) => f.from < c.verb.to && c.verb.from < f.to));
  const things = new Set(
    [...features, ...findConcept(read, C.ease, statement), ...findConcept(read, C.capability, statement)].filter(ours).map((m) => m.sentence),
  );
  const ease = findConcept(read, C.ease, statement).filter(ours);
  const claimed = new Set(claims.map((c) => c.match.sentence));
  const out = [...ease, ...claims.filter((c) => things.has(c.match.sentence) || claimed.size >= 2).map((c) => c.match)];
  return [...new Set(out)].sort((a, b) => a.from - b.from);
}
