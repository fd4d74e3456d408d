import type { Annotations, FollowUp, Moment, Span } from '../domain/annotations';
import { evidence, overlaps, round, share, type Figure } from './evidence';

/** One door the prospect opened, and whether the rep walked through it. */
export type Door = { span: Span; followed: boolean; moment: Moment | null; missed: FollowUp | null };

export type FollowThrough = {
  doors: Figure<number>;
  missed: Figure<number>;
  /** Doors walked through ÷ doors; null when no door was marked. */
  followedShare: Figure<number | null>;
  /** Missed follow-ups per 10 minutes of call; null when the call's length is unknown (0). */
  missedPer10Min: Figure<number | null>;
};

const REASONS: Record<FollowUp['reason'], string> = {
  'pivoted-to-pitch': 'pivoted to the pitch',
  'changed-topic': 'changed the topic',
  'accepted-at-face-value': 'accepted it at face value',
  'talked-over': 'talked over it',
};

const missLabel = (f: FollowUp) => `Missed follow-up (${REASONS[f.reason]})${f.shouldHaveAsked ? `: "${f.shouldHaveAsked}"` : ''}`;

/**
 * Doors = door-opener moments ∪ missed follow-ups. A missed follow-up is a door the rep did not walk
 * through, so each one is a door; a door-opener moment that overlaps a missed follow-up in time is that
 * same door (counted once, as missed); any other door-opener moment is a door that was followed through.
 * Two misses on one moment stay two doors: the reviewer saw two separate openings there.
 */
export function doorsOf(a: Annotations): Door[] {
  const openers = a.moments.filter((m) => m.kind === 'door-opener');
  const missed: Door[] = a.followUps.map((f) => {
    const moment = openers.find((m) => overlaps(m.span, f.span)) ?? null;
    // The door spans both marks: the prospect's opening and the moment it was missed.
    const span = moment ? { start: Math.min(moment.span.start, f.span.start), end: Math.max(moment.span.end, f.span.end) } : f.span;
    return { span, followed: false, moment, missed: f };
  });
  const followed: Door[] = openers
    .filter((m) => !a.followUps.some((f) => overlaps(m.span, f.span)))
    .map((m) => ({ span: m.span, followed: true, moment: m, missed: null }));
  return [...missed, ...followed].sort((x, y) => x.span.start - y.span.start);
}

export function followThrough(a: Annotations, duration: number): FollowThrough {
  const doors = doorsOf(a);
  const missedDoors = doors.filter((d) => !d.followed);
  const doorEvidence = doors.map((d) => evidence(d.span, d.missed ? missLabel(d.missed) : 'Door opened, followed through'));
  const missedEvidence = missedDoors.map((d) => evidence(d.missed!.span, missLabel(d.missed!)));
  const followedShare = share(doors.length - missedDoors.length, doors.length);
  return {
    doors: { value: doors.length, evidence: doorEvidence },
    missed: { value: missedDoors.length, evidence: missedEvidence },
    followedShare: { value: followedShare === null ? null : round(followedShare), evidence: doorEvidence },
    missedPer10Min: { value: duration > 0 ? round((missedDoors.length * 600) / duration, 2) : null, evidence: missedEvidence },
  };
}
