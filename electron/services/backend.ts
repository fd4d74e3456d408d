import { join } from 'node:path';
import type { Emit, Handlers } from '../../shared/contract';
import { CATALOGUE, OFFICIAL_MODEL_BASE_URL } from '../../shared/domain/models';
import { SPEAKER_MODEL_DOWNLOADS } from '../../shared/domain/speakerModels';
import { TEXT_MODEL_DOWNLOADS, type TextModelSource } from '../../shared/meaning/textModel';
import { settingsChanged } from '../../shared/domain/libraryChange';
import { createAboutService } from './about/service';
import { createBundlesService } from './bundles/service';
import { createImporterService } from './importer/service';
import type { LockOptions } from './library/lock';
import { createLibraryRef } from './library/ref';
import { createLibraryService } from './library/service';
import { createMeaningService } from './meaning/service';
import { createModelsService } from './models/service';
import { createPlaylistsService, type PlaylistsService } from './playlists/service';
import type { AppVersions, Dialogs, Fetch, ModelSource, PrintPdf, SpeakerModelSource } from './ports';
import { createScorecardsService } from './scorecards/service';
import { indexedBundleClip } from './search/clips';
import { createSearchService } from './search/service';
import { createSettingsService } from './settings/settings';
import { readySpeakerModels } from './speakers/models';
import { createSpeakersService } from './speakers/service';
import { createLearningService } from './suggestions/service';
import { createTrainer } from './suggestions/trainHost';
import type { TranscriptionQueue } from './transcription/queue';
import { createVoiceProfilesStore } from './voices/profilesStore';
import { createVoicesService, nameFromVoiceProfiles } from './voices/service';
import { createTranscriptionService } from './transcription/service';
import { createTranscriptsService } from './transcripts/service';

export type BackendOptions = {
  userDataDir: string;
  dialogs: Dialogs;
  emit: Emit;
  /** The natively built whisper.cpp CLI (see scripts/build-whisper.mjs). */
  whisperBinary: string;
  /** Where catalogue models come from; the official host unless a test serves them locally. */
  modelSource?: ModelSource;
  /** Where the speaker models download from; the official files unless a test serves others locally. */
  speakerModelSource?: SpeakerModelSource;
  /** Where the text model downloads from; the official files unless a test serves others locally. */
  textModelSource?: TextModelSource;
  /** How model downloads reach the network: Electron's net.fetch in the app (proxies apply); Node's fetch by default. */
  fetch?: Fetch;
  /** Prints a standalone HTML document to an A4 PDF (Electron's printToPDF; Chromium in tests). */
  printPdf?: PrintPdf;
  /** How the library folder's lock judges a holder gone (tests shorten it). */
  libraryLock?: LockOptions;
  /** The shipped demo call (resources/demo): added once to each library that never had it; none without. */
  demoDir?: string;
  /** How long after a reviewer's verdict the learned suggestions retrain (tests shorten it). */
  learningDebounceMs?: number;
  /** What Help → About says the app and its runtime are; Node's own versions (and no Electron) without. */
  versions?: AppVersions;
};

export type Backend = {
  handlers: Handlers;
  /** The library folder in use now (it can change from Settings). */
  libraryFolder(): string;
  queue: TranscriptionQueue;
  /** Clips and playlists beyond the bridge: a playlist's items with their audio on disk, adding an imported bundle's playlist. */
  playlists: Pick<PlaylistsService, 'itemsOf' | 'clipItem' | 'bundleFolder' | 'addBundlePlaylist'>;
  /** Resolves once the search index holds every call (tests, the bench; the app searches meanwhile). */
  searchSettled(): Promise<void>;
  /** Resolves once every call's turn vectors are computed (tests; the app works meanwhile). */
  meaningSettled(): Promise<void>;
  /** Resolves once the reviewers' verdicts in hand are stored and retrained from (tests). */
  learningSettled(): Promise<void>;
  /** On quit: stop transcription and downloads now; both resume at the next start. */
  shutdown(): void;
  /**
   * After `shutdown`, before the process exits: resolves once the library's writes in flight have landed
   * and its folder's lock is released. Nothing is written through it afterwards.
   */
  close(): Promise<void>;
};

