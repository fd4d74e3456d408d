import { describe, expect, it } from 'vitest';
import { describeFilters, describeQuery, hasCriteria, withoutFilter } from '../../../shared/search/describe';

describe('a search query in words', () => {
  it('names every active filter, in a fixed order, and skips empty or false ones', () => {
    const chips = describeFilters({
      callTitle: 'Acme',
      painLevels: [3, 1],
      role: 'prospect',
      missedFollowUp: true,
      moments: ['pitch', 'door-opener'],
      commented: false,
      commentAuthor: 'Morgan',
      speaker: '  ',
      rep: 'Dana',
      lastDays: 30,
      from: '2026-01-05T00:00:00.000Z',
      to: '2026-02-01T23:59:59.999Z',
    });
    expect(chips).toEqual([
      { key: 'painLevels', text: 'Symptom or Personal stakes' },
      { key: 'missedFollowUp', text: 'Missed follow-up' },
      { key: 'moments', text: 'Pitch or Door-opener' },
      { key: 'commentAuthor', text: 'Comment by Morgan' },
      { key: 'rep', text: 'Rep: Dana' },
      { key: 'role', text: 'Prospect said' },
      { key: 'lastDays', text: 'Last 30 days' },
      { key: 'from', text: 'From 2026-01-05' },
      { key: 'to', text: 'Until 2026-02-01' },
      { key: 'callTitle', text: 'Title has “Acme”' },
    ]);
    expect(describeFilters({ painLevels: [], moments: [], missedFollowUp: false })).toEqual([]);
  });

  it('formats dates the way the caller asks', () => {
    expect(describeFilters({ from: '2026-01-05T10:00:00.000Z' }, (iso) => `day ${iso.slice(8, 10)}`)).toEqual([{ key: 'from', text: 'From day 05' }]);
  });

  it('reads as one line, the words first (a saved search’s name)', () => {
    expect(describeQuery({ text: ' pricing "next step" ', painLevels: [3], rep: 'Dana', lastDays: 30 })).toBe(
      '“pricing "next step"”, Personal stakes, Rep: Dana, Last 30 days',
    );
    expect(describeQuery({ text: '' })).toBe('No words or filters');
  });

  it('drops one filter and keeps the rest', () => {
    const q = { text: 'price', role: 'rep' as const, lastDays: 7 };
    expect(withoutFilter(q, 'role')).toEqual({ text: 'price', lastDays: 7 });
    expect(q.role).toBe('rep'); // not changed in place
  });

  it('asks for something only with words the index can match or an active filter', () => {
    expect(hasCriteria({ text: '' })).toBe(false);
    expect(hasCriteria({ text: ' "" , - ' })).toBe(false);
    expect(hasCriteria({ text: '', missedFollowUp: false, painLevels: [] })).toBe(false);
    expect(hasCriteria({ text: 'Prix' })).toBe(true);
    expect(hasCriteria({ text: '', missedFollowUp: true })).toBe(true);
  });

  it('asks for something with a turn to be like, even without words or filters', () => {
    expect(hasCriteria({ text: '', meaning: true })).toBe(false);
    expect(hasCriteria({ text: '', meaning: true, like: { callId: 'c1', turnId: 't2' } })).toBe(true);
  });

  it('says a search by meaning or for moments like a turn in its line', () => {
    expect(describeQuery({ text: ' worried about the number ', meaning: true, role: 'prospect' })).toBe('“worried about the number” by meaning, Prospect said');
    expect(describeQuery({ text: '', meaning: true, like: { callId: 'c1', turnId: 't2' } })).toBe('Moments like a turn');
  });
});
