import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../shared/domain/call';
import { callsOfRep, repKey, repsOf } from '../../../shared/domain/reps';

const call = (id: string, recordedAt: string, speakers: Speaker[]) => ({ id, recordedAt, speakers });
const rep = (name: string): Speaker => ({ id: name, name, role: 'rep' });
const prospect = (name: string): Speaker => ({ id: name, name, role: 'prospect' });

const calls = [
  call('a', '2026-10-01T09:00:00.000Z', [rep('Dana Reyes'), prospect('Sam')]),
  call('b', '2026-11-01T09:00:00.000Z', [rep(' dana reyes '), prospect('Kim')]),
  call('c', '2026-10-15T09:00:00.000Z', [rep('Lee'), rep('Dana Reyes')]),
  call('d', '2026-11-20T09:00:00.000Z', [{ id: 's1', name: 'Speaker 1', role: 'unknown' }, prospect('Dana Reyes')]),
];

describe('reps across calls', () => {
  it('are known by name, trimmed and case-insensitive, shown as on their latest call', () => {
    expect(repKey('  Dana REYES ')).toBe('dana reyes');
    expect(repsOf(calls)).toEqual([
      { name: 'dana reyes', callCount: 3, lastRecordedAt: '2026-11-01T09:00:00.000Z' },
      { name: 'Lee', callCount: 1, lastRecordedAt: '2026-10-15T09:00:00.000Z' },
    ]);
  });

  it('a rep’s calls are the ones they are the rep on (not the prospect), oldest first', () => {
    expect(callsOfRep(calls, 'DANA REYES').map((c) => c.id)).toEqual(['a', 'c', 'b']);
    expect(callsOfRep(calls, 'Nobody')).toEqual([]);
  });

  it('an empty library has no reps', () => {
    expect(repsOf([])).toEqual([]);
  });
});

describe('the demo call', () => {
  const demo = { ...call('demo', '2026-12-01T09:00:00.000Z', [rep('Dana Reyes'), prospect('Priya')]), demo: true };
  const demoOnly = { ...call('demo2', '2026-12-02T09:00:00.000Z', [rep('Alex Morgan (demo)'), prospect('Priya')]), demo: true };

  it('never counts in a real rep’s calls or trend, even under the same name', () => {
    expect(callsOfRep([...calls, demo], 'Dana Reyes').map((c) => c.id)).toEqual(['a', 'c', 'b']);
    expect(repsOf([...calls, demo])[0]).toEqual({ name: 'dana reyes', callCount: 3, lastRecordedAt: '2026-11-01T09:00:00.000Z' });
  });

  it('its own rep is listed as the demo’s, with the demo call', () => {
    expect(repsOf([...calls, demoOnly])[0]).toEqual({ name: 'Alex Morgan (demo)', callCount: 1, lastRecordedAt: '2026-12-02T09:00:00.000Z', demo: true });
    expect(callsOfRep([...calls, demoOnly], 'alex morgan (demo)').map((c) => c.id)).toEqual(['demo2']);
  });
});
