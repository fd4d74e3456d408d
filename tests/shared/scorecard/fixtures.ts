import { emptyAnnotations, type Annotations, type FollowUp, type MomentKind, type PainLevel, type PainTag } from '../../../shared/domain/annotations';
import type { Speaker } from '../../../shared/domain/call';
import type { Turn, Word } from '../../../shared/domain/transcript';

const at = '2026-11-24T10:00:00.000Z';

/** A turn whose words share its span evenly, so sentences get times as whisper's words would give them. */
export function turn(id: string, speakerId: string, start: number, end: number, text: string): Turn {
  const parts = text.split(/\s+/).filter(Boolean);
  const step = (end - start) / Math.max(1, parts.length);
  const words: Word[] = parts.map((p, i) => ({ text: ` ${p}`, start: start + i * step, end: start + (i + 1) * step, p: 1 }));
  return { id, speakerId, start, end, text, words };
}

export const REP: Speaker = { id: 'r', name: 'Rita Rep', role: 'rep' };
export const PROSPECT: Speaker = { id: 'p', name: 'Pat Prospect', role: 'prospect' };
export const speakers = (...extra: Speaker[]): Speaker[] => [REP, PROSPECT, ...extra];

export const tag = (id: string, level: PainLevel, start: number, chainId: string | null, parentId: string | null, end = start + 2): PainTag => ({
  id,
  level,
  span: { start, end },
  chainId,
  parentId,
  author: 'Dana',
  createdAt: at,
});

export const followUp = (id: string, start: number, end: number, shouldHaveAsked = 'What does that cost you?', reason: FollowUp['reason'] = 'pivoted-to-pitch'): FollowUp => ({
  id,
  span: { start, end },
  reason,
  shouldHaveAsked,
  author: 'Dana',
  createdAt: at,
});

export const moment = (id: string, kind: MomentKind, start: number, end: number) => ({ id, kind, span: { start, end }, author: 'Dana', createdAt: at });

export const annotations = (a: Partial<Annotations>): Annotations => ({ ...emptyAnnotations(), ...a });
