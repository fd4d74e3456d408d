import type { AnnotationCommand, Annotations, MomentKind } from '../../../shared/domain/annotations';
import type { Speaker } from '../../../shared/domain/call';
import type { Turn } from '../../../shared/domain/transcript';
import { turnOfTag } from '../tags/tagging';

type Fresh = { id: string; author: string; createdAt: string };

/** Whose turn a moment of each kind belongs on: the prospect opens doors, the rep pitches. */
const SIDE: Record<MomentKind, Speaker['role']> = { 'door-opener': 'prospect', pitch: 'rep' };

/**
 * Why a moment can't go on this turn (null when it can): a pitch is the rep's, a door-opener the
 * prospect's. With roles unknown anything goes; the reviewer knows who spoke.
 */
export function momentMisplaced(kind: MomentKind, turn: Turn, speakers: readonly Speaker[]): string | null {
  const role = speakers.find((s) => s.id === turn.speakerId)?.role;
  if (!role || role === 'unknown' || role === SIDE[kind]) return null;
  return kind === 'pitch' ? 'Mark a pitch on the rep’s turn.' : 'Mark a door-opener on the prospect’s turn: the door they opened.';
}

/** P / O on a turn: marks it as a pitch / door-opener spanning the turn, or removes the one it has. */
export function toggleMomentCommand(a: Annotations, turns: readonly Turn[], turn: Turn, kind: MomentKind, fresh: Fresh): AnnotationCommand {
  const existing = a.moments.find((m) => m.kind === kind && turnOfTag(turns, m)?.id === turn.id);
  if (existing) return { type: 'remove', collection: 'moments', id: existing.id };
  return { type: 'put', collection: 'moments', item: { ...fresh, kind, span: { start: turn.start, end: Math.max(turn.start, turn.end) } } };
}
