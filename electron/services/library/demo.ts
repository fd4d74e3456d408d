import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEMO_CALL_ID, type CallSummary } from '../../../shared/domain/call';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from '../atomicWrite';
import { fsError } from '../fsErrors';
import type { Library } from './library';
import { CALL_FILE, TRANSCRIPT_FILE, callSpec, transcriptSpec } from './schema';

/**
 * The demo call the app ships (resources/demo/, written by scripts/demo/make-demo.ts): a finished review a
 * new user can open before importing anything. Its folder holds a call's document, transcript, audio and
 * peaks in the library's own formats, so adding it is copying a call folder in.
 */
export { DEMO_CALL_ID };

/** The shipped demo, read and checked against the library's schemas. */
async function readShippedDemo(demoDir: string) {
  const read = async <T>(file: string, parse: (value: unknown) => T): Promise<T> => {
    try {
      return parse(JSON.parse(await readFile(join(demoDir, file), 'utf8')));
    } catch (e) {
      if (e instanceof SyntaxError || (e instanceof Error && e.name === 'ZodError')) {
        throw new AppError('CORRUPT_DOCUMENT', `The demo call that came with Call Review is damaged (${join(demoDir, file)}).`);
      }
      throw fsError(e, "Couldn't read the demo call that came with Call Review", demoDir);
    }
  };
  const doc = await read(CALL_FILE, (v) => callSpec.schema.parse(v));
  const transcript = await read(TRANSCRIPT_FILE, (v) => transcriptSpec.schema.parse(v));
  return { doc, transcript };
}

/** Copies the shipped demo in as a new call (it must not be in the library). */
async function addDemo(library: Library, demoDir: string): Promise<CallSummary> {
  const { doc, transcript } = await readShippedDemo(demoDir);
  const call = { ...doc.call, id: DEMO_CALL_ID, demo: true, importedAt: new Date().toISOString() };
  const staging = await library.createStaging();
  try {
    for (const file of [...call.tracks.map((t) => t.file), ...(call.peaks ? [call.peaks.file] : [])]) {
      await copyFile(join(demoDir, file), join(staging.dir, file));
    }
    await writeFileAtomic(join(staging.dir, CALL_FILE), JSON.stringify({ ...doc, call }, null, 2));
    await writeFileAtomic(join(staging.dir, TRANSCRIPT_FILE), JSON.stringify(transcript, null, 2));
    return await library.commit(staging.dir, call);
  } catch (e) {
    await library.discardStaging(staging.dir);
    throw e;
  }
}

/**
 * First run: a new, empty library gets the demo once. Deleting it is final (only Reset brings it back); a
 * library that already has calls (a team's shared folder, chosen in Settings) never gets it, so one
 * person's first run does not put a demo in front of the whole team; a library opened read-only is left alone.
 */
export async function seedDemoOnce(library: Library, demoDir: string): Promise<boolean> {
  if (library.problem() || library.demoSeeded()) return false;
  const calls = library.list();
  if (calls.length > 0 && !calls.some((c) => c.id === DEMO_CALL_ID)) {
    await library.markDemoSeeded();
    return false;
  }
  if (calls.length === 0) await addDemo(library, demoDir);
  await library.markDemoSeeded();
  return true;
}

/** Puts the shipped demo back as it came, over an edited or deleted one. */
export async function resetDemo(library: Library, demoDir: string): Promise<CallSummary> {
  await readShippedDemo(demoDir); // a damaged demo must not cost the user the one they have
  if (library.list().some((c) => c.id === DEMO_CALL_ID)) await library.remove(DEMO_CALL_ID);
  const summary = await addDemo(library, demoDir);
  if (!library.demoSeeded()) await library.markDemoSeeded();
  return summary;
}
