import type { Speaker } from '../domain/call';

export type SuggestionRoles = { ok: true; rep: ReadonlySet<string>; prospect: ReadonlySet<string> } | { ok: false; message: string };

/**
 * Every suggestion depends on who is speaking (prospects open doors and state pain, reps pitch), so
 * nothing is guessed: without a rep and a prospect named by the reviewer there are no suggestions, and
 * `message` says what to do. Speakers still 'unknown' or 'other' are never read as either side.
 */
export function suggestionRoles(speakers: readonly Speaker[]): SuggestionRoles {
  const rep = new Set(speakers.filter((s) => s.role === 'rep').map((s) => s.id));
  const prospect = new Set(speakers.filter((s) => s.role === 'prospect').map((s) => s.id));
  if (rep.size === 0) return { ok: false, message: 'Say which speaker is the rep to get suggestions.' };
  if (prospect.size === 0) return { ok: false, message: 'Mark at least one speaker as the prospect to get suggestions.' };
  return { ok: true, rep, prospect };
}

/** Why a call gets no suggestions, or null when roles are known (the UI shows this instead of an empty list). */
export const suggestionsUnavailable = (speakers: readonly Speaker[]): string | null => {
  const roles = suggestionRoles(speakers);
  return roles.ok ? null : roles.message;
};
