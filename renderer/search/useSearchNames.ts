import { useMemo } from 'react';
import type { CallSummary } from '../../shared/domain/call';
import { call } from '../ui/bridge';
import { useLiveQuery } from '../ui/useLiveQuery';

export type SearchNames = { speakers: string[]; reps: string[] };

/** Every speaker's and every rep's name in the library, sorted, once each: what the name fields suggest. */
export function namesOf(calls: readonly Pick<CallSummary, 'speakers'>[]): SearchNames {
  const speakers = new Set<string>();
  const reps = new Set<string>();
  for (const c of calls) {
    for (const s of c.speakers) {
      if (!s.name.trim()) continue;
      speakers.add(s.name);
      if (s.role === 'rep') reps.add(s.name);
    }
  }
  const sorted = (names: Set<string>) => [...names].sort((a, b) => a.localeCompare(b));
  return { speakers: sorted(speakers), reps: sorted(reps) };
}

/** The library's names for the panel's speaker and rep fields (empty until loaded or if the list fails). */
export function useSearchNames(): SearchNames {
  const { data } = useLiveQuery(() => call('calls:list', {}), []);
  return useMemo(() => namesOf(data ?? []), [data]);
}
