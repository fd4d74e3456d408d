import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Emit, Handlers } from '../../../shared/contract';
import { callsChanged, settingsChanged, type LibraryChange } from '../../../shared/domain/libraryChange';
import { AppError } from '../../../shared/errors';
import { TEXT_MODEL_FILE_NAMES, TEXT_MODEL_ID, type MeaningInfo, type TextModelSource } from '../../../shared/meaning/textModel';
import { currentRows } from '../../../shared/meaning/turnVectors';
import { EMBEDDING_DIMS } from '../../../shared/meaning/vectors';
import type { LibraryRef } from '../library/ref';
import type { Dialogs, Fetch } from '../ports';
import type { Settings } from '../settings/settings';
import { createTextModelDownload } from './download';
import { createMeaningJobs, turnTexts } from './jobs';
import { createMeaningSearch } from './search';
import { readTurnVectors } from './store';
import type { TextModelFiles } from './textEmbedder';
import { createMeaningWorker } from './workerHost';

export type MeaningDeps = {
  ref: Pick<LibraryRef, 'get'>;
  settings: Settings;
  dialogs: Pick<Dialogs, 'pickFolder'>;
  emit: Emit;
  /** The app's models folder, where the downloaded text model is installed. */
  modelsDir: string;
  /** Where the text model downloads from: the official files unless a test serves others. */
  source: TextModelSource;
  fetch?: Fetch;
};

const exists = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/**
 * Understanding by meaning: the text model (downloaded or chosen on disk, Settings) and the vectors of
 * every call's turns, computed in the background and kept current as transcripts change. Without the
 * model nothing is computed and nothing else changes.
 */
