import { randomUUID } from 'node:crypto';
import type { Emit, Handlers } from '../../../shared/contract';
import type { Speaker } from '../../../shared/domain/call';
import { callsChanged, settingsChanged } from '../../../shared/domain/libraryChange';
import { hasPlaceholderName } from '../../../shared/domain/speakers';
import { summarizeProfile, type VoiceProfile } from '../../../shared/domain/voiceProfile';
import { AppError } from '../../../shared/errors';
import { mergeVoices, MIN_ENROL_SECONDS, namedByProfiles, undoVoiceMatch } from '../../../shared/speakers/profiles';
import type { LibraryRef } from '../library/ref';
import type { Settings } from '../settings/settings';
import { readySpeakerModels } from '../speakers/models';
import type { TranscriptionQueue } from '../transcription/queue';
import { voiceInCall } from './callVoice';
import type { VoiceProfilesStore } from './profilesStore';

export type VoicesDeps = { ref: LibraryRef; settings: Settings; emit: Emit; queue: TranscriptionQueue; store: VoiceProfilesStore };

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** A diarized call's speakers named from the library's voice profiles (`voices[k]` is speaker s{k+1}'s). */
export const nameFromVoiceProfiles = async (store: VoiceProfilesStore, speakers: Speaker[], voices: number[][]): Promise<Speaker[]> =>
  namedByProfiles(speakers, voices, await store.list());

/** Voice profiles: made only when the user asks for one person, listed and deleted in Settings. */
export function createVoicesService({ ref, settings, emit, queue, store }: VoicesDeps) {
  const listed = async () => (await store.list()).map(summarizeProfile).sort((a, b) => a.name.localeCompare(b.name));
  const changed = () => emit('library:changed', settingsChanged('voiceProfiles'));

  const handlers = {
    'voices:list': listed,

    'voices:enrol': async ({ callId, speakerId }) => {
      const library = ref.get();
      const call = await library.get(callId);
      const speaker = call.speakers.find((s) => s.id === speakerId);
      if (!speaker) throw new AppError('NOT_FOUND', 'That speaker is not in this call.');
      if (hasPlaceholderName(speaker)) throw new AppError('INVALID_INPUT', `Rename “${speaker.name}” to the person's name first: the voice is kept under it.`);
      if (queue.list().some((j) => j.callId === callId))
        throw new AppError('INVALID_INPUT', 'This call is being transcribed: remember the voice when that finishes.');
      const transcript = await library.getTranscript(callId);
      if (!transcript) throw new AppError('NOT_FOUND', 'This call has no transcript yet.');
      const models = await readySpeakerModels(settings);
      if (!models) throw new AppError('MODEL_MISSING', 'Remembering a voice needs the speaker models: set them in Settings → Speaker detection.');
      const voice = await voiceInCall(library, call, transcript.turns, speakerId, models);
      const seconds = Math.round(voice?.seconds ?? 0);
      if (!voice || seconds < MIN_ENROL_SECONDS) {
        throw new AppError(
          'INVALID_INPUT',
          `Not enough of ${speaker.name}'s voice heard alone in this call (${seconds} s; a profile needs ${MIN_ENROL_SECONDS} s): try a longer call.`,
        );
      }
      const profiles = await store.list();
      const existing = profiles.find((p) => sameName(p.name, speaker.name));
      if (existing?.sources.some((s) => s.callId === callId))
        throw new AppError('INVALID_INPUT', `${speaker.name}'s voice is already remembered from this call.`);
      const source = { callId, callTitle: call.title, speakerId, seconds, addedAt: new Date().toISOString() };
      const role = speaker.role === 'unknown' ? (existing?.role ?? 'unknown') : speaker.role;
      const profile: VoiceProfile = existing
        ? {
            ...existing,
            role,
            vector: Array.from(mergeVoices({ vector: existing.vector, seconds: summarizeProfile(existing).seconds }, voice)),
            sources: [...existing.sources, source],
          }
        : { id: randomUUID(), name: speaker.name.trim(), role, vector: Array.from(voice.vector), sources: [source], createdAt: new Date().toISOString() };
      await store.save([...profiles.filter((p) => p.id !== profile.id), profile]);
      changed();
      return summarizeProfile(profile);
    },

    'voices:delete': async ({ profileId }) => {
      const profiles = await store.list();
      if (!profiles.some((p) => p.id === profileId)) throw new AppError('NOT_FOUND', 'That voice profile was already deleted.');
      await store.save(
        profiles.filter((p) => p.id !== profileId),
        { forget: true },
      );
      changed();
      return listed();
    },

    'voices:undoMatch': async ({ callId, speakerId }) => {
      const call = await ref.get().get(callId);
      const speaker = call.speakers.find((s) => s.id === speakerId);
      if (speaker?.voiceMatch?.status !== 'applied') throw new AppError('NOT_FOUND', 'This speaker was not named from a voice profile.');
      const summary = await ref.get().update(callId, (c) => ({ ...c, speakers: c.speakers.map((s) => (s.id === speakerId ? undoVoiceMatch(s) : s)) }));
      emit('library:changed', callsChanged('speakers', [callId], ['call']));
      return summary;
    },
  } satisfies Partial<Handlers>;
  return { handlers };
}
