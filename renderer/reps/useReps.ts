import { call } from '../ui/bridge';
import type { RepSummary } from '../../shared/domain/reps';
import type { MethodOutput } from '../../shared/contract';
import { useLiveQuery, type LiveQuery } from '../ui/useLiveQuery';

/** Every rep in the library (a speaker marked rep on some call), refetched when the library changes. */
export function useReps(): LiveQuery<RepSummary[]> {
  return useLiveQuery(() => call('reps:list', {}), []);
}

export type RepTrend = MethodOutput<'reps:trend'>;

/** One rep's figures call by call, oldest first; refetched when the library changes (a call re-tagged, re-timed). */
export function useRepTrend(name: string): LiveQuery<RepTrend> {
  return useLiveQuery(() => call('reps:trend', { name }), [name]);
}
