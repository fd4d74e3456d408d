import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeTurnVectors, encodeTurnVectors, type TurnVectors } from '../../../shared/meaning/turnVectors';
import { writeFileAtomic } from '../atomicWrite';

/** A call's turn vectors, in its folder beside the transcript (shared/meaning/turnVectors.ts has the layout). */
export const MEANING_FILE = 'meaning.bin';

/**
 * The stored vectors, or null when there are none yet or the file is damaged: they are only ever a cache
 * of what the transcript and the model give, so a damaged file is computed again, never reported.
 */
export async function readTurnVectors(callDir: string): Promise<TurnVectors | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(callDir, MEANING_FILE));
  } catch {
    return null;
  }
  try {
    return decodeTurnVectors(bytes);
  } catch {
    return null;
  }
}

/** Written whole or not at all (a reader sees the old vectors or the new ones). */
export async function writeTurnVectors(callDir: string, vectors: TurnVectors): Promise<void> {
  await writeFileAtomic(join(callDir, MEANING_FILE), encodeTurnVectors(vectors));
}

export async function removeTurnVectors(callDir: string): Promise<void> {
  await rm(join(callDir, MEANING_FILE), { force: true });
}

/** For the search by meaning: one call's vectors (int8 rows, `dims` each, in `turnIds` order), or null. */
export async function readCallVectors(callDir: string): Promise<{ turnIds: string[]; textHashes: string[]; vectors: Int8Array; dims: number } | null> {
  const stored = await readTurnVectors(callDir);
  return stored && { turnIds: stored.turnIds, textHashes: stored.textHashes, vectors: stored.vectors, dims: stored.dims };
}
