// While iterating on speaker rules, whisper's output for the eval's inputs can be kept on disk
// (--cache=DIR): whisper is the slow part and its words do not change between tries of the rules.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const cacheDir = process.argv.find((a) => a.startsWith('--cache='))?.split('=')[1] ?? null;

/** `make()`'s result, read from DIR/<key>.json when --cache=DIR holds it, else made and saved there. */
export async function cached<T>(key: string, make: () => Promise<T>): Promise<T> {
  if (!cacheDir) return make();
  const file = join(cacheDir, `${key}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as T;
  const value = await make();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, JSON.stringify(value));
  return value;
}
