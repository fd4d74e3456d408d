import { appGpuSession, type GpuSession } from '../transcription/gpu';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Emit, EventPayload, Handlers } from '../../../shared/contract';
import { settingsChanged } from '../../../shared/domain/libraryChange';
import { RECOMMENDED_MODEL, type CatalogueEntry, type CatalogueItem, type ModelsInfo } from '../../../shared/domain/models';
import { AppError, isAppError } from '../../../shared/errors';
import { engineProfile, type Machine } from '../../../shared/transcription/engineProfile';
import type { Dialogs, Fetch, ModelSource } from '../ports';
import type { Settings } from '../settings/settings';
import { quantizeBinaryBeside } from '../transcription/binary';
import { detectMachine } from '../transcription/cpu';
import type { Engine } from '../transcription/pipeline';
import { downloadModel } from './download';
import { engineFor } from './appEngine';
import { removeEightBitCopies, runnableWeights } from './eightBit';
import { inspectModelFile } from './modelFile';

export type ModelsDeps = {
  settings: Settings;
  dialogs: Dialogs;
  whisperBinary: string;
  modelsDir: string;
  source: ModelSource;
  emit: Emit;
  /** Downloads go through this (Electron's net.fetch in the app); Node's fetch when absent. */
  fetch?: Fetch;
  /** Whether the GPU is still allowed and which device ran (the app's session unless given). */
  gpu?: GpuSession;
};

/**
 * The model transcription runs with and how (threads, decoding: the engine profile for this machine and the
 * chosen speed); the catalogue of official models and their downloads.
 */
