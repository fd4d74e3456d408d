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

export const followUp = (
  id: string,
  start: number,
  end: number,
  shouldHaveAsked = 'What does that cost you?',
  reason: FollowUp['reason'] = 'pivoted-to-pitch',
): FollowUp => ({
  id,
  span: { start, end },
  reason,
  shouldHaveAsked,
  author: 'Dana',
  createdAt: at,
});

export const moment = (id: string, kind: MomentKind, start: number, end: number) => ({ id, kind, span: { start, end }, author: 'Dana', createdAt: at });

export const annotations = (a: Partial<Annotations>): Annotations => ({ ...emptyAnnotations(), ...a });

/**
 * A 10-minute discovery call with known answers. Rep speaks 9 + 9 + 39 = 57 s, prospect 20 + 29 + 29 = 78 s
 * (ratio 0.422); questions: 1 open, 2 closed. Chain "Missed numbers" reaches personal stakes at 71 s,
 * "Churn" stays a symptom (mean depth 2). Doors: 71–75 followed; a miss at 101–106. Pitch at 101, after the pain.
 */
export function discoveryCall() {
  const turns = [
    turn('t1', 'p', 0, 20, 'We keep missing our numbers.'),
    turn('t2', 'r', 21, 30, 'What does that cost you?'),
    turn('t3', 'p', 31, 60, 'About two deals a quarter, and churn is up.'),
    turn('t4', 'r', 61, 70, 'Do you track it?'),
    turn('t5', 'p', 71, 100, 'Yes, and honestly my job is on the line.'),
    turn('t6', 'r', 101, 140, 'Our product does exactly this. Want a demo?'),
  ];
  const a = annotations({
    chains: [
      { id: 'c1', topic: 'Missed numbers' },
      { id: 'c2', topic: 'Churn' },
    ],
    tags: [tag('s1', 1, 0, 'c1', null, 5), tag('b1', 2, 31, 'c1', 's1', 40), tag('p1', 3, 71, 'c1', 'b1', 100), tag('s2', 1, 50, 'c2', null, 60)],
    moments: [moment('d1', 'door-opener', 71, 75), moment('m1', 'pitch', 101, 110)],
    followUps: [followUp('f1', 101, 106, 'What happens if the numbers stay missed?')],
  });
  return { turns, speakers: speakers(), annotations: a, duration: 600 };
}
