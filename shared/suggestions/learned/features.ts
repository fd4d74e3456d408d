import { EMBEDDING_DIMS, cosine } from '../../meaning/vectors';
import type { TurnView } from '../analysis';
import type { Suggestion } from '../types';

/**
 * What the classifier sees of a turn: its sentence vector, the previous turn's, who speaks, and the
 * rules' findings as 0/1 cues. A rep reply after a prospect turn also carries their cosine: a reply that
 * digs takes up the prospect's words and reads close to them; a pivot reads far.
 */
export type TurnExample = {
  vector: Float32Array;
  /** The turn before in the call (null for the first turn or when it has no vector). */
  previous: Float32Array | null;
  side: 'rep' | 'prospect';
  /** One 0/1 per name in CUE_NAMES. */
  cues: number[];
  /** The turn's words, for the "close to …" reasons (clipped). */
  text: string;
};

export const CUE_NAMES = [
  'rep',
  'prospect',
  'rule:door',
  'rule:door:invitation',
  'rule:door:problem-question',
  'rule:door:hedge',
  'rule:door:symptom',
  'rule:door:impact',
  'rule:pain:1',
  'rule:pain:2',
  'rule:pain:3',
  'rule:pitch',
  'rule:missed-follow-up',
  'asks-stakes',
  'backchannel',
  'question',
  'long',
  'after-prospect',
  'after-rule-door',
  'after-rule-pain',
] as const;
export type CueName = (typeof CUE_NAMES)[number];
const RULE_CUES = new Set(CUE_NAMES.flatMap((name, i) => (name.startsWith('rule:') || name.startsWith('after-rule') ? [i] : [])));

/**
 * Vector, previous vector, for a rep's reply to a prospect (in the missed-follow-up model) their product
 * dimension by dimension, cues, and the reply's cosine to the prospect turn. The product lets a linear
 * model learn which parts of meaning a reply must take up to count as digging (the cosine weighs every
 * dimension alike); the other models read zeros there (it cost pitches recall out of fold).
 */
export const FEATURE_COUNT = 3 * EMBEDDING_DIMS + CUE_NAMES.length + 1;
const CUES_AT = 3 * EMBEDDING_DIMS;

/** Kept short: a reason quotes one line, and the stored examples stay small. */
const TEXT_CHARS = 90;

/** The 0/1 cues of turn `i` of a call as the rules read it (`rules`: the rules' suggestions for the call). */
export function turnCues(views: readonly TurnView[], i: number, rules: readonly Suggestion[]): number[] {
  const v = views[i]!;
  const prev = i > 0 ? views[i - 1]! : null;
  const id = v.read.turn.id;
  const on: Record<CueName, boolean> = {
    rep: v.side === 'rep',
    prospect: v.side === 'prospect',
    'rule:door': v.side === 'prospect' && v.door !== null,
    'rule:door:invitation': v.side === 'prospect' && v.door?.cue === 'invitation',
    'rule:door:problem-question': v.side === 'prospect' && v.door?.cue === 'problem-question',
    'rule:door:hedge': v.side === 'prospect' && v.door?.cue === 'hedge',
    'rule:door:symptom': v.side === 'prospect' && v.door?.cue === 'symptom',
    'rule:door:impact': v.side === 'prospect' && v.door?.cue === 'impact',
    'rule:pain:1': v.side === 'prospect' && v.pain?.level === 1,
    'rule:pain:2': v.side === 'prospect' && v.pain?.level === 2,
    'rule:pain:3': v.side === 'prospect' && v.pain?.level === 3,
    'rule:pitch': v.side === 'rep' && v.pitch.length > 0,
    'rule:missed-follow-up': rules.some((s) => s.kind === 'missed-follow-up' && s.turnId === id),
    'asks-stakes': v.asksStakes,
    backchannel: v.backchannel,
    question: v.read.sentences.some((s) => s.question),
    long: v.read.wordCount > 25,
    'after-prospect': prev?.side === 'prospect',
    'after-rule-door': prev?.side === 'prospect' && prev.door !== null,
    'after-rule-pain': prev?.side === 'prospect' && prev.pain !== null,
  };
  return CUE_NAMES.map((name) => (on[name] ? 1 : 0));
}

/**
 * One example per turn of a call that has a side and a vector (null otherwise), in turn order.
 * `vectors` maps turn ids to the text model's unit vectors.
 */
export function callExamples(views: readonly TurnView[], rules: readonly Suggestion[], vectors: ReadonlyMap<string, Float32Array>): (TurnExample | null)[] {
  return views.map((v, i) => {
    const vector = vectors.get(v.read.turn.id);
    if (!v.side || !vector) return null;
    const previous = i > 0 ? (vectors.get(views[i - 1]!.read.turn.id) ?? null) : null;
    const text = v.read.raw.replace(/\s+/g, ' ').trim();
    return { vector, previous, side: v.side, cues: turnCues(views, i, rules), text: text.length > TEXT_CHARS ? `${text.slice(0, TEXT_CHARS - 1)}…` : text };
  });
}

/**
 * The example as the model's input: [vector, previous vector (zeros when none), reply product (zeros unless
 * `replyProduct`), cues, reply cosine].
 * Without `ruleCues` the rules' findings read 0: a model of meaning alone (cross-validation chooses per
 * label; the rules fit their training folders so closely that a model leaning on them adds little).
 */
export function features(ex: TurnExample, ruleCues = true, replyProduct = false): Float64Array {
  const x = new Float64Array(FEATURE_COUNT);
  x.set(ex.vector, 0);
  if (ex.previous) x.set(ex.previous, EMBEDDING_DIMS);
  x.set(
    ex.cues.map((c, i) => (ruleCues || !RULE_CUES.has(i) ? c : 0)),
    CUES_AT,
  );
  const reply = ex.side === 'rep' && ex.cues[CUE_NAMES.indexOf('after-prospect')] === 1 ? ex.previous : null;
  if (reply && replyProduct) {
    // Scaled so the product's norm is near a vector's (it is ~1/√dims of one otherwise): same step, same penalty.
    const scale = Math.sqrt(EMBEDDING_DIMS);
    for (let d = 0; d < EMBEDDING_DIMS; d++) x[2 * EMBEDDING_DIMS + d] = ex.vector[d]! * reply[d]! * scale;
  }
  if (reply) x[FEATURE_COUNT - 1] = cosine(ex.vector, reply);
  return x;
}
