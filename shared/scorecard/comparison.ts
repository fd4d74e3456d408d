import type { Evidence } from './evidence';
import { TALK_RATIO_IDEAL } from './overall';
import type { Scorecard } from './scorecard';

/** How a figure is read: which way is better, and how to show it. */
export type FigureKind = 'score' | 'level' | 'count' | 'share' | 'rate' | 'seconds' | 'rating' | 'yes-no';

/**
 * Which way is better: more, less, a share that is fine up to an ideal and worse above it (talk ratio),
 * or "no" (a yes/no figure where yes is the fault).
 */
export type Better = 'higher' | 'lower' | 'at-most-ideal' | 'no';

export type ComparedFigure = {
  id: string;
  label: string;
  kind: FigureKind;
  better: Better;
  a: number | boolean | null;
  b: number | boolean | null;
  evidenceA: Evidence[];
  evidenceB: Evidence[];
  /** b − a for numbers (null when either is missing or for yes/no figures). */
  delta: number | null;
  /** How call B did against call A on this figure; null when either value is missing. */
  verdict: 'better' | 'worse' | 'same' | null;
};

type Spec = {
  id: string;
  label: string;
  kind: FigureKind;
  better: Better;
  pick: (s: Scorecard) => { value: number | boolean | null; evidence: Evidence[] };
};

/** The figures a coach compares between two calls, in the order they read them. */
const MAIN_FIGURES: readonly Spec[] = [
  { id: 'overall', label: 'Overall score', kind: 'score', better: 'higher', pick: (s) => ({ value: s.overall.value, evidence: [] }) },
  { id: 'depth', label: 'Deepest pain level reached', kind: 'level', better: 'higher', pick: (s) => s.depth.deepest },
  { id: 'chains', label: 'Pain chains', kind: 'count', better: 'higher', pick: (s) => s.depth.chains },
  { id: 'symptoms-drilled', label: 'Symptoms drilled deeper', kind: 'share', better: 'higher', pick: (s) => s.depth.symptomsDrilled },
  { id: 'followed-share', label: 'Doors followed through', kind: 'share', better: 'higher', pick: (s) => s.followThrough.followedShare },
  { id: 'missed-per-10', label: 'Missed follow-ups per 10 min', kind: 'rate', better: 'lower', pick: (s) => s.followThrough.missedPer10Min },
  { id: 'pitched-early', label: 'Pitched before the pain', kind: 'yes-no', better: 'no', pick: (s) => s.pitch.pitchedBeforePain },
  { id: 'talk-ratio', label: 'Talk ratio (rep share)', kind: 'share', better: 'at-most-ideal', pick: (s) => s.conversation.talkTime.ratio },
  { id: 'monologue', label: 'Longest rep monologue', kind: 'seconds', better: 'lower', pick: (s) => s.conversation.longestMonologue },
  { id: 'open-share', label: 'Open-question share', kind: 'share', better: 'higher', pick: (s) => s.conversation.questions.openShare },
  { id: 'patience', label: 'Patience (median pause before the rep speaks)', kind: 'seconds', better: 'higher', pick: (s) => s.conversation.patience },
  { id: 'interruptions', label: 'Interruptions', kind: 'count', better: 'lower', pick: (s) => s.conversation.interruptions },
  { id: 'rubric', label: 'Manager rubric (mean of 5)', kind: 'rating', better: 'higher', pick: (s) => ({ value: s.rubric.mean, evidence: [] }) },
];

/** Within this of each other two values count as the same (float noise, rounding of shown figures). */
const SAME_WITHIN = 1e-9;

/** A number where bigger is better, so one comparison serves every direction. */
function goodness(better: Better, value: number | boolean): number {
  if (typeof value === 'boolean') return value ? 0 : 1; // only 'no' figures are yes/no
  switch (better) {
    case 'higher':
      return value;
    case 'lower':
      return -value;
    case 'at-most-ideal':
      // Anything up to the ideal is equally fine; above it, the further the worse.
      return -Math.max(0, value - TALK_RATIO_IDEAL);
    case 'no':
      return value ? 0 : 1;
  }
}

export function verdictOf(better: Better, a: number | boolean | null, b: number | boolean | null): ComparedFigure['verdict'] {
  if (a === null || b === null) return null;
  const diff = goodness(better, b) - goodness(better, a);
  if (Math.abs(diff) <= SAME_WITHIN) return 'same';
  return diff > 0 ? 'better' : 'worse';
}

/** Call B's main figures against call A's: both values, the difference and whether B did better. */
export function compareScorecards(a: Scorecard, b: Scorecard): ComparedFigure[] {
  return MAIN_FIGURES.map(({ id, label, kind, better, pick }) => {
    const fa = pick(a);
    const fb = pick(b);
    const numeric = typeof fa.value === 'number' && typeof fb.value === 'number';
    return {
      id,
      label,
      kind,
      better,
      a: fa.value,
      b: fb.value,
      evidenceA: fa.evidence,
      evidenceB: fb.evidence,
      delta: numeric ? Math.round(((fb.value as number) - (fa.value as number)) * 1000) / 1000 : null,
      verdict: verdictOf(better, fa.value, fb.value),
    };
  });
}
