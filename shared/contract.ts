import { z } from 'zod';
import { SearchQuery, SearchResult } from './search/query';
import { CallDetail, CallId, CallSummary, ImportOutcome, SpeakerRole, Title } from './domain/call';
import { AppErrorShape } from './errors';
import { AnnotationCommand, Annotations } from './domain/annotations';
import { JobFinished, JobInfo } from './domain/job';
import { ModelDownloadProgress, ModelsInfo } from './domain/models';
import { RepSummary } from './domain/reps';
import { LibraryChange } from './domain/libraryChange';
import { Transcript, Turn } from './domain/transcript';
import { RubricCriterion } from './scorecard/rubric';
import { TrendPoint } from './scorecard/trend';
import { TranscriptSplice } from './domain/transcriptEdits';
import { EXPORT_FORMATS, SCORECARD_FORMATS } from './formats/exportFormats';
import { localPathProblem } from './domain/localPath';
import { SpeakerCount, SpeakerModelKind, SpeakerModelsInfo } from './domain/speakerModels';
import { PinnedDownloadOutcome, PinnedDownloadProgress, PinnedDownloadStatus } from './domain/pinnedDownload';
import { VoiceProfileSummary } from './domain/voiceProfile';
import { MeaningInfo, MeaningProgress } from './meaning/textModel';
import { TranscriptionSpeed } from './transcription/engineProfile';
import { Clip, ClipNote, ClipTitle } from './domain/clip';
import { PlaylistDescription, PlaylistName, SavedSearch, Playlist } from './domain/playlist';
import { ContextSec, DEFAULT_CONTEXT_SEC } from './playlists/clipRange';
import { PlaylistSummary, PlaylistView } from './playlists/views';
import { AboutInfo } from './about/about';
import { LearningInfo } from './suggestions/learned/learning';
import { WeightsFile } from './suggestions/learned/store';

/**
 * The one bridge contract between the renderer and the main process.
 * Main-process handlers, the preload bridge and the renderer client are all typed from this object;
 * no other file lists method or event names.
 */
