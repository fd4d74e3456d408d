import { readdir, stat } from 'node:fs/promises';
import { totalmem } from 'node:os';
import { dirname } from 'node:path';
import { concurrentRuns } from '../../../shared/transcription/concurrentRuns';
import type { ModelFile } from '../../../shared/domain/models';
import { engineProfile, type EngineProfile, type TranscriptionSpeed } from '../../../shared/transcription/engineProfile';
import { quantizeBinaryBeside } from '../transcription/binary';
import { GPU_BACKEND_FILE, appGpuSession } from '../transcription/gpu';
import type { Engine } from '../transcription/pipeline';
import { runnableWeights } from './eightBit';
import { inspectModelFile } from './modelFile';

/** What whisper runs with for a profile and a model, once the weights to run are chosen (runnableWeights). */
export async function engineFor(
  profile: Pick<EngineProfile, 'threads' | 'beamSize' | 'bestOf' | 'flashAttn' | 'wordTiming'>,
  binary: string,
  model: ModelFile,
  weights: { path: string; name: string },
): Promise<Engine> {
  return {
    runs: await runsHere(binary, profile.threads, weights.path),
    binary,
    model: weights.path,
    modelName: weights.name,
    threads: profile.threads,
    language: model.englishOnly ? 'en' : 'auto',
    dtwPreset: profile.wordTiming === 'dtw' ? model.dtwPreset : null,
    decoding: { beamSize: profile.beamSize, bestOf: profile.bestOf, flashAttn: profile.flashAttn },
  };
}

/**
 * Whisper runs at once on this computer (concurrentRuns): its memory, the weights' size, and whether a
 * GPU backend shipped beside whisper-cli may take the work (until a run shows it fell back to the CPU).
 */
async function runsHere(binary: string, threads: number, weights: string): Promise<number> {
  const modelBytes = (await stat(weights)).size;
  const backends = await readdir(dirname(binary)).catch(() => [] as string[]);
  const shipped = backends.some((name) => GPU_BACKEND_FILE.test(name));
  const gpu = shipped && !appGpuSession.cpuOnly && appGpuSession.device !== 'CPU';
  return concurrentRuns({ threads, memoryMb: totalmem() / 1e6, modelBytes, gpu });
}

/**
 * For the command line and bench:engine (the app's models service adds the user's thread setting): the
 * engine the app would run for `speed` (Settings → Transcription speed) with this model, binary and thread
 * count, with its 8-bit copy of the model made in `copies` once, as the app keeps one in its models folder
 * (so making it is not part of a timed run).
 */
export async function appEngine(o: { speed: TranscriptionSpeed; model: string; binary: string; threads: number; copies: string }): Promise<Engine> {
  const profile = { ...engineProfile({ cores: o.threads, features: null }, o.speed), threads: o.threads };
  const source = await inspectModelFile(o.model);
  const weights = await runnableWeights(source, profile.eightBit, { quantizeBinary: quantizeBinaryBeside(o.binary), dir: o.copies });
  return await engineFor(profile, o.binary, source, weights);
}
