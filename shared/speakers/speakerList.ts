import type { Speaker } from '../domain/call';
import { hasPlaceholderName } from '../domain/speakers';
import type { Turn } from '../domain/transcript';

/** The id detected speaker k gets: s1, s2, … (the ids mono calls have always had, so names stay put). */
export const detectedSpeakerIds = (count: number): string[] => Array.from({ length: count }, (_, k) => `s${k + 1}`);

/** A speaker the reviewer named or gave a role: kept even while no turn is theirs. */
const namedByUser = (s: Speaker) => s.role !== 'unknown' || !hasPlaceholderName(s);

/**
 * A mono call's speakers after detection found `count` voices: s1…sN keep the name and role they had;
 * speakers with no turn are dropped unless the reviewer named them (or gave them a role); a speaker a
 * turn still points at (a fix the user made) is always kept.
 */
export function speakersAfterDetection(known: Speaker[], count: number, turns: Turn[]): Speaker[] {
  const ids = detectedSpeakerIds(count);
  const used = new Set(turns.map((t) => t.speakerId));
  const detected = ids.map((id, k): Speaker => known.find((s) => s.id === id) ?? { id, name: `Speaker ${k + 1}`, role: 'unknown' });
  const all = [...detected, ...known.filter((s) => !ids.includes(s.id))];
  const kept = all.filter((s) => used.has(s.id) || namedByUser(s));
  return kept.length > 0 ? kept : detected.slice(0, 1);
}
