import type { Emit, Handlers } from '../../../shared/contract';
import type { LibraryRef } from '../library/ref';
import type { SpeakerModels } from '../speakers/engine';
import type { Engine } from './pipeline';
import { createTranscriptionQueue, type QueueDeps } from './queue';

export type TranscriptionDeps = {
  ref: LibraryRef;
  engine: () => Promise<Engine>;
  speakerModels: () => Promise<SpeakerModels | null>;
  nameSpeakers?: QueueDeps['nameSpeakers'];
  emit: Emit;
};

export const LIBRARY_CHANGED = 'Transcription stopped because the library folder was changed. Transcribe the call again when you switch back to its library.';

/** Transcription jobs on the library's calls, one at a time, with the model the models service picks. */
export function createTranscriptionService({ ref, engine, speakerModels, nameSpeakers, emit }: TranscriptionDeps) {
  const queue = createTranscriptionQueue({ library: ref.get, engine, speakerModels, nameSpeakers, emit });
  ref.onRetiring((library) => queue.stopLibrary(library, LIBRARY_CHANGED));

  const handlers = {
    'transcription:start': async ({ callId }) => {
      await ref.get().get(callId); // NOT_FOUND / CORRUPT_DOCUMENT before queueing
      return queue.start(callId);
    },
    'transcription:cancel': async ({ callId }) => ({ cancelled: await queue.cancel(callId) }),
    'transcription:jobs': async () => queue.list(),
  } satisfies Partial<Handlers>;

  return { handlers, queue };
}
