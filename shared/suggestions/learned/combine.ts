import { PAIN_LEVEL_NAMES, type PainLevel } from '../../domain/annotations';
import { cosine } from '../../meaning/vectors';
import { evidenceOf, located, sentenceMatch, type TurnView } from '../analysis';
import type { DoorCue } from '../doorOpener';
import { digsIn, findMissedFollowUps, type PairingTurn } from '../missedFollowUp';
import type { Match, ReadTurn } from '../text';
import type { Suggestion, SuggestionKind } from '../types';
import { missedReason, q, shouldHaveAsked } from '../wording';
import { callExamples, type TurnExample } from './features';
import { predict, type LabelledExample, type LearnedLabel, type LearnedWeights } from './model';

/**
 * What the learned suggestions need: each turn's vector from the text model (by turn id), the weights,
 * and the labelled examples they were trained on (for "close to …" reasons; without them the reason
 * says only what the turn reads like).
 */
export type Meaning = { vectors: ReadonlyMap<string, Float32Array>; weights: LearnedWeights; examples?: readonly LabelledExample[] };

const KIND_WORDS: Record<SuggestionKind, string> = {
  'door-opener': 'a door-opener',
  pitch: 'a pitch',
  pain: 'a pain',
  'missed-follow-up': 'a missed follow-up',
};

/** The labelled turn of that label nearest in meaning, quoted, or nothing without examples. */
function closeTo(label: LearnedLabel, ex: TurnExample, examples: readonly LabelledExample[] | undefined): string {
  let best: LabelledExample | null = null;
  let bestCos = -Infinity;
  for (const e of examples ?? []) {
    if (!e.labels.includes(label)) continue;
    const c = cosine(ex.vector, e.vector);
    if (c > bestCos) [best, bestCos] = [e, c];
  }
  return best ? `: close to ${q(best.text)}` : ' (learned from labelled calls)';
}

/** Every sentence of the turn: the classifier read the whole turn, not a phrase. */
const wholeTurn = (read: ReadTurn): Match[] => (read.sentences.length > 0 ? read.sentences.map((_, i) => sentenceMatch(read, i)) : [sentenceMatch(read, 0)]);

const levelOf = (p: Record<LearnedLabel, number>): PainLevel => {
  const levels: PainLevel[] = [1, 2, 3];
  return levels.reduce((a, b) => (p[`pain:${b}`] > p[`pain:${a}`] ? b : a));
};

type Door = { cue: DoorCue; evidence: Match[] };

/**
 * The classifier's suggestions for a call, added where the rules made none of that kind on the turn and
 * the probability reaches the kind's threshold (`rules`: the rules' suggestions before dismissals;
 * `pairing`: the rules' doors and pitches as the pairing saw them). Doors and pitches the classifier
 * adds (and the reviewer has not dismissed) join the rules' pairing of doors with replies, so a reply
 * that walks away from a door only the model saw is a missed follow-up in the rules' own terms; the
 * missed-follow-up model adds replies on its own as well, and so does P(door) × P(pivot). `withdrawn`: the
 * ids of the rules' own missed follow-ups the model reads as digging or as following personal stakes
 * (`suggest` leaves them out). Only the rules' misses are withdrawn: the cuts were chosen on those.
 */
