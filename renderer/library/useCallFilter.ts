import { useMemo, useState } from 'react';
import type { CallSummary } from '../../shared/domain/call';

export type SortKey = 'date' | 'title';
export type SortDirection = 'asc' | 'desc';
export type CallSort = { key: SortKey; direction: SortDirection };

/** The natural first direction: newest first for dates, A to Z for titles. */
const defaultDirection = (key: SortKey): SortDirection => (key === 'date' ? 'desc' : 'asc');

const titleCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compare(a: CallSummary, b: CallSummary, key: SortKey): number {
  if (key === 'title') return titleCollator.compare(a.title, b.title) || a.recordedAt.localeCompare(b.recordedAt);
  return Date.parse(a.recordedAt) - Date.parse(b.recordedAt) || titleCollator.compare(a.title, b.title);
}

export type CallFilter = {
  filter: string;
  setFilter: (text: string) => void;
  sort: CallSort;
  /** Sorts by `key` in its natural direction. */
  sortBy: (key: SortKey) => void;
  /** Sorts by `key`, or reverses the direction when already sorted by it (column headers). */
  toggleSort: (key: SortKey) => void;
  visible: CallSummary[];
};

/** Title filter (case-insensitive substring) and sort order of the call list. */
export function useCallFilter(calls: CallSummary[]): CallFilter {
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<CallSort>({ key: 'date', direction: 'desc' });

  const visible = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    const matching = needle ? calls.filter((c) => c.title.toLocaleLowerCase().includes(needle)) : calls;
    const sign = sort.direction === 'asc' ? 1 : -1;
    return [...matching].sort((a, b) => sign * compare(a, b, sort.key));
  }, [calls, filter, sort]);

  return {
    filter,
    setFilter,
    sort,
    sortBy: (key) => setSort({ key, direction: defaultDirection(key) }),
    toggleSort: (key) =>
      setSort((s) => (s.key === key ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: defaultDirection(key) })),
    visible,
  };
}
