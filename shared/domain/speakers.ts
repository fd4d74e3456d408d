import type { Speaker } from './call';

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * The speaker still has a name the app gave ("Speaker 2" for a detected voice, "Left channel" for a stereo
 * channel), not one a person gave: nothing to remember a voice under, and free to be named from a profile.
 */
export const hasPlaceholderName = (s: Pick<Speaker, 'name'>): boolean => /^(Speaker \d+|Left channel|Right channel)$/.test(s.name.trim());

/** Whether the reviewer still has to say which speaker is the rep. */
export const needsRep = (speakers: Speaker[]): boolean => speakers.length > 0 && !speakers.some((s) => s.role === 'rep');

/** Makes one speaker the rep; everyone still unassigned becomes a prospect ("other" is kept). */
export function withRep(speakers: Speaker[], repId: string): Speaker[] {
  return speakers.map((s) => {
    if (s.id === repId) return { ...s, role: 'rep' };
    return s.role === 'rep' || s.role === 'unknown' ? { ...s, role: 'prospect' } : s;
  });
}

/** The library remembers the rep's name: a speaker called that is the rep, with no question asked. */
export function rolesFromMyName(speakers: Speaker[], myName: string | null): Speaker[] {
  if (!myName || !needsRep(speakers)) return speakers;
  const me = speakers.find((s) => same(s.name, myName));
  return me ? withRep(speakers, me.id) : speakers;
}