const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const none = z.object({}).strict();
/** A file on this computer, named by the renderer (a dropped file): never a network share or a device. */
const AbsolutePath = z
  .string()
  .min(1)
  .max(4096)
  .superRefine((p, ctx) => {
    const problem = localPathProblem(p);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
/** A clip's, playlist's or saved search's id. */
const ItemId = z.string().min(1).max(200);
const Deleted = z.object({ deleted: z.literal(true) });
/** A time in a call, in seconds. */
const Seconds = z.number().nonnegative().max(1e7);
/** A model's catalogue id (its messages quote it, so it is bounded). */
const ModelId = z.string().min(1).max(100);

/** A document that was damaged or missing on disk and was put back (from its last good copy, or defaults): shown until dismissed. */
export const StorageNotice = z.object({ id: z.string(), message: z.string() });
export type StorageNotice = z.infer<typeof StorageNotice>;

export const LibraryInfo = z.object({
  folder: z.string(),
  isDefault: z.boolean(),
  callCount: z.number().int().nonnegative(),
  /** Set when the library index could not be read: the UI shows it instead of an empty list. */
  problem: AppErrorShape.nullable(),
  /** The rep's name in this library, once told: speakers with it are the rep. */
  myName: z.string().nullable(),
  /** What managers rate calls on in this library (our method's criteria until changed). */
  rubricCriteria: z.array(RubricCriterion),
  /** Documents (settings, the index, calls, transcripts) restored since the app started, for the user to read. */
  notices: z.array(StorageNotice),
  /** Show the first-run welcome (until the user closes it, once for the app). */
  welcome: z.boolean(),
});
export type LibraryInfo = z.infer<typeof LibraryInfo>;

/** A call folder whose document could not be read when the index was rebuilt: left as it is, and not listed. */
export const UnreadableCall = z.object({ folder: z.string(), problem: AppErrorShape });
export type UnreadableCall = z.infer<typeof UnreadableCall>;

export const PickedFile = z.object({ path: z.string(), name: z.string() });
export type PickedFile = z.infer<typeof PickedFile>;

export const TrackInput = z.object({
  path: AbsolutePath,
  speakerName: z.string().trim().min(1, 'Name the speaker of every track').max(100),
});

export const contract = {
  methods: {
    'library:info': method(none, LibraryInfo),
    /** Opens a folder picker in the main process; the renderer never supplies the library path. */
    'library:chooseFolder': method(none, z.object({ changed: z.boolean(), library: LibraryInfo })),
    'library:useDefaultFolder': method(none, LibraryInfo),
    /**
     * Moves an unreadable index aside (kept as a backup) and rebuilds it from the call folders; says which
     * calls could not be read (they are not listed until their document is fixed).
     */
    'library:rebuildIndex': method(none, LibraryInfo.extend({ unreadableCalls: z.array(UnreadableCall) })),
    /** The user has read a storage notice: it is no longer shown. */
    'library:dismissNotice': method(z.object({ id: z.string().max(100) }), LibraryInfo),
    /** The user closed the first-run welcome: it is not shown again. */
    'library:dismissWelcome': method(none, LibraryInfo),
    'calls:list': method(none, z.array(CallSummary)),
    'calls:get': method(z.object({ callId: CallId }), CallDetail),
    'calls:pickFiles': method(z.object({ multiple: z.boolean() }), z.array(PickedFile)),
    'calls:import': method(z.object({ paths: z.array(AbsolutePath).min(1).max(100) }), z.array(ImportOutcome)),
    'calls:importTracks': method(z.object({ title: Title.optional(), tracks: z.array(TrackInput).min(2, 'Pick at least two tracks').max(8) }), ImportOutcome),
    'calls:rename': method(z.object({ callId: CallId, title: Title }), CallSummary),
    'calls:setRecordedAt': method(z.object({ callId: CallId, recordedAt: z.iso.datetime({ offset: true }) }), CallSummary),
    /** "This speaker is me": the rep for this call; `rememberAs` also renames them and is remembered. */
    'calls:setRep': method(z.object({ callId: CallId, speakerId: z.string(), rememberAs: z.string().trim().min(1).max(100).nullable() }), CallSummary),
    'calls:updateSpeaker': method(
      z.object({
        callId: CallId,
        speakerId: z.string(),
        name: z.string().trim().min(1, 'A speaker needs a name').max(100).optional(),
        role: SpeakerRole.optional(),
      }),
      CallSummary,
    ),
    /** How many people speak in a mono call (null: found from the voices); used when it is transcribed. */
    'calls:setSpeakerCount': method(z.object({ callId: CallId, count: SpeakerCount }), CallSummary),
    /** The library's voice profiles (never their numbers), by name. */
    'voices:list': method(none, z.array(VoiceProfileSummary)),
    /**
     * With the user's consent: keeps this speaker's voice under their name (a new profile, or added to the
     * profile of that name), from a call whose speakers are known (stereo, per-track, or a checked mono call).
     */
    'voices:enrol': method(z.object({ callId: CallId, speakerId: z.string() }), VoiceProfileSummary),
    'voices:delete': method(z.object({ profileId: z.string() }), z.array(VoiceProfileSummary)),
    /** "Not this person": a speaker named from a profile goes back to the detected voice's name. */
    'voices:undoMatch': method(z.object({ callId: CallId, speakerId: z.string() }), CallSummary),
    'library:setMyName': method(z.object({ name: z.string().trim().min(1).max(100).nullable() }), LibraryInfo),
    /** Replaces the rubric's criteria; null goes back to the defaults. Answers to removed criteria are kept. */
    'library:setRubricCriteria': method(z.object({ criteria: z.array(RubricCriterion).min(1).max(20).nullable() }), LibraryInfo),
    /** Puts the shipped demo call back as it came (over an edited or deleted one). */
    'library:resetDemo': method(none, CallSummary),
    /** Help → About: the app's version and its runtime's (Electron, Chromium, Node). */
    'app:about': method(none, AboutInfo),
    'reps:list': method(none, z.array(RepSummary)),
    /** A rep's figures call by call, oldest first; calls whose documents can't be read are named. */
    'reps:trend': method(
      z.object({ name: z.string().trim().min(1).max(100) }),
      z.object({ points: z.array(TrendPoint.extend({ title: z.string() })), unreadable: z.array(z.string()) }),
    ),
    'calls:delete': method(z.object({ callId: CallId }), z.object({ deleted: z.literal(true) })),
    /** Words, "phrases" and filters over every call's turns and marks (the library's search index). */
    'search:query': method(SearchQuery, SearchResult),
    /** Every clip of the library (in playlists or not), in the order they were made. */
    'clips:list': method(none, z.array(Clip)),
    /** A range of a call (within its duration) with a title and a note; added to a playlist when one is named. */
    'clips:create': method(
      z.object({ callId: CallId, start: Seconds, end: Seconds, title: ClipTitle, note: ClipNote.optional(), playlistId: ItemId.optional() }),
      Clip,
    ),
    /** Renames, re-notes or moves a clip's range (a call's clip only, within the call). */
    'clips:update': method(
      z.object({ clipId: ItemId, title: ClipTitle.optional(), note: ClipNote.optional(), start: Seconds.optional(), end: Seconds.optional() }),
      Clip,
    ),
    /** Deletes a clip and takes it out of every playlist. */
    'clips:delete': method(z.object({ clipId: ItemId }), Deleted),
    'playlists:list': method(none, z.array(PlaylistSummary)),
    /** A playlist and its clips ready to play; a smart playlist's are found again by its search now. */
    'playlists:get': method(z.object({ playlistId: ItemId }), PlaylistView),
    /** An ordinary playlist (of these clips), or a smart one filled by a saved search, each hit with `contextSec` around it. */
    'playlists:create': method(
      z.object({
        name: PlaylistName,
        description: PlaylistDescription.optional(),
        clipIds: z.array(ItemId).max(5000).optional(),
        smart: z.object({ searchId: ItemId, contextSec: ContextSec.default(DEFAULT_CONTEXT_SEC) }).optional(),
      }),
      Playlist,
    ),
    /** Renames or re-describes a playlist; `contextSec` changes a smart playlist's context. */
    'playlists:update': method(
      z.object({ playlistId: ItemId, name: PlaylistName.optional(), description: PlaylistDescription.optional(), contextSec: ContextSec.optional() }),
      Playlist,
    ),
    /** The playlist's clips in a new order: each of its clips exactly once. */
    'playlists:reorder': method(z.object({ playlistId: ItemId, clipIds: z.array(ItemId).max(5000) }), Playlist),
    'playlists:addClip': method(z.object({ playlistId: ItemId, clipId: ItemId, index: z.number().int().nonnegative().max(5000).optional() }), Playlist),
    'playlists:removeClip': method(z.object({ playlistId: ItemId, clipId: ItemId }), Playlist),
    /** Deletes the playlist; its clips are kept. */
    'playlists:delete': method(z.object({ playlistId: ItemId }), Deleted),
    /** A smart playlist becomes an ordinary one: what its search finds now becomes its clips. */
    'playlists:freeze': method(z.object({ playlistId: ItemId }), Playlist),
    /**
     * Asks where to save (main process) and writes a playlist, or one clip, as a bundle `.zip` (audio,
     * transcripts, notes, an offline player). A clip that can't play refuses the whole export, naming it.
     */
    'bundles:export': method(
      z.union([z.object({ playlistId: ItemId }).strict(), z.object({ clipId: ItemId }).strict()], { error: 'Name one playlist or one clip to export' }),
      z.object({ savedTo: z.string().nullable(), clipCount: z.number().int().nonnegative() }),
    ),
    /**
     * Picks a bundle `.zip` (main process), checks it and adds its playlist to the library; the same bundle
     * again finds the playlist it made (`alreadyImported`). `playlistId` is null when the user cancelled.
     */
    'bundles:import': method(none, z.object({ playlistId: z.string().nullable(), name: z.string().nullable(), alreadyImported: z.boolean() })),
    'searches:list': method(none, z.array(SavedSearch)),
    'searches:save': method(z.object({ name: PlaylistName, query: SearchQuery }), SavedSearch),
    /** Refused while a smart playlist is filled by the search (the message names it). */
    'searches:delete': method(z.object({ searchId: ItemId }), Deleted),
    'calls:transcript': method(z.object({ callId: CallId }), Transcript.nullable()),
    /** Queues a call for transcription (also: re-transcribe, resume after an interruption). */
    'transcription:start': method(z.object({ callId: CallId }), JobInfo),
    'transcription:cancel': method(z.object({ callId: CallId }), z.object({ cancelled: z.boolean() })),
    'transcription:jobs': method(none, z.array(JobInfo)),
    /** Picks a WebVTT/SRT file in the main process and makes it the call's transcript. */
    'transcripts:import': method(z.object({ callId: CallId }), z.object({ imported: z.boolean() })),
    /** Asks where to save (main process) and writes the transcript in that format. */
    'transcripts:export': method(z.object({ callId: CallId, format: z.enum(EXPORT_FORMATS) }), z.object({ savedTo: z.string().nullable() })),
    /** Asks where to save (main process) and writes the call's scorecard as HTML, PDF, CSV or Markdown. */
    'scorecards:export': method(z.object({ callId: CallId, format: z.enum(SCORECARD_FORMATS) }), z.object({ saved: z.boolean(), path: z.string().nullable() })),
    /** Asks where to save and writes one CSV row per call of the rep (matched by name), oldest first. */
    'reps:exportCsv': method(z.object({ repName: z.string().trim().min(1).max(100) }), z.object({ saved: z.boolean(), path: z.string().nullable() })),
    /**
     * One transcript edit (fix words, reassign, split, merge), saved at once; answers with its undo and
     * the turns now in place of the removed ones, exactly as saved, for the page to show.
     */
    'transcript:edit': method(z.object({ callId: CallId, splice: TranscriptSplice }), z.object({ inverse: TranscriptSplice, turns: z.array(Turn) })),
    'annotations:get': method(z.object({ callId: CallId }), Annotations),
    /** One reviewer change, saved at once; the answer carries the command that undoes it. */
    'annotations:apply': method(z.object({ callId: CallId, command: AnnotationCommand }), z.object({ annotations: Annotations, inverse: AnnotationCommand })),
    'models:info': method(none, ModelsInfo),
    /** Opens a file picker in the main process for a ggml model file on disk. */
    'models:chooseFile': method(none, ModelsInfo),
    'models:setThreads': method(z.object({ threads: z.number().int().min(1).max(64).nullable() }), ModelsInfo),
    /** Settings → Transcription speed: the next transcription runs with the matching engine profile. */
    'models:setSpeed': method(z.object({ speed: TranscriptionSpeed }), ModelsInfo),
    /** Starts (or resumes) downloading a catalogue model; progress arrives as events. */
    'models:download': method(z.object({ id: ModelId }), ModelsInfo),
    'models:cancelDownload': method(z.object({ id: ModelId }), ModelsInfo),
    'models:use': method(z.object({ id: ModelId }), ModelsInfo),
    'models:delete': method(z.object({ id: ModelId }), ModelsInfo),
    'speakers:modelsInfo': method(none, SpeakerModelsInfo),
    /** Opens a file picker in the main process for one of the two speaker models (an .onnx file). */
    'speakers:chooseModelFile': method(z.object({ kind: SpeakerModelKind }), SpeakerModelsInfo),
    'speakers:clearModels': method(none, SpeakerModelsInfo),
    'speakers:downloadInfo': method(none, PinnedDownloadStatus),
    /**
     * Downloads both official speaker models into the app's models folder (resuming a stopped download,
     * skipping a file already verified) and, once both are verified, makes them the ones in use; progress
     * and the outcome arrive as events.
     */
    'speakers:downloadModels': method(none, PinnedDownloadStatus),
    'speakers:cancelDownload': method(none, PinnedDownloadStatus),
    /**
     * Detects a mono call's speakers again from the voices kept at transcription (seconds, no new
     * transcription), with the count given or found; turns whose speaker the user set keep it.
     */
    'speakers:redetect': method(z.object({ callId: CallId, count: SpeakerCount }), z.object({ speakerCount: z.number().int().min(0).max(6) })),
    /** Settings → Understanding by meaning: the text model in use, its download and the background work. */
    'meaning:info': method(none, MeaningInfo),
    /**
     * Downloads the official text model's three files into the app's models folder (resuming, skipping a
     * file already verified) and, once all are verified and load, puts them in use; progress and the
     * outcome arrive as events.
     */
    'meaning:download': method(none, MeaningInfo),
    'meaning:cancelDownload': method(none, MeaningInfo),
    /** Opens a folder picker in the main process: a folder holding model.onnx, tokenizer.json and tokenizer_config.json. */
    'meaning:chooseFolder': method(none, MeaningInfo),
    /** Stops computing vectors, forgets the model and deletes its downloaded files (the calls' vectors stay). */
    'meaning:remove': method(none, MeaningInfo),
    /**
     * The vectors of a call's turns whose text has one (int8 rows of `dims`, in `turnIds` order, base64);
     * null when none are computed (no model, not yet, or no transcript).
     */
    'calls:turnVectors': method(
      z.object({ callId: CallId }),
      z.object({ modelId: z.string(), dims: z.number().int().positive(), turnIds: z.array(z.string()), vectors: z.string() }).nullable(),
    ),
    /** Learned suggestions on this machine: how many examples the reviewers' verdicts gave, and any notice. */
    'suggestions:learning': method(none, LearningInfo),
    /**
     * The weights retrained from this machine's examples, null while the shipped ones are in use (the
     * renderer has those, and the base examples for reasons, in its own bundle).
     */
    'suggestions:model': method(none, z.object({ revision: z.number().int().nonnegative(), weights: WeightsFile.nullable() })),
    /** Back to the shipped model: the examples from this machine's reviews are deleted. */
    'suggestions:resetLearning': method(none, LearningInfo),
  },
  events: {
    /** Something in the library changed (import, rename, delete, folder switch): which calls and parts. */
    'library:changed': LibraryChange,
    /**
     * A menu command for the page: Undo/Redo (applied to the focused field or the review history) and
     * Search calls (opens the search panel over any view).
     */
    'app:command': z.object({ command: z.enum(['undo', 'redo', 'search', 'open-demo', 'reset-demo', 'about']) }),
    'transcription:progress': JobInfo,
    'transcription:finished': JobFinished,
    'models:progress': ModelDownloadProgress,
    'models:finished': z.object({
      id: z.string(),
      outcome: z.enum(['installed', 'cancelled', 'failed']),
      message: z.string().nullable(),
    }),
    /** Both speaker models together. */
    'speakers:downloadProgress': PinnedDownloadProgress,
    'speakers:downloadFinished': PinnedDownloadOutcome,
    /** The text model's three files together. */
    'meaning:downloadProgress': PinnedDownloadProgress,
    'meaning:downloadFinished': PinnedDownloadOutcome,
    /** The background computing of turn vectors: which call, how far. */
    'meaning:progress': MeaningProgress,
  },
} as const;

type Methods = typeof contract.methods;
type Events = typeof contract.events;
export type MethodName = keyof Methods;
export type EventName = keyof Events;
/** What a caller passes (before defaults and trimming). */
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

/** The main-process implementation: a missing, extra or misnamed handler fails to compile. */
export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => Promise<MethodOutput<M>> };

/** Errors cross the bridge as data: Electron's invoke keeps only an Error's message. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** What the preload exposes as `window.callReview` (and the test harness binds the same shape). */
export type CallReviewBridge = {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  /** Absolute path of a dropped file (Electron's webUtils.getPathForFile); '' when unknown. */
  pathForFile(file: File): string;
};

export const methodNames = Object.keys(contract.methods) as MethodName[];
export const isMethodName = (name: unknown): name is MethodName => typeof name === 'string' && Object.hasOwn(contract.methods, name);

export { BRIDGE_CHANNELS } from './channels';