export function createMeaningService(deps: MeaningDeps) {
  const { ref, settings, emit } = deps;
  const worker = createMeaningWorker();
  const changed = () => emit('library:changed', settingsChanged('textModel'));

  /** Loads the files in the worker and embeds a word: refuses anything that is not a 384-number sentence model. */
  async function check(files: TextModelFiles): Promise<void> {
    for (const [kind, path] of Object.entries(files)) {
      if (!(await exists(path)))
        throw new AppError('MODEL_MISSING', `The text model's ${TEXT_MODEL_FILE_NAMES[kind as keyof TextModelFiles]} is missing: ${path}`);
    }
    const [vector] = await worker.embed(files, ['check']);
    if (vector?.length !== EMBEDDING_DIMS) {
      throw new AppError(
        'MODEL_UNUSABLE',
        `This is not the all-MiniLM-L6-v2 text model (its vectors have ${vector?.length ?? 0} numbers, not ${EMBEDDING_DIMS}).`,
      );
    }
  }

  /** The files in use when all three are there (moved or deleted files: a problem, no vectors). */
  async function inUse(): Promise<{ files: TextModelFiles | null; problem: string | null }> {
    const files = settings.get().textModel;
    if (!files) return { files: null, problem: null };
    for (const path of Object.values(files)) {
      if (!(await exists(path))) return { files, problem: `The text model's files were moved or deleted (${path}). Download it again or choose its folder.` };
    }
    return { files, problem: null };
  }

  const search = createMeaningSearch({
    ref,
    embed: async (text) => {
      const { files, problem } = await inUse();
      if (!files || problem) return null;
      const [vector] = await worker.embed(files, [text]);
      return vector ?? null;
    },
  });
  const jobs = createMeaningJobs({
    ref,
    worker,
    files: async () => {
      const { files, problem } = await inUse();
      return problem ? null : files;
    },
    emit,
    onStored: (callId) => void search.load(callId),
  });
  const download = createTextModelDownload({
    settings,
    modelsDir: deps.modelsDir,
    source: deps.source,
    emit,
    fetch: deps.fetch,
    check,
    onInstalled: () => jobs.catchUp(),
  });

  async function info(): Promise<MeaningInfo> {
    const { files, problem } = await inUse();
    return { files, ready: files !== null && problem === null, problem, download: await download.status(), progress: jobs.progress() };
  }

  /** The three files in a folder chosen on disk (the repository's layout, model in onnx/, also fits). */
  async function filesIn(folder: string): Promise<TextModelFiles> {
    const model = (await exists(join(folder, TEXT_MODEL_FILE_NAMES.model)))
      ? join(folder, TEXT_MODEL_FILE_NAMES.model)
      : join(folder, 'onnx', TEXT_MODEL_FILE_NAMES.model);
    const files = { model, tokenizer: join(folder, TEXT_MODEL_FILE_NAMES.tokenizer), tokenizerConfig: join(folder, TEXT_MODEL_FILE_NAMES.tokenizerConfig) };
    const absent: string[] = [];
    for (const [kind, path] of Object.entries(files)) if (!(await exists(path))) absent.push(TEXT_MODEL_FILE_NAMES[kind as keyof TextModelFiles]);
    if (absent.length > 0) {
      throw new AppError(
        'MODEL_MISSING',
        `This folder does not hold the text model: ${absent.join(', ')} ${absent.length === 1 ? 'is' : 'are'} missing (${folder}).`,
      );
    }
    return files;
  }

  const handlers = {
    'meaning:info': info,
    'meaning:download': async () => {
      download.start();
      return info();
    },
    'meaning:cancelDownload': async () => {
      download.cancel();
      return info();
    },
    'meaning:chooseFolder': async () => {
      const folder = await deps.dialogs.pickFolder();
      if (folder) {
        const files = await filesIn(folder);
        await check(files); // refuse files that are not this model before saving them
        await settings.change({ textModel: files });
        changed();
        jobs.catchUp();
      }
      return info();
    },
    /** Stops the work, forgets the files in use and deletes the downloaded ones; the calls' vectors stay. */
    'meaning:remove': async () => {
      jobs.cancelAll();
      await download.remove();
      await settings.change({ textModel: null });
      changed();
      return info();
    },
    'calls:turnVectors': async ({ callId }) => {
      const library = ref.get();
      if (!library.list().some((c) => c.id === callId)) throw new AppError('NOT_FOUND', 'This call is no longer in the library.');
      const [stored, turns] = await Promise.all([readTurnVectors(library.callDir(callId)), turnTexts(library, callId)]);
      // Only rows whose turn still has the text they were computed from (an edit not yet recomputed has none).
      const rows = stored && turns && stored.modelId === TEXT_MODEL_ID ? currentRows(stored, turns) : null;
      if (!rows || rows.turnIds.length === 0) return null;
      const bytes = Buffer.from(rows.vectors.buffer, rows.vectors.byteOffset, rows.vectors.byteLength);
      return { modelId: rows.modelId, dims: rows.dims, turnIds: rows.turnIds, vectors: bytes.toString('base64') };
    },
  } satisfies Partial<Handlers>;

  /** Recomputes the calls a change names: new or edited transcripts; a deleted call's work stops. */
  function observeChange(change: LibraryChange): void {
    if (change.calls === null) {
      jobs.cancelAll(); // another library (or a rebuilt index): check every call of the one in use now
      jobs.catchUp();
      return;
    }
    if (!change.parts.includes('transcript')) return;
    const listed = new Set(
      ref
        .get()
        .list()
        .map((c) => c.id),
    );
    const gone = change.calls.filter((id) => !listed.has(id));
    jobs.cancel(gone);
    for (const id of gone) search.remove(id);
    jobs.enqueue(change.calls.filter((id) => listed.has(id)));
  }

  return {
    handlers,
    /** Search by meaning over the library's turn vectors (the search service's meaning queries). */
    search,
    /** An emit that also keeps the vectors current. */
    emitting(next: Emit): Emit {
      return (event, payload) => {
        if (event === 'library:changed') observeChange(payload as LibraryChange);
        next(event, payload);
      };
    },
    /** Transcript edits send no change event (the page that made them shows them): recompute them too. */
    observe(all: Handlers): Handlers {
      const edit = all['transcript:edit'];
      return {
        ...all,
        'transcript:edit': async (input) => {
          const out = await edit(input);
          observeChange(callsChanged('edit', [input.callId], ['transcript']));
          return out;
        },
      };
    },
    /** The startup pass: calls with a transcript but no (or stale) vectors get them, in the background. */
    start: () => jobs.catchUp(),
    /** Resolves once the background work is done (tests). */
    settled: () => jobs.settled(),
    shutdown(): void {
      download.shutdown();
      jobs.cancelAll();
    },
    /** After shutdown: the model's thread ends once its batch in hand has answered. */
    close: async () => {
      await search.close();
      await worker.release();
    },
  };
}
