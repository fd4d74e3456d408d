import { describe, expect, it } from 'vitest';
import { doorsOf, followThrough } from '../../../shared/scorecard/followThrough';
import { annotations, followUp, moment } from './fixtures';

// Door-openers at 30, 100 and 200; misses at 101–106 (overlapping the 100 door) and 400 (no moment).
const marked = annotations({
  moments: [moment('d1', 'door-opener', 30, 34), moment('d2', 'door-opener', 100, 104), moment('d3', 'door-opener', 200, 203), moment('x', 'pitch', 250, 260)],
  followUps: [followUp('f1', 101, 106, 'How long has that been going on?', 'changed-topic'), followUp('f2', 400, 405, '', 'talked-over')],
});

describe('follow-through', () => {
  it('a door-opener and a missed follow-up that overlap are one door, missed; other moments were followed', () => {
    const doors = doorsOf(marked);
    expect(doors.map((d) => [d.span, d.followed, d.moment?.id ?? null, d.missed?.id ?? null])).toEqual([
      [{ start: 30, end: 34 }, true, 'd1', null],
      [{ start: 100, end: 106 }, false, 'd2', 'f1'],
      [{ start: 200, end: 203 }, true, 'd3', null],
      [{ start: 400, end: 405 }, false, null, 'f2'],
    ]);
  });

  it('counts doors, misses, the share followed and misses per 10 minutes', () => {
    const f = followThrough(marked, 1200); // a 20-minute call
    expect(f.doors.value).toBe(4);
    expect(f.missed.value).toBe(2);
    expect(f.followedShare.value).toBe(0.5);
    expect(f.missedPer10Min.value).toBe(1);
    expect(f.missed.evidence).toEqual([
      { start: 101, end: 106, label: 'Missed follow-up (changed the topic): "How long has that been going on?"' },
      { start: 400, end: 405, label: 'Missed follow-up (talked over it)' },
    ]);
    expect(f.doors.evidence.map((e) => e.label)).toEqual([
      'Door opened, followed through',
      'Missed follow-up (changed the topic): "How long has that been going on?"',
      'Door opened, followed through',
      'Missed follow-up (talked over it)',
    ]);
  });

  it('misses per 10 minutes are rounded to hundredths and unknown for a call of unknown length', () => {
    expect(followThrough(marked, 900).missedPer10Min.value).toBe(1.33);
    expect(followThrough(marked, 0).missedPer10Min.value).toBeNull();
  });

  it('with no doors marked the share is unknown, not 0', () => {
    const f = followThrough(annotations({ moments: [moment('x', 'pitch', 1, 2)] }), 600);
    expect(f.doors.value).toBe(0);
    expect(f.followedShare.value).toBeNull();
    expect(f.missedPer10Min.value).toBe(0);
  });

  it('two misses on one door-opener are two doors, both missed', () => {
    const a = annotations({ moments: [moment('d', 'door-opener', 10, 20)], followUps: [followUp('f1', 12, 13), followUp('f2', 18, 25)] });
    const f = followThrough(a, 600);
    expect([f.doors.value, f.missed.value, f.followedShare.value]).toEqual([2, 2, 0]);
  });
});
