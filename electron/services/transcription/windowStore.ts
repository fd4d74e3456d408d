import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { Word } from '../../../shared/domain/transcript';
import { writeFileAtomic } from '../atomicWrite';
import type { WhisperResult } from './whisperCli';

/**
 * Each finished window's transcript, kept in the call's work folder until the call is transcribed, so a
 * job stopped part way (quit, crash, a stall that failed the job) goes on from the next window. The
 * results are only reused for the same job: same audio, window plan, model and settings (`key`), else
 * they are dropped.
 */
const WindowResult = z.object({
  language: z.string().nullable(),
  segments: z.array(z.object({ start: z.number(), end: z.number(), text: z.string(), words: z.array(Word) })),
  withoutDtw: z.boolean(),
});

export type WindowStore = {
  /** The window's saved result, or null when it has none (or an unreadable one: it runs again). */
  load(index: number): Promise<WhisperResult | null>;
  save(index: number, result: WhisperResult): Promise<void>;
};

const KEY_FILE = 'job.json';

export async function openWindowStore(dir: string, key: unknown): Promise<WindowStore> {
  const keyText = JSON.stringify(key);
  const saved = await readFile(join(dir, KEY_FILE), 'utf8').catch(() => null);
  if (saved !== keyText) {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await writeFileAtomic(join(dir, KEY_FILE), keyText);
  }
  const file = (index: number) => join(dir, `window-${String(index + 1).padStart(3, '0')}.json`);
  return {
    async load(index) {
      const text = await readFile(file(index), 'utf8').catch(() => null);
      if (text === null) return null;
      try {
        return WindowResult.parse(JSON.parse(text));
      } catch {
        return null;
      }
    },
    // Atomic: a crash mid-write leaves the window unsaved, never half saved.
    save: (index, result) => writeFileAtomic(file(index), JSON.stringify(result)),
  };
}
