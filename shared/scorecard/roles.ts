import type { Speaker, SpeakerRole } from '../domain/call';
import type { Turn } from '../domain/transcript';
import { lengthOf, round, unionOf } from './evidence';

export type Side = 'rep' | 'prospect';
export type SideTurn = Turn & { side: Side };

/** A speaker left out of the conversation figures, with how much they said, so the UI can say so. */
export type ExcludedSpeaker = { speakerId: string; name: string; role: Exclude<SpeakerRole, 'rep' | 'prospect'>; talkTime: number };

export type Sides = {
  /** Turns of rep and prospect speakers only, in start order. */
  turns: SideTurn[];
  hasRep: boolean;
  hasProspect: boolean;
  excluded: ExcludedSpeaker[];
};

/**
 * Splits the call into the rep's side and the prospect's side by speaker role (several people can share
 * a side: two prospects, a rep and their manager marked rep). "other" and "unknown" speakers, and turns
 * whose speaker is not in the list at all, belong to neither: a guessed side would skew every ratio.
 */
export function sidesOf(turns: readonly Turn[], speakers: readonly Speaker[]): Sides {
  const roleOf = new Map(speakers.map((s) => [s.id, s.role]));
  const turnsOf = (id: string) => turns.filter((t) => t.speakerId === id);
  const excluded: ExcludedSpeaker[] = [
    ...speakers.filter((s) => s.role === 'other' || s.role === 'unknown').map((s) => ({ speakerId: s.id, name: s.name, role: s.role as 'other' | 'unknown' })),
    ...[...new Set(turns.map((t) => t.speakerId))].filter((id) => !roleOf.has(id)).map((id) => ({ speakerId: id, name: id, role: 'unknown' as const })),
  ].map((s) => ({ ...s, talkTime: round(lengthOf(unionOf(turnsOf(s.speakerId)))) }));
  const sideTurns = turns
    .flatMap((t): SideTurn[] => {
      const role = roleOf.get(t.speakerId);
      return role === 'rep' || role === 'prospect' ? [{ ...t, side: role }] : [];
    })
    .sort((a, b) => a.start - b.start); // stable: equal starts keep transcript order
  return {
    turns: sideTurns,
    hasRep: speakers.some((s) => s.role === 'rep'),
    hasProspect: speakers.some((s) => s.role === 'prospect'),
    excluded,
  };
}

/**
 * Moments the rep takes the floor from the prospect: a rep turn whose previous rep-or-prospect turn is
 * the prospect's. Excluded speakers' turns are skipped over, not counted as a break. A rep turn after
 * another rep turn is the rep carrying on, not answering anyone.
 */
export function handovers(turns: readonly SideTurn[]): Array<{ prospect: SideTurn; rep: SideTurn }> {
  const pairs: Array<{ prospect: SideTurn; rep: SideTurn }> = [];
  for (let i = 1; i < turns.length; i++) {
    const [before, turn] = [turns[i - 1]!, turns[i]!];
    if (before.side === 'prospect' && turn.side === 'rep') pairs.push({ prospect: before, rep: turn });
  }
  return pairs;
}
