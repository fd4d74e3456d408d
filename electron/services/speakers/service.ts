import type { Emit, Handlers } from '../../../shared/contract';
import { isMonoCall } from '../../../shared/domain/call';
import { callsChanged, settingsChanged } from '../../../shared/domain/libraryChange';
import { AppError } from '../../../shared/errors';
import { turnsBySpeakers } from '../../../shared/speakers/assign';
import { labelSpeakers } from '../../../shared/speakers/diarization';
import { keepUserFixes } from '../../../shared/speakers/fixes';
import { namedByProfiles } from '../../../shared/speakers/profiles';
import { detectedSpeakerIds, speakersAfterDetection } from '../../../shared/speakers/speakerList';
import type { LibraryRef } from '../library/ref';
import type { Dialogs, Fetch, SpeakerModelSource } from '../ports';
import type { Settings } from '../settings/settings';
import type { TranscriptionQueue } from '../transcription/queue';
import { createSpeakerModelDownload } from './download';
import { checkSpeakerModelFile } from './engine';
import { speakerModelsInfo } from './models';
import { readVoices } from './voicesFile';
import type { VoiceProfilesStore } from '../voices/profilesStore';

export type SpeakersDeps = {
  ref: LibraryRef;
  settings: Settings;
  dialogs: Dialogs;
  emit: Emit;
  queue: TranscriptionQueue;
  /** The app's models folder, where downloaded speaker models are installed. */
  modelsDir: string;
  /** Where the speaker models download from: the official files unless a test serves others. */
  modelSource: SpeakerModelSource;
  fetch?: Fetch;
  /** The library's voice profiles: re-detected voices that match one are named. */
  voiceProfiles?: VoiceProfilesStore;
};

/** One recording with one channel: the calls whose speakers come from their voices. */

/** Speaker models (Settings: downloaded or chosen on disk) and re-detecting a mono call's speakers. */
export function createSpeakersService({ ref, settings, dialogs, emit, queue, modelsDir, modelSource, fetch, voiceProfiles }: SpeakersDeps) {
  const changed = () => emit('library:changed', settingsChanged('speakerModels'));
  const download = createSpeakerModelDownload({ settings, modelsDir, source: modelSource, emit, fetch });

  const handlers = {
    'speakers:modelsInfo': async () => speakerModelsInfo(settings),
    'speakers:chooseModelFile': async ({ kind }) => {
      const path = await dialogs.pickSpeakerModelFile(kind);
      if (path) {
        await checkSpeakerModelFile(path, kind); // refuse a file that is not that model before saving it
        await settings.change(kind === 'segmentation' ? { speakerSegmentationPath: path } : { speakerEmbeddingPath: path });
        changed();
      }
      return speakerModelsInfo(settings);
    },
    'speakers:clearModels': async () => {
      await settings.change({ speakerSegmentationPath: null, speakerEmbeddingPath: null });
      changed();
      return speakerModelsInfo(settings);
    },
    'speakers:downloadInfo': download.status,
    'speakers:downloadModels': download.start,
    'speakers:cancelDownload': download.cancel,

    /**
     * From the voices kept at transcription: no model runs, so this takes milliseconds. The turns are
     * rebuilt from the transcript as it is now (the reviewer's text edits stay), and turns whose speaker
     * the reviewer set keep it.
     */
    'speakers:redetect': async ({ callId, count }) => {
      const library = ref.get();
      const call = await library.get(callId);
      if (!isMonoCall(call)) {
        throw new AppError(
          'INVALID_INPUT',
          "Speakers are detected from voices on mono recordings only: this call's speakers come from its channels or tracks.",
        );
      }
      if (queue.list().some((j) => j.callId === callId)) {
        throw new AppError('INVALID_INPUT', 'This call is being transcribed: its speakers are detected when that finishes.');
      }
      const transcript = await library.getTranscript(callId);
      if (!transcript) throw new AppError('NOT_FOUND', 'This call has no transcript yet.');
      const voices = await readVoices(library.callDir(callId));
      if (!voices) {
        throw new AppError('NOT_FOUND', "This call's voices were not kept: transcribe it again with speaker models set in Settings.");
      }
      const detection = labelSpeakers(voices, count === null ? {} : { numSpeakers: count });
      if (detection.speakerCount === 0) return { speakerCount: 0 }; // nobody heard: nothing to change
      const words = transcript.turns.flatMap((t) => t.words);
      const detected = turnsBySpeakers(words, detection.segments, detectedSpeakerIds(detection.speakerCount));
      const turns = keepUserFixes(transcript.turns, detected);
      const profiles = (await voiceProfiles?.list()) ?? [];
      await library.saveTranscript(callId, { source: { ...transcript.source, speakersDetectedAt: new Date().toISOString() }, turns }, (c) => ({
        ...c,
        speakerCount: count, // the count asked for now is the one a new transcription uses
        speakers: namedByProfiles(speakersAfterDetection(c.speakers, detection.speakerCount, turns), detection.voices, profiles),
      }));
      emit('library:changed', callsChanged('speakers', [callId], ['call', 'transcript']));
      return { speakerCount: detection.speakerCount };
    },
  } satisfies Partial<Handlers>;
  return { handlers, shutdown: download.shutdown };
}