/**
 * Composes the services into the contract's handlers, and does nothing else. The Electron shell binds
 * them to IPC; the end-to-end harness binds the very same object into Chromium.
 */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const { userDataDir, dialogs, whisperBinary } = options;
  const modelSource = options.modelSource ?? { baseUrl: OFFICIAL_MODEL_BASE_URL, catalogue: CATALOGUE };
  const settings = await createSettingsService({ userDataDir });
  const ref = await createLibraryRef(settings, options.libraryLock, options.demoDir);
  // Every library change passes the search index on its way to the views, so it stays current call by call.
  // (`playlists` is made below, once the search it runs smart playlists through exists; read only later.)
  const bundleClips = async () => (await playlists.bundleClips()).map(({ clip, playlist }) => indexedBundleClip(clip, playlist));
  const modelsDir = join(userDataDir, 'models');
  // Turn vectors follow transcript changes the same way (their own events go straight out).
  const meaning = createMeaningService({
    ref,
    settings,
    dialogs,
    emit: options.emit,
    modelsDir,
    source: options.textModelSource ?? TEXT_MODEL_DOWNLOADS,
    fetch: options.fetch,
  });
  const search = createSearchService({ ref, bundleClips, meaning: meaning.search });
  const emit = meaning.emitting(search.emitting(options.emit));
  const models = createModelsService({
    settings,
    dialogs,
    whisperBinary,
    modelsDir,
    source: modelSource,
    emit,
    fetch: options.fetch,
  });
  const voiceProfiles = createVoiceProfilesStore(ref);
  const transcription = createTranscriptionService({
    ref,
    engine: models.engine,
    speakerModels: () => readySpeakerModels(settings),
    nameSpeakers: (speakers, voices) => nameFromVoiceProfiles(voiceProfiles, speakers, voices),
    emit,
  });
  const { queue } = transcription;
  const speakers = createSpeakersService({
    ref,
    settings,
    dialogs,
    emit,
    queue,
    modelsDir,
    modelSource: options.speakerModelSource ?? SPEAKER_MODEL_DOWNLOADS,
    fetch: options.fetch,
    voiceProfiles,
  });
  const playlists = createPlaylistsService({ ref, emit, query: (q) => search.handlers['search:query'](q) });
  const trainer = createTrainer();
  const learning = createLearningService({ ref, emit, train: (local) => trainer.train(local), debounceMs: options.learningDebounceMs });
  const composed: Handlers = learning.observe(
    meaning.observe(
      search.observe({
        ...createLibraryService({ ref, settings, dialogs, emit, queue, demoDir: options.demoDir }).handlers,
        ...createImporterService({ ref, dialogs, emit }).handlers,
        ...transcription.handlers,
        ...models.handlers,
        ...createTranscriptsService({ ref, dialogs, emit, queue }).handlers,
        ...speakers.handlers,
        ...createVoicesService({ ref, settings, emit, queue, store: voiceProfiles }).handlers,
        ...createScorecardsService({ ref, dialogs, printPdf: options.printPdf }).handlers,
        ...search.handlers,
        ...playlists.handlers,
        ...createBundlesService({ ref, dialogs, playlists }).handlers,
        ...meaning.handlers,
        ...createAboutService({ versions: options.versions }).handlers,
        ...learning.handlers,
      }),
    ),
  );
  meaning.start();
  const notices = () => [...settings.notices(), ...ref.get().notices()].map((n) => n.id).join();
  const handlers = announcingNotices(composed, notices, () => emit('library:changed', settingsChanged('notices')));
  const shutdown = () => {
    queue.shutdown();
    models.shutdown();
    speakers.shutdown();
    meaning.shutdown();
    learning.shutdown();
  };
  return {
    handlers,
    libraryFolder: () => ref.get().folder,
    queue,
    playlists,
    searchSettled: () => search.settled(),
    meaningSettled: () => meaning.settled(),
    learningSettled: () => learning.settled(),
    shutdown,
    async close() {
      shutdown();
      await search.close().catch(() => undefined); // each change is already on disk: this lets go of the file
      await meaning.close().catch(() => undefined);
      await trainer.close().catch(() => undefined);
      await ref.close();
    },
  };
}

/**
 * Call documents open when first used, so one may be restored from its last good copy while any method
 * answers: when the storage notices changed, every view is told to reload the library's state and shows them.
 */
function announcingNotices(handlers: Handlers, notices: () => string, announce: () => void): Handlers {
  const wrapped = Object.entries(handlers).map(([name, handler]) => {
    const call = handler as (input: unknown) => Promise<unknown>;
    const announcing = async (input: unknown) => {
      const before = notices();
      try {
        return await call(input);
      } finally {
        if (notices() !== before) announce();
      }
    };
    return [name, announcing];
  });
  return Object.fromEntries(wrapped) as Handlers;
}
