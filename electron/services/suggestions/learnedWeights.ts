import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { readWeights, type LearnedWeights } from '../../../shared/suggestions/learned';
import shippedWeightsJson from '../../../shared/suggestions/learned/weights.json';
import { writeFileAtomic } from '../atomicWrite';
import { keepAside } from './keepAside';

/** In the library folder beside the examples they were trained from, so they move with them. */
export const LEARNED_WEIGHTS_FILE = 'learned-weights.json';

export const digestOf = (text: string): string => createHash('sha256').update(text).digest('hex');

let shipped: string | null = null;
/**
 * The shipped model's identity. The weights file alone: `npm run train:suggestions` writes it with the
 * examples, deterministically trained from them, so new shipped examples mean new shipped weights. The
 * examples themselves (1.8 MB) stay out of the main process: only the training worker reads them.
 */
export function shippedIdentity(): string {
  shipped ??= digestOf(JSON.stringify(shippedWeightsJson));
  return shipped;
}

const LearnedWeightsFile = z.object({
  version: z.literal(1),
  /** What the weights were trained from: the shipped model and the local examples file, by digest. */
  trainedFrom: z.object({ shipped: z.string(), examples: z.string() }),
  /** Checked by the shipped weights' own schema (readWeights). */
  weights: z.unknown(),
});

export type StoredWeights = { weights: LearnedWeights | null; notice: string | null };

/**
 * The weights last retrained from the local examples whose file has this digest; none when there is no
 * file or it was trained from other examples or another shipped model (a retraining replaces it). A file
 * that does not read is kept aside under a new name, with a notice saying where.
 */
export async function readLearnedWeights(folder: string, examplesDigest: string): Promise<StoredWeights> {
  let text: string;
  try {
    text = await readFile(join(folder, LEARNED_WEIGHTS_FILE), 'utf8');
  } catch {
    return { weights: null, notice: null };
  }
  try {
    const file = LearnedWeightsFile.parse(JSON.parse(text));
    // Weights of another shipped model (an older app's, maybe of another feature layout) are stale, not damaged.
    const current = file.trainedFrom.shipped === shippedIdentity() && file.trainedFrom.examples === examplesDigest;
    return { weights: current ? readWeights(file.weights) : null, notice: null };
  } catch {
    const aside = await keepAside(folder, LEARNED_WEIGHTS_FILE);
    return {
      weights: null,
      notice: `The suggestions retrained from your reviews could not be read; the file was kept aside as ${aside} and they are trained again from your examples.`,
    };
  }
}

/** Saves the weights trained from the local examples file of this digest (atomically). */
export async function writeLearnedWeights(folder: string, weights: LearnedWeights, examplesDigest: string): Promise<void> {
  const file: z.infer<typeof LearnedWeightsFile> = { version: 1, trainedFrom: { shipped: shippedIdentity(), examples: examplesDigest }, weights };
  await writeFileAtomic(join(folder, LEARNED_WEIGHTS_FILE), JSON.stringify(file));
}

export async function deleteLearnedWeights(folder: string): Promise<void> {
  await rm(join(folder, LEARNED_WEIGHTS_FILE), { force: true });
}
