import type { Annotations } from '../domain/annotations';
import { firstOfLevel } from './depth';
import { evidence, type Evidence, type Figure } from './evidence';

export type PitchTiming = {
  /** Start of the first pitch moment, seconds from call start; null when no pitch was marked. */
  firstPitchAt: Figure<number | null>;
  /** Start of the first level-3 (personal stakes) tag; null when none. */
  firstPersonalPainAt: Figure<number | null>;
  /**
   * The rep pitched before earning it: a pitch came before the first personal pain, or there was a
   * pitch and no personal pain at all. A pitch starting at the same second as the pain is not "before".
   */
  pitchedBeforePain: Figure<boolean>;
};

export function pitchTiming(a: Annotations): PitchTiming {
  const pitch = a.moments.filter((m) => m.kind === 'pitch').sort((x, y) => x.span.start - y.span.start)[0] ?? null;
  const pain = firstOfLevel(a.tags, 3);
  const pitchEvidence: Evidence[] = pitch ? [evidence(pitch.span, 'First pitch')] : [];
  const painEvidence: Evidence[] = pain ? [evidence(pain.span, 'First personal pain')] : [];
  return {
    firstPitchAt: { value: pitch?.span.start ?? null, evidence: pitchEvidence },
    firstPersonalPainAt: { value: pain?.span.start ?? null, evidence: painEvidence },
    pitchedBeforePain: {
      value: pitch !== null && (pain === null || pitch.span.start < pain.span.start),
      evidence: [...pitchEvidence, ...painEvidence].sort((x, y) => x.start - y.start),
    },
  };
}
