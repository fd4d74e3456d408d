import { copyFile, link, rm } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fsError } from '../fsErrors';

const ASCII = /^[\x20-\x7e]*$/;

/** Printable ASCII only: the same bytes in every code page, so safe on any engine's command line. */
export const isAsciiArgument = (text: string): boolean => ASCII.test(text);

/** What whisper-cli is given: paths it can open, relative to `cwd` or absolute, all ASCII. */
export type EngineFiles = {
  /** The folder whisper-cli runs in: the folder of the caller's output base. */
  cwd: string;
  model: string;
  wav: string;
  outputBase: string;
  /** Where whisper writes its JSON (absolute). */
  outputJson: string;
  /** Removes the links or copies made for this run. */
  dispose: () => Promise<void>;
};

/**
 * Paths whisper-cli can open on every system. On Windows it reads its arguments in the system code page
 * (a "José" or CJK profile folder comes out mangled or as "?") yet opens the model path as UTF-8, so no
 * non-ASCII path may reach its command line. The folder it runs in is given to the OS as Unicode, so:
 * it runs in the folder its output goes to (the call's `.work` folder in the app) and gets
 * - a file in that folder by its relative name, when that is ASCII (the pipeline's own work files are);
 * - any other file by its absolute path, when that is ASCII (a model in an ASCII folder: no copy);
 * - otherwise a hard link to the file in that folder under an ASCII name, or a copy when no link can be
 *   made (another volume, FAT), removed after the run.
 * The output's name becomes ASCII the same way. Short 8.3 names were not used: volumes may have them off.
 */
export async function engineFiles(o: { model: string; wav: string; outputBase: string }): Promise<EngineFiles> {
  const cwd = dirname(o.outputBase);
  const outputBase = isAsciiArgument(basename(o.outputBase)) ? basename(o.outputBase) : 'whisper-output';
  const made: string[] = [];
  const reachable = (file: string, alias: string) => reachableFile(cwd, file, alias, made);
  const dispose = async () => {
    for (const file of made.splice(0)) await rm(file, { force: true });
  };
  try {
    return {
      cwd,
      model: await reachable(o.model, `${outputBase}.model.bin`),
      wav: await reachable(o.wav, `${outputBase}.input.wav`),
      outputBase,
      outputJson: join(cwd, `${outputBase}.json`),
      dispose,
    };
  } catch (e) {
    await dispose();
    throw e;
  }
}

/**
 * `file` as an engine running in `cwd` can be given it (see engineFiles): its relative name, its absolute
 * path, or a hard link (else a copy) named `alias` in `cwd`, whose path is pushed to `made` for removal.
 */
export async function reachableFile(cwd: string, file: string, alias: string, made: string[]): Promise<string> {
  const rel = relative(cwd, file);
  if (isAsciiArgument(rel) && !isAbsolute(rel) && rel.split(sep)[0] !== '..') return rel;
  if (isAsciiArgument(file)) return file;
  const target = join(cwd, alias);
  await rm(target, { force: true });
  made.push(target);
  await link(file, target)
    .catch(() => copyFile(file, target))
    .catch((e: unknown) => {
      throw fsError(e, `Couldn't give the transcription engine ${file} under a name it can read`, cwd);
    });
  return alias;
}