export function createModelsService(deps: ModelsDeps) {
  const gpu = deps.gpu ?? appGpuSession;
  const downloads = new Map<string, { controller: AbortController; receivedBytes: number }>();
  /** Why the last download of a model failed, until it is tried again (the Settings view may be closed). */
  const failures = new Map<string, string>();
  /** The computer transcription runs on, detected once. */
  let detected: Promise<Machine> | null = null;
  const machine = () => (detected ??= detectMachine());
  /** The profile for this machine and the chosen speed; a thread count the user set still wins. */
  const profile = async () => {
    const { threads, transcriptionSpeed } = deps.settings.get();
    const chosen = engineProfile(await machine(), transcriptionSpeed);
    if (threads === null) return chosen;
    return { ...chosen, threads, why: `${chosen.why} You set ${threads} ${threads === 1 ? 'thread' : 'threads'}: that is used instead.` };
  };
  const entry = (id: string) => {
    const found = deps.source.catalogue.find((e) => e.id === id);
    if (!found) throw new AppError('NOT_FOUND', `There is no model called “${id}” in the catalogue.`);
    return found;
  };
  const installedPath = (e: CatalogueEntry) => join(deps.modelsDir, e.file);
  const sizeOf = (path: string) =>
    stat(path).then(
      (s) => s.size,
      () => null,
    );
  const changed = () => deps.emit('library:changed', settingsChanged('models'));
  const eightBitDir = join(deps.modelsDir, '8-bit');
  /** 8-bit copies being made, by source path: two jobs starting together make one. */
  const making = new Map<string, Promise<string>>();

  async function catalogue(currentPath: string | null): Promise<CatalogueItem[]> {
    return Promise.all(
      deps.source.catalogue.map(async (e): Promise<CatalogueItem> => {
        const download = downloads.get(e.id);
        const installed = (await sizeOf(installedPath(e))) !== null;
        const partial = await sizeOf(`${installedPath(e)}.part`);
        const state = download ? 'downloading' : installed ? 'installed' : partial ? 'partial' : 'available';
        return {
          id: e.id,
          file: e.file,
          bytes: e.bytes,
          englishOnly: e.englishOnly,
          note: e.note,
          recommended: e.id === RECOMMENDED_MODEL,
          state,
          receivedBytes: download?.receivedBytes ?? (installed ? e.bytes : (partial ?? 0)),
          current: installed && currentPath === installedPath(e),
          error: failures.get(e.id) ?? null,
        };
      }),
    );
  }

  /** First run, or the chosen model was deleted: use an installed catalogue model, the recommended first. */
  async function adoptInstalled(): Promise<void> {
    if (deps.settings.get().modelPath) return;
    const files = await readdir(deps.modelsDir).catch(() => [] as string[]);
    const installed = deps.source.catalogue.filter((e) => files.includes(e.file));
    const pick = installed.find((e) => e.id === RECOMMENDED_MODEL) ?? installed[0];
    if (pick) await deps.settings.change({ modelPath: installedPath(pick) });
  }

  async function info(): Promise<ModelsInfo> {
    await adoptInstalled();
    const path = deps.settings.get().modelPath;
    const { threads, why } = await profile();
    const base = {
      threads,
      threadsSetting: deps.settings.get().threads,
      speed: deps.settings.get().transcriptionSpeed,
      machine: await machine(),
      speedWhy: why,
      engineDevice: { device: gpu.device, gpuFailure: gpu.failure },
      catalogue: await catalogue(path),
    };
    if (!path) return { current: null, problem: null, ...base };
    try {
      return { current: await inspectModelFile(path), problem: null, ...base };
    } catch (e) {
      if (!isAppError(e)) throw e;
      return { current: null, problem: e.message, ...base };
    }
  }

  async function engine(): Promise<Engine> {
    await adoptInstalled();
    const path = deps.settings.get().modelPath;
    if (!path) {
      throw new AppError('MODEL_MISSING', 'Choose a transcription model first (Settings → Transcription model).');
    }
    const model = await inspectModelFile(path);
    const p = await profile();
    const weights = await runnableWeights(model, p.eightBit, { quantizeBinary: quantizeBinaryBeside(deps.whisperBinary), dir: eightBitDir, making });
    return await engineFor(p, deps.whisperBinary, model, weights);
  }

  async function download(id: string): Promise<void> {
    const e = entry(id);
    const state = { controller: new AbortController(), receivedBytes: 0 };
    downloads.set(id, state);
    failures.delete(id);
    deps.emit('models:progress', { id, receivedBytes: 0, totalBytes: e.bytes });
    let outcome: EventPayload<'models:finished'>;
    try {
      const path = await downloadModel(e, {
        modelsDir: deps.modelsDir,
        baseUrl: deps.source.baseUrl,
        fetch: deps.fetch,
        signal: state.controller.signal,
        onProgress: ({ receivedBytes, totalBytes }) => {
          // A progress event per percent is plenty for a bar.
          if (Math.floor((100 * receivedBytes) / totalBytes) !== Math.floor((100 * state.receivedBytes) / totalBytes)) {
            deps.emit('models:progress', { id, receivedBytes, totalBytes });
          }
          state.receivedBytes = receivedBytes;
        },
      });
      if (!deps.settings.get().modelPath) await deps.settings.change({ modelPath: path });
      outcome = { id, outcome: 'installed', message: null };
    } catch (err) {
      const cancelled = state.controller.signal.aborted;
      const message = isAppError(err) ? err.message : String(err);
      if (!cancelled) failures.set(id, message);
      outcome = { id, outcome: cancelled ? 'cancelled' : 'failed', message: cancelled ? null : message };
    }
    // Off the running list first, so a refetch prompted by the event sees the final state.
    downloads.delete(id);
    deps.emit('models:finished', outcome);
    changed();
  }

  const handlers = {
    'models:info': info,
    'models:chooseFile': async () => {
      const path = await deps.dialogs.pickModelFile();
      if (path) {
        await inspectModelFile(path); // refuse a file that is not a whisper model before saving it
        await deps.settings.change({ modelPath: path });
      }
      return info();
    },
    'models:setThreads': async ({ threads: n }) => {
      await deps.settings.change({ threads: n });
      return info();
    },
    'models:setSpeed': async ({ speed }) => {
      await deps.settings.change({ transcriptionSpeed: speed });
      return info();
    },
    'models:download': async ({ id }) => {
      entry(id);
      if (!downloads.has(id)) void download(id);
      return info();
    },
    'models:cancelDownload': async ({ id }) => {
      downloads.get(id)?.controller.abort();
      return info();
    },
    'models:use': async ({ id }) => {
      const path = installedPath(entry(id));
      await inspectModelFile(path);
      await deps.settings.change({ modelPath: path });
      return info();
    },
    'models:delete': async ({ id }) => {
      const path = installedPath(entry(id));
      downloads.get(id)?.controller.abort();
      await rm(path, { force: true });
      await rm(`${path}.part`, { force: true });
      await removeEightBitCopies(eightBitDir, path);
      if (deps.settings.get().modelPath === path) await deps.settings.change({ modelPath: null });
      changed();
      return info();
    },
  } satisfies Partial<Handlers>;

  /** On quit: stop the downloads now; their `.part` files stay, so a later download resumes. */
  const shutdown = () => {
    for (const d of downloads.values()) d.controller.abort();
  };

  return { engine, handlers, shutdown };
}
