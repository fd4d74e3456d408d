import { z } from 'zod';
import type { CallSummary } from './call';

/**
 * Reps are known by name across calls: a speaker with role "rep" on a call. Names are compared trimmed
 * and case-insensitively ("Dana Reyes" and "dana reyes " are one rep); the spelling shown is the one on
 * the rep's most recent call.
 */
export const repKey = (name: string): string => name.trim().toLocaleLowerCase();

export const RepSummary = z.object({ name: z.string(), callCount: z.number().int().positive(), lastRecordedAt: z.iso.datetime() });
export type RepSummary = z.infer<typeof RepSummary>;

const repNamesOf = (call: Pick<CallSummary, 'speakers'>): string[] => call.speakers.filter((s) => s.role === 'rep' && s.name.trim()).map((s) => s.name.trim());

/** Every rep in the library with how many calls they are the rep on, most recently active first. */
export function repsOf(calls: readonly Pick<CallSummary, 'speakers' | 'recordedAt'>[]): RepSummary[] {
  const byKey = new Map<string, RepSummary>();
  const newestFirst = [...calls].sort((a, b) => Date.parse(b.recordedAt) - Date.parse(a.recordedAt));
  for (const call of newestFirst) {
    for (const name of new Set(repNamesOf(call))) {
      const known = byKey.get(repKey(name));
      if (known) known.callCount++;
      else byKey.set(repKey(name), { name, callCount: 1, lastRecordedAt: call.recordedAt });
    }
  }
  return [...byKey.values()];
}

/** The calls a rep is the rep on, oldest first (the order a trend is drawn in). */
export function callsOfRep<C extends Pick<CallSummary, 'speakers' | 'recordedAt'>>(calls: readonly C[], name: string): C[] {
  const key = repKey(name);
  return calls.filter((c) => repNamesOf(c).some((n) => repKey(n) === key)).sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
}
