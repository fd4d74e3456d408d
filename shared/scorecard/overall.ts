import type { Conversation } from './conversation';
import type { DiscoveryDepth } from './depth';
import { clock, round, type Evidence } from './evidence';
import type { FollowThrough } from './followThrough';
import type { PitchTiming } from './pitchTiming';
import type { RubricSummary } from './rubric';

export type ComponentId = 'depth' | 'follow-through' | 'pitch-timing' | 'talk-ratio' | 'open-questions' | 'rubric';

export type ScoreComponent = {
  id: ComponentId;
  label: string;
  /** Its weight when scored; a component left out gives its weight up (the rest are re-weighed). */
  weight: number;
  /** 0–100, whole; null when left out. */
  score: number | null;
  /** How the score follows from the figure, or why it is left out, in words. */
  basis: string;
  evidence: Evidence[];
};

/** 0–100 (null when no component could be scored), the formula that gives it, and what it is made of. */
export type OverallScore = { value: number | null; formula: string; components: ScoreComponent[] };

/** The weights of our method: finding and deepening pain first, then not wasting the doors opened. */
export const SCORE_WEIGHTS: Record<ComponentId, number> = {
  depth: 30,
  'follow-through': 25,
  'pitch-timing': 15,
  'talk-ratio': 15,
  'open-questions': 15,
  rubric: 25,
};

/** The rep's share of talk time scores 100 up to this… */
export const TALK_RATIO_IDEAL = 0.45;
/** …and falls in a straight line to 0 here: by 80% the prospect is no longer being heard. */
export const TALK_RATIO_WORST = 0.8;

type Inputs = { depth: DiscoveryDepth; followThrough: FollowThrough; pitch: PitchTiming; conversation: Conversation; rubric: RubricSummary; anyTags: boolean };

const pct = (x: number) => `${Math.round(x * 100)}%`;
const at = (t: number | null) => (t === null ? 'none' : `at ${clock(t)}`);
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function component(id: ComponentId, label: string, score: number | null, basis: string, evidence: Evidence[] = []): ScoreComponent {
  return { id, label, weight: SCORE_WEIGHTS[id], score: score === null ? null : Math.round(Math.min(100, Math.max(0, score))), basis, evidence };
}

function components({ depth, followThrough: ft, pitch, conversation: c, rubric, anyTags }: Inputs): ScoreComponent[] {
  const chains = depth.perChain;
  const meanDepth = chains.length ? chains.reduce((s, ch) => s + ch.value, 0) / chains.length : null;
  const ratio = c.talkTime.ratio.value;
  const q = c.questions;
  const asked = (q.open.value ?? 0) + (q.closed.value ?? 0);
  const repSpoke = (c.talkTime.rep.value ?? 0) > 0;
  const noPitchJudged = pitch.firstPitchAt.value === null && !anyTags;
  return [
    meanDepth === null
      ? component('depth', 'Discovery depth', null, 'no pain tagged in a chain')
      : component(
          'depth',
          'Discovery depth',
          (meanDepth / 3) * 100,
          `${count(chains.length, 'pain chain')}, mean depth ${round(meanDepth, 2)} of 3, ÷ 3 × 100`,
          depth.chains.evidence,
        ),
    ft.followedShare.value === null
      ? component('follow-through', 'Follow-through', null, 'no door-opener or missed follow-up marked')
      : component(
          'follow-through',
          'Follow-through',
          ft.followedShare.value * 100,
          `${ft.doors.value - ft.missed.value} of ${count(ft.doors.value, 'door')} followed through`,
          ft.followedShare.evidence,
        ),
    noPitchJudged
      ? component('pitch-timing', 'Pitch timing', null, 'no pitch and no pain marked')
      : component(
          'pitch-timing',
          'Pitch timing',
          pitch.pitchedBeforePain.value ? 0 : 100,
          `first pitch ${at(pitch.firstPitchAt.value)}, first personal pain ${at(pitch.firstPersonalPainAt.value)}: 0 if a pitch came first, else 100`,
          pitch.pitchedBeforePain.evidence,
        ),
    ratio === null
      ? component('talk-ratio', 'Talk ratio', null, c.complete ? 'no speech from rep or prospect' : 'needs a speaker marked rep and one marked prospect')
      : component(
          'talk-ratio',
          'Talk ratio',
          ((TALK_RATIO_WORST - ratio) / (TALK_RATIO_WORST - TALK_RATIO_IDEAL)) * 100,
          `rep spoke ${pct(ratio)}: 100 up to ${pct(TALK_RATIO_IDEAL)}, falling to 0 at ${pct(TALK_RATIO_WORST)}`,
          c.talkTime.ratio.evidence,
        ),
    !repSpoke
      ? component('open-questions', 'Open questions', null, 'no speech from a speaker marked rep')
      : asked === 0
        ? component('open-questions', 'Open questions', 0, 'the rep asked no questions')
        : component(
            'open-questions',
            'Open questions',
            (q.openShare.value ?? 0) * 100,
            `${q.open.value} of ${count(asked, 'rep question')} open`,
            q.openShare.evidence,
          ),
    rubric.mean === null
      ? component('rubric', 'Manager rubric', null, 'no manager ratings')
      : component('rubric', 'Manager rubric', ((rubric.mean - 1) / 4) * 100, `mean rating ${rubric.mean} of 5, (mean − 1) ÷ 4 × 100`),
  ];
}

/** What a reviewer contributes; the conversation figures alone would score a call nobody has looked at. */
const REVIEWED: readonly ComponentId[] = ['depth', 'follow-through', 'pitch-timing', 'rubric'];

/**
 * The overall score is the weighted mean of the components that could be scored:
 * Σ weight × score ÷ Σ weight. A component with no input (no tags, no roles, no reviews) is left out and
 * says so in the formula, rather than counting as 0 and passing a missing review off as a bad call.
 * Until one reviewed component has input there is no score: a 93 for talk ratio and questions on a call
 * nobody has tagged would read as good discovery.
 */
export function overallScore(inputs: Inputs): OverallScore {
  const parts = components(inputs);
  const scored = parts.filter((p) => p.score !== null);
  const left = parts.filter((p) => p.score === null);
  const leftText = left.length ? ` Left out, weight not counted: ${left.map((p) => `${p.label} (${p.basis})`).join('; ')}.` : '';
  if (scored.length === 0) return { value: null, formula: `No score: nothing could be scored yet.${leftText}`, components: parts };
  if (!scored.some((p) => REVIEWED.includes(p.id))) {
    const alone = scored.map((p) => `${p.label} ${p.score}`).join(', ');
    return {
      value: null,
      formula: `No score yet: the score needs the call reviewed — tag pains, mark door-openers, pitches or missed follow-ups, or rate the rubric. Scored so far, not enough alone: ${alone}.${leftText}`,
      components: parts,
    };
  }
  const totalWeight = scored.reduce((s, p) => s + p.weight, 0);
  const value = Math.round(scored.reduce((s, p) => s + p.weight * p.score!, 0) / totalWeight);
  const sum = scored.map((p) => `${p.weight} × ${p.score} ${p.label.toLowerCase()}`).join(' + ');
  const why = scored.map((p) => `${p.label} ${p.score}: ${p.basis}.`).join(' ');
  return { value, formula: `${value} = (${sum}) ÷ ${totalWeight}. ${why}${leftText}`, components: parts };
}