export function learnedSuggestions(
  views: readonly TurnView[],
  rules: readonly Suggestion[],
  pairing: readonly PairingTurn[],
  dismissed: ReadonlySet<string>,
  meaning: Meaning,
): { added: Suggestion[]; withdrawn: ReadonlySet<string> } {
  const { thresholds } = meaning.weights;
  const examples = callExamples(views, rules, meaning.vectors);
  const ruled = (kind: SuggestionKind, turnId: string) => rules.some((s) => s.kind === kind && s.turnId === turnId);
  const passes = (kind: SuggestionKind, p: number) => thresholds[kind] !== null && p >= thresholds[kind]!;
  const out: Suggestion[] = [];
  const paired = pairing.map((t) => ({ ...t }));
  const probs = examples.map((ex) => (ex ? predict(meaning.weights, ex) : null));
  const lastProspect: (number | null)[] = [];
  /** Prospect turns read as personal stakes (by the rules or the level models): no door, so moving on is no miss. */
  const stakes = new Set<number>();
  /** Prospect turns whose door (the rules' or the classifier's) the reviewer dismissed: no door to weigh. */
  const notDoors = new Set<number>();

  examples.forEach((ex, i) => {
    const view = views[i]!;
    const p = probs[i];
    lastProspect[i] = view.side === 'prospect' ? i : view.side === 'rep' && !view.backchannel ? null : (lastProspect[i - 1] ?? null);
    if (!ex || !p) return;
    const { read } = view;
    const id = read.turn.id;
    const reason = (kind: SuggestionKind) => `Reads like ${KIND_WORDS[kind]}${closeTo(kind, ex, meaning.examples)}`;
    const add = (s: Suggestion) => {
      out.push(s);
      return !dismissed.has(s.id);
    };
    if (view.side === 'prospect') {
      let level = view.pain?.level ?? null;
      if (passes('pain', p.pain) && !ruled('pain', id)) {
        level = levelOf(p);
        const why = `Reads like ${PAIN_LEVEL_NAMES[level].toLowerCase()} (level ${level})${closeTo(`pain:${level}`, ex, meaning.examples)}`;
        add({ ...located('pain', read, wholeTurn(read)), kind: 'pain', level, reason: why });
      }
      if (level === 3) stakes.add(i);
      if (rules.some((s) => s.kind === 'door-opener' && s.turnId === id && dismissed.has(s.id))) notDoors.add(i);
      if (passes('door-opener', p['door-opener']) && !ruled('door-opener', id)) {
        const kept = add({ ...located('door-opener', read, wholeTurn(read)), kind: 'door-opener', reason: reason('door-opener') });
        if (!kept) notDoors.add(i);
        const cue: DoorCue = level === 1 ? 'symptom' : level === 2 ? 'impact' : 'marked';
        if (kept && level !== 3 && !paired[i]!.door) paired[i]!.door = { cue, evidence: [sentenceMatch(read, 0)] };
      }
    } else if (view.side === 'rep' && passes('pitch', p.pitch) && !ruled('pitch', id)) {
      const evidence = wholeTurn(read);
      if (add({ ...located('pitch', read, evidence), kind: 'pitch', reason: reason('pitch') }) && paired[i]!.pitch.length === 0) paired[i]!.pitch = evidence;
    }
  });

  const missedAt = new Set(rules.filter((s) => s.kind === 'missed-follow-up').map((s) => s.turnId));
  const withdrawn = new Set<string>();
  const { digging, stakes: stakesCut } = meaning.weights.withdraw;
  for (const s of rules) {
    if (s.kind !== 'missed-follow-up') continue;
    // The rules' miss is withdrawn where the model is confident the reply digs, or that the prospect turn
    // it answers was personal stakes (the guide: moving on after them is fine). Only for a reply right after
    // that turn: the pivot model was trained, and the cuts chosen, on such replies (not across a backchannel).
    const i = views.findIndex((v) => v.read.turn.id === s.turnId);
    const p = probs[i];
    const door = i > 0 && views[i - 1]!.side === 'prospect' ? probs[i - 1] : null;
    if (!p || !door) continue;
    const digs = digging !== null && p.pivot <= digging;
    const atStakes = stakesCut !== null && door.pain * door['pain:3'] >= stakesCut;
    if (digs || atStakes) withdrawn.add(s.id);
  }
  const miss = (reply: number, door: Door, evidence: Match[], pitched: boolean, reason: string) => {
    const read = views[reply]!.read;
    missedAt.add(read.turn.id);
    out.push({
      ...located('missed-follow-up', read, evidence),
      kind: 'missed-follow-up',
      followUpReason: pitched ? 'pivoted-to-pitch' : 'changed-topic',
      shouldHaveAsked: shouldHaveAsked(door.cue, door.evidence),
      reason,
      evidence: [...door.evidence, ...evidence].map(evidenceOf),
    });
  };
  for (const m of findMissedFollowUps(paired)) {
    if (missedAt.has(views[m.reply.index]!.read.turn.id)) continue;
    const pitched = m.reason === 'pivoted-to-pitch';
    miss(m.reply.index, m.door.finding, m.reply.evidence, pitched, missedReason(m.door.finding.evidence, m.reply.evidence, pitched));
  }
  probs.forEach((p, i) => {
    const view = views[i]!;
    const before = i > 0 ? lastProspect[i - 1] : null;
    if (!p || view.side !== 'rep' || view.backchannel || before === null || before === undefined) return;
    if (missedAt.has(view.read.turn.id)) return;
    // A reply right after what was likely a door that walks away from it: the door's probability (1 where
    // the rules or the classifier suggest one, 0 where the reviewer dismissed it) times the reply's.
    const { pivotThreshold } = meaning.weights;
    const doorP = notDoors.has(before) ? 0 : paired[before]!.door ? 1 : (probs[before]?.['door-opener'] ?? 0);
    const pivots = pivotThreshold !== null && before === i - 1 && doorP * p.pivot >= pivotThreshold;
    if (!passes('missed-follow-up', p['missed-follow-up']) && !pivots) return;
    // The model never overrules the guide where the rules can read it: a reply that takes up the prospect's
    // words digs, and after personal stakes the rep may move on.
    if (stakes.has(before) || digsIn(paired[i]!, [paired[before]!])) return;
    const door = paired[before]!.door ?? { cue: 'marked' as const, evidence: [sentenceMatch(views[before]!.read, 0)] };
    const pitch = paired[i]!.pitch;
    miss(
      i,
      door,
      pitch.length > 0 ? pitch : wholeTurn(view.read),
      pitch.length > 0,
      `Reads like ${KIND_WORDS['missed-follow-up']}${closeTo('missed-follow-up', examples[i]!, meaning.examples)}`,
    );
  });
  return { added: out, withdrawn };
}
