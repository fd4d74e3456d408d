import type { Emit, Handlers } from '../../shared/contract';
import { createLibraryRef, libraryHandlers } from './library/handlers';
import { createModels } from './models/models';
import { openSettings } from './settings/settings';
import { transcriptionHandlers } from './transcription/handlers';
import { transcriptHandlers } from './transcripts/handlers';
import { createTranscriptionQueue, type TranscriptionQueue } from './transcription/queue';

/** Native dialogs, supplied by the shell (Electron) or by the test harness. */
export type Dialogs = {
  pickAudioFiles(multiple: boolean): Promise<string[]>;
  pickFolder(): Promise<string | null>;
  pickModelFile(): Promise<string | null>;
  pickTranscriptFile(): Promise<string | null>;
  /** Where to save an export; `extension` without the dot. */
  pickSavePath(defaultName: string, extension: string): Promise<string | null>;
};

export type BackendOptions = {
  userDataDir: string;
  dialogs: Dialogs;
  emit: Emit;
  /** The natively built whisper.cpp CLI (see scripts/build-whisper.mjs). */
  whisperBinary: string;
};

export type Backend = {
  handlers: Handlers;
  /** The library folder in use now (it can change from Settings). */
  libraryFolder(): string;
  queue: TranscriptionQueue;
};

/**
 * Composes the services into the contract's handlers. The Electron shell binds them to IPC; the
 * end-to-end harness binds the very same object into Chromium.
 */
export async function createBackend({ userDataDir, dialogs, emit, whisperBinary }: BackendOptions): Promise<Backend> {
  const settings = await openSettings(userDataDir);
  const ref = await createLibraryRef(settings);
  const models = createModels({ settings, dialogs, whisperBinary });
  const queue = createTranscriptionQueue({ library: ref.get, engine: models.engine, emit });
  const handlers: Handlers = {
    ...libraryHandlers({ ref, settings, dialogs, emit, queue }),
    ...transcriptionHandlers({ ref, queue }),
    ...models.handlers,
    ...transcriptHandlers({ ref, dialogs, emit, queue }),
  };
  return { handlers, libraryFolder: () => ref.get().folder, queue };
}
