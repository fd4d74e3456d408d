import { availableParallelism } from 'node:os';
import type { Handlers } from '../../../shared/contract';
import type { ModelsInfo } from '../../../shared/domain/models';
import { AppError, isAppError } from '../../../shared/errors';
import type { Dialogs } from '../backend';
import type { Settings } from '../settings/settings';
import type { Engine } from '../transcription/pipeline';
import { inspectModelFile } from './modelFile';

/** The model and threads transcription runs with, from Settings. */
export function createModels(deps: { settings: Settings; dialogs: Dialogs; whisperBinary: string }) {
  const threads = () => deps.settings.get().threads ?? Math.max(1, availableParallelism());

  async function info(): Promise<ModelsInfo> {
    const path = deps.settings.get().modelPath;
    if (!path) return { current: null, problem: null, threads: threads(), threadsSetting: deps.settings.get().threads };
    try {
      return { current: await inspectModelFile(path), problem: null, threads: threads(), threadsSetting: deps.settings.get().threads };
    } catch (e) {
      if (!isAppError(e)) throw e;
      return { current: null, problem: e.message, threads: threads(), threadsSetting: deps.settings.get().threads };
    }
  }

  async function engine(): Promise<Engine> {
    const path = deps.settings.get().modelPath;
    if (!path) {
      throw new AppError('MODEL_MISSING', 'Choose a transcription model first (Settings → Transcription model).');
    }
    const model = await inspectModelFile(path);
    return {
      binary: deps.whisperBinary,
      model: model.path,
      modelName: model.name,
      threads: threads(),
      language: model.englishOnly ? 'en' : 'auto',
      dtwPreset: model.dtwPreset,
    };
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
  } satisfies Partial<Handlers>;

  return { engine, handlers };
}
