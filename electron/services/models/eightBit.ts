import { execFile } from 'node:child_process';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import type { ModelFile } from '../../../shared/domain/models';
import { fsError } from '../fsErrors';
import { reachableFile } from '../transcription/enginePaths';
import { inspectModelFile } from './modelFile';

const run = promisify(execFile);
/** Precisions worth converting: the official full models. Quantized ones are used as they are. */
const FULL_PRECISION = new Set<ModelFile['precision']>(['f16', 'f32']);

export type EightBitOptions = {
  /** whisper.cpp's whisper-quantize, shipped beside whisper-cli. */
  quantizeBinary: string;
  /** Where copies are kept (the models folder's `8-bit` folder). */
  dir: string;
};

/**
 * The q8_0 copy of a full-precision model, made once by whisper-quantize and kept (bench:engine: the same
 * word error, ~6 % faster, half the memory of f16). Named after the source's name, size and modification
 * time, so a replaced model gets a new copy; older copies of the same model are removed. Written under a
 * temporary name and renamed when whole and checked, so a crash never leaves a half copy in use.
 * Returns the model's own path when it is already quantized.
 */
export async function eightBitCopy(model: ModelFile, o: EightBitOptions): Promise<string> {
  if (!FULL_PRECISION.has(model.precision)) return model.path;
  const source = await stat(model.path);
  const stem = basename(model.path).replace(/\.bin$/i, '');
  const name = `${stem}.${source.size}-${Math.floor(source.mtimeMs)}.q8_0.bin`;
  const out = join(o.dir, name);
  if (await isEightBit(out)) return out;

  await mkdir(o.dir, { recursive: true }).catch((e: unknown) => {
    throw fsError(e, 'Couldn’t make the folder for the 8-bit model', o.dir);
  });
  // whisper-quantize, like whisper-cli, reads its arguments in the system code page on Windows: it runs in
  // `dir` and is given ASCII names only (a link to the model when its path is not ASCII).
  const partial = 'q8_0.bin.part';
  const made: string[] = [];
  try {
    const input = await reachableFile(o.dir, model.path, 'q8_0.source.bin', made);
    await run(o.quantizeBinary, [input, partial, 'q8_0'], { cwd: o.dir, maxBuffer: 16 * 1024 * 1024 }).catch((e: unknown) => {
      // A missing tool is not a missing model or folder: say which file is absent.
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`whisper-quantize is missing (${o.quantizeBinary})`);
      throw e;
    });
    if (!(await isEightBit(join(o.dir, partial)))) throw new Error('whisper-quantize wrote no usable q8_0 model');
    await rename(join(o.dir, partial), out);
  } catch (e) {
    await rm(join(o.dir, partial), { force: true });
    throw fsError(e, `Couldn’t make an 8-bit copy of “${basename(model.path)}”`, o.dir);
  } finally {
    for (const file of made) await rm(file, { force: true });
  }
  await removeOlderCopies(o.dir, stem, name);
  return out;
}

/**
 * The weights a job runs: the model's 8-bit copy when `eightBit` asks for one (named "… (8-bit)"), the
 * model as it is otherwise or when the copy can't be made (logged: slower, never a failed job). Copies
 * in the making are shared through `making`, by source path, so two jobs starting together make one.
 */
export async function runnableWeights(
  model: ModelFile,
  eightBit: boolean,
  o: EightBitOptions & { making?: Map<string, Promise<string>> },
): Promise<{ path: string; name: string }> {
  if (!eightBit) return { path: model.path, name: model.name };
  let copy = o.making?.get(model.path);
  if (!copy) {
    copy = eightBitCopy(model, o).finally(() => o.making?.delete(model.path));
    o.making?.set(model.path, copy);
  }
  try {
    const path = await copy;
    return { path, name: path === model.path ? model.name : `${model.name} (8-bit)` };
  } catch (e) {
    console.warn(`${e instanceof Error ? e.message : String(e)}; transcribing with the model as it is`);
    return { path: model.path, name: model.name };
  }
}

async function isEightBit(path: string): Promise<boolean> {
  return inspectModelFile(path).then(
    (m) => m.precision === 'q8_0',
    () => false,
  );
}

/** Removes a model's 8-bit copies (the model was deleted). */
export async function removeEightBitCopies(dir: string, modelPath: string): Promise<void> {
  await removeOlderCopies(dir, basename(modelPath).replace(/\.bin$/i, ''), null).catch(() => {});
}

async function removeOlderCopies(dir: string, stem: string, keep: string | null): Promise<void> {
  const copy = new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.\\d+-\\d+\\.q8_0\\.bin$`);
  for (const file of await readdir(dir)) {
    if (file !== keep && copy.test(file)) await rm(join(dir, file), { force: true });
  }
}
