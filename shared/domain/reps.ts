import { z } from 'zod';
import type { CallSummary } from './call';

/**
 * Reps are known by name across calls: a speaker with role "rep" on a call. Names are compared trimmed
 * and case-insensitively ("Dana Reyes" and "dana reyes " are one rep); the spelling shown is the one on
 * the rep's most recent call.
 */
export const repKey = (name: string): string => name.trim().toLocaleLowerCase();

export const RepSummary = z.object({
  name: z.string(),
  callCount: z.number().int().positive(),
  lastRecordedAt: z.iso.datetime(),
  /** The rep of the shipped demo call only (shown with a "Demo" badge); absent for real reps. */
  demo: z.literal(true).optional(),
});
export type RepSummary = z.infer<typeof RepSummary>;

const repNamesOf = (call: Pick<CallSummary, 'speakers'>): string[] => call.speakers.filter((s) => s.role === 'rep' && s.name.trim()).map((s) => s.name.trim());

type RepCall = Pick<CallSummary, 'speakers' | 'recordedAt' | 'demo'>;

/**
 * The demo call never counts for a real rep: a rep's calls are their real ones, and only a rep with none
 * (the demo's own rep) is shown with the demo call.
 */
const countedCalls = <C extends RepCall>(calls: readonly C[]): C[] => {
  const real = calls.filter((c) => !c.demo);
  return real.length > 0 ? real : [...calls];
};

/** Every rep in the library with how many calls they are the rep on, most recently active first. */
export function repsOf(calls: readonly RepCall[]): RepSummary[] {
  const byKey = new Map<string, (RepCall & { spelling: string })[]>();
  const newestFirst = [...calls].sort((a, b) => Date.parse(b.recordedAt) - Date.parse(a.recordedAt));
  for (const call of newestFirst) {
    for (const name of new Set(repNamesOf(call))) byKey.set(repKey(name), [...(byKey.get(repKey(name)) ?? []), { ...call, spelling: name }]);
  }
  const reps = [...byKey.values()].map((theirs) => {
    const counted = countedCalls(theirs);
    const latest = counted[0]!;
    const rep: RepSummary = { name: latest.spelling, callCount: counted.length, lastRecordedAt: latest.recordedAt };
    return latest.demo ? { ...rep, demo: true as const } : rep;
  });
  return reps.sort((a, b) => Date.parse(b.lastRecordedAt) - Date.parse(a.lastRecordedAt));
}

/** The calls a rep is the rep on, oldest first (the order a trend is drawn in). */
export function callsOfRep<C extends RepCall>(calls: readonly C[], name: string): C[] {
  const key = repKey(name);
  const theirs = calls.filter((c) => repNamesOf(c).some((n) => repKey(n) === key));
  return countedCalls(theirs).sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
}
