import type { Speaker } from '../domain/call';
import type { Turn } from '../domain/transcript';
import { hasPlaceholderName, withRep } from '../domain/speakers';
import type { VoiceProfile } from '../domain/voiceProfile';
import type { VoiceAnalysis } from './diarization';
import { detectedSpeakerIds } from './speakerList';
import { dot, meanDirection, normalized, type Vector } from './vectors';

/**
 * Cosine similarity from which a detected voice is taken to be a profile's person. Measured by
 * `npm run eval:voices` (CAM++ on the fixture call's two people and impostors; see the eval's figures).
 */
export const VOICE_MATCH_THRESHOLD = 0.6;

/** Less of a person's speech than this makes a profile that matches badly: enrolment refuses it. */
export const MIN_ENROL_SECONDS = 10;

/** Share of a voice window that must lie in the speaker's own turns (and in no one else's) to count. */
const INSIDE_SHARE = 0.8;

type Span = { start: number; end: number };

function covered(w: Span, spans: Span[]): number {
  let sum = 0;
  for (const s of spans) sum += Math.max(0, Math.min(w.end, s.end) - Math.max(w.start, s.start));
  return sum;
}

/**
 * A speaker's voice in a call whose who-is-who is known (its turns): the mean of the embeddings of the
 * windows heard alone and lying in that speaker's turns. null when no such window was heard.
 */
export function voiceOfSpeaker(analysis: VoiceAnalysis, turns: Turn[], speakerId: string): { vector: Vector; seconds: number } | null {
  const own = turns.filter((t) => t.speakerId === speakerId);
  const others = turns.filter((t) => t.speakerId !== speakerId);
  const chosen: { embedding: Vector; seconds: number }[] = [];
  analysis.windows.forEach((w, i) => {
    const length = w.end - w.start;
    if (w.overlapped || length <= 0) return;
    if (covered(w, own) < INSIDE_SHARE * length || covered(w, others) > (1 - INSIDE_SHARE) * length) return;
    chosen.push({ embedding: normalized(analysis.embeddings[i]!), seconds: length });
  });
  const vector = meanDirection(
    chosen.map((c) => c.embedding),
    chosen.map((c) => c.seconds),
  );
  return vector ? { vector, seconds: chosen.reduce((sum, c) => sum + c.seconds, 0) } : null;
}

/** A profile's voice and a new call's voice, weighted by how much speech each was heard over. */
export function mergeVoices(a: { vector: ArrayLike<number>; seconds: number }, b: { vector: ArrayLike<number>; seconds: number }): Vector {
  return meanDirection([normalized(a.vector), normalized(b.vector)], [a.seconds, b.seconds])!;
}

export type VoiceMatchFound = { speaker: number; profileId: string; similarity: number };

/**
 * Which detected voices (cluster means, in speaker order) are which profiles' people: the most similar
 * pairs first, each voice and each profile used once, only at or above the threshold.
 */
export function matchVoices(
  voices: ArrayLike<number>[],
  profiles: Pick<VoiceProfile, 'id' | 'vector'>[],
  threshold = VOICE_MATCH_THRESHOLD,
): VoiceMatchFound[] {
  const pairs: VoiceMatchFound[] = [];
  voices.forEach((v, speaker) => {
    const voice = normalized(v);
    for (const p of profiles) pairs.push({ speaker, profileId: p.id, similarity: dot(voice, normalized(p.vector)) });
  });
  pairs.sort((a, b) => b.similarity - a.similarity);
  const found: VoiceMatchFound[] = [];
  for (const pair of pairs) {
    if (pair.similarity < threshold) break;
    if (found.some((f) => f.speaker === pair.speaker || f.profileId === pair.profileId)) continue;
    found.push(pair);
  }
  return found;
}

/** The name detection gives speaker `id` (s2: "Speaker 2"), what an undone profile match goes back to. */
const defaultName = (id: string): string => `Speaker ${/^s(\d+)$/.exec(id)?.[1] ?? id}`;
const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Takes back a profile's name and role: the speaker is as detection left it, and that profile stays off it. */
export function undoVoiceMatch(speaker: Speaker): Speaker {
  if (speaker.voiceMatch?.status !== 'applied') return speaker;
  return { id: speaker.id, name: defaultName(speaker.id), role: 'unknown', voiceMatch: { ...speaker.voiceMatch, status: 'undone' } };
}

/**
 * A mono call's speakers named from the voice profiles matched to its voices (`ids[k]` is voice k's
 * speaker). Names an earlier match gave are taken back first (the voices may have changed); a speaker the
 * reviewer named keeps their name, a match the reviewer undid is not made again, and a profile whose
 * person already is a speaker by name is not given to another.
 */
export function nameFromProfiles(
  speakers: Speaker[],
  ids: string[],
  matches: VoiceMatchFound[],
  profiles: Pick<VoiceProfile, 'id' | 'name' | 'role'>[],
): Speaker[] {
  let out = speakers.map(undoEarlier);
  for (const match of matches) {
    const id = ids[match.speaker];
    const profile = profiles.find((p) => p.id === match.profileId);
    const speaker = out.find((s) => s.id === id);
    if (!profile || !speaker) continue;
    const namedByReviewer = !hasPlaceholderName(speaker) && !speaker.voiceMatch;
    const undone = speaker.voiceMatch?.status === 'undone' && speaker.voiceMatch.profileId === profile.id;
    const taken = out.some((s) => s.id !== speaker.id && sameName(s.name, profile.name));
    if (namedByReviewer || undone || taken) continue;
    const named: Speaker = {
      ...speaker,
      name: profile.name,
      role: profile.role === 'unknown' ? speaker.role : profile.role,
      voiceMatch: { profileId: profile.id, similarity: Math.round(match.similarity * 1000) / 1000, status: 'applied' },
    };
    out = out.map((s) => (s.id === speaker.id ? named : s));
    if (named.role === 'rep') out = withRep(out, named.id);
  }
  return out;
}

/** `nameFromProfiles` for a detection's voices (`voices[k]` is speaker s{k+1}'s mean voice). */
export function namedByProfiles(speakers: Speaker[], voices: ArrayLike<number>[], profiles: VoiceProfile[]): Speaker[] {
  if (profiles.length === 0 || voices.length === 0) return speakers;
  return nameFromProfiles(speakers, detectedSpeakerIds(voices.length), matchVoices(voices, profiles), profiles);
}

/** An earlier automatic name is taken back before matching again (a reviewer's undo is remembered). */
function undoEarlier(s: Speaker): Speaker {
  if (s.voiceMatch?.status !== 'applied') return s;
  const { voiceMatch: _match, ...rest } = s;
  return { ...rest, name: defaultName(s.id), role: 'unknown' };
}
