import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { PainLevel } from '../../../shared/domain/annotations';
import { dequantize, EMBEDDING_DIMS, quantize } from '../../../shared/meaning/vectors';
import { CUE_NAMES, type LocalExample } from '../../../shared/suggestions/learned';
import { fromBase64, toBase64 } from '../../../shared/suggestions/learned/store';
import { SuggestionKind } from '../../../shared/suggestions/types';
import { writeFileAtomic } from '../atomicWrite';
import { keepAside } from './keepAside';
import { digestOf } from './learnedWeights';

/** In the library folder: the examples quote its calls' turns, so they belong to it and move with it. */
export const LOCAL_EXAMPLES_FILE = 'learned-examples.json';

/** A reviewer's verdict as stored: which call and mark it came from (undo removes it) and the example. */
export type LocalRecord = { callId: string; markId: string; local: LocalExample };

const Vector = z
  .string()
  .max(1000)
  .refine((s) => fromBase64(s).length === EMBEDDING_DIMS, `a vector of ${EMBEDDING_DIMS} numbers`);

const LocalFile = z.object({
  version: z.literal(1),
  cues: z.array(z.string()),
  examples: z.array(
    z.object({
      callId: z.string(),
      markId: z.string(),
      kind: SuggestionKind,
      positive: z.boolean(),
      level: PainLevel.optional(),
      side: z.enum(['rep', 'prospect']),
      text: z.string(),
      cues: z.string().regex(/^[01]*$/),
      vector: Vector,
      previous: Vector.nullable(),
    }),
  ),
});

/** `digest`: of the file as read (what retrained weights are matched against), null without one. */
export type ReadOutcome = { records: LocalRecord[]; digest: string | null; notice: string | null };

/**
 * Reads the library's local examples; none when there is no file. A file that does not read (damaged,
 * or from other cues) is kept aside under a new name, never written over, and the notice says where:
 * learning goes on from the shipped model.
 */
export async function readLocalExamples(folder: string): Promise<ReadOutcome> {
  const path = join(folder, LOCAL_EXAMPLES_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { records: [], digest: null, notice: null };
  }
  try {
    const file = LocalFile.parse(JSON.parse(text));
    if (file.cues.join() !== CUE_NAMES.join()) throw new Error('made with other cues');
    const records = file.examples.map((e) => {
      if (e.cues.length !== CUE_NAMES.length) throw new Error('an example with other cues');
      const local: LocalExample = {
        kind: e.kind,
        positive: e.positive,
        example: {
          side: e.side,
          text: e.text,
          cues: [...e.cues].map(Number),
          vector: dequantize(fromBase64(e.vector)),
          previous: e.previous === null ? null : dequantize(fromBase64(e.previous)),
        },
      };
      if (e.level) local.level = e.level;
      return { callId: e.callId, markId: e.markId, local };
    });
    return { records, digest: digestOf(text), notice: null };
  } catch {
    const aside = await keepAside(folder, LOCAL_EXAMPLES_FILE);
    return {
      records: [],
      digest: null,
      notice: `The examples learned from your reviews could not be read; the file was kept aside as ${aside} and suggestions start again from the shipped model.`,
    };
  }
}

/** Saves the examples (atomically: a reader sees the old file or the new one); returns the file's digest. */
export async function writeLocalExamples(folder: string, records: readonly LocalRecord[]): Promise<string> {
  const file: z.input<typeof LocalFile> = {
    version: 1,
    cues: [...CUE_NAMES],
    examples: records.map(({ callId, markId, local: { kind, positive, level, example } }) => ({
      callId,
      markId,
      kind,
      positive,
      ...(level ? { level } : {}),
      side: example.side,
      text: example.text,
      cues: example.cues.join(''),
      vector: toBase64(quantize(example.vector)),
      previous: example.previous ? toBase64(quantize(example.previous)) : null,
    })),
  };
  const text = JSON.stringify(file);
  await writeFileAtomic(join(folder, LOCAL_EXAMPLES_FILE), text);
  return digestOf(text);
}

export async function deleteLocalExamples(folder: string): Promise<void> {
  await rm(join(folder, LOCAL_EXAMPLES_FILE), { force: true });
}
