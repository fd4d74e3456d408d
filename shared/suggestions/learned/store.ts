import { z } from 'zod';
import { EMBEDDING_DIMS, dequantize, quantize } from '../../meaning/vectors';
import { SuggestionKind } from '../types';
import { CUE_NAMES, FEATURE_COUNT } from './features';
import { LEARNED_LABELS, type LabelledExample, type LearnedWeights } from './model';

/**
 * The learned suggestions' two files, as JSON: the weights (small, 4 decimals) and the base examples the
 * model was trained on (for "close to …" reasons and for retraining on the device), their vectors as
 * 8-bit integers in base64. Both are checked when read: a file from another feature layout is refused.
 */
const Logistic = z.object({ bias: z.number(), weights: z.array(z.number()).length(FEATURE_COUNT) });
const Label = z.enum(LEARNED_LABELS);

export const WeightsFile = z.object({
  version: z.literal(1),
  featureCount: z.literal(FEATURE_COUNT),
  training: z.object({ l2: z.number().nonnegative(), iterations: z.number().int().positive() }),
  models: z.record(Label, Logistic),
  ruleCues: z.record(Label, z.boolean()),
  thresholds: z.record(SuggestionKind, z.number().min(0).max(1).nullable()),
  pivotThreshold: z.number().min(0).max(1).nullable(),
  withdraw: z.object({ digging: z.number().min(0).max(1).nullable(), stakes: z.number().min(0).max(1).nullable() }),
});

export const ExamplesFile = z.object({
  version: z.literal(1),
  cues: z.array(z.string()),
  /** Every vector once, int8 base64; examples point into it (a turn's vector is the next one's previous). */
  vectors: z.array(z.string()),
  examples: z.array(
    z.object({
      call: z.string(),
      side: z.enum(['rep', 'prospect']),
      text: z.string(),
      labels: z.array(Label),
      cues: z.string().regex(/^[01]*$/),
      vector: z.number().int().nonnegative(),
      previous: z.number().int().nonnegative().nullable(),
      afterDoor: z.boolean().optional(),
    }),
  ),
});
export type ExamplesFile = z.infer<typeof ExamplesFile>;

export type StoredExample = LabelledExample & { call: string };

export function readWeights(json: unknown): LearnedWeights {
  return WeightsFile.parse(json) as LearnedWeights;
}

export function toBase64(q: Int8Array): string {
  let s = '';
  for (const b of new Uint8Array(q.buffer, q.byteOffset, q.byteLength)) s += String.fromCharCode(b);
  return btoa(s);
}

export function fromBase64(s: string): Int8Array {
  const bin = atob(s);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

export function writeExamples(examples: readonly StoredExample[]): ExamplesFile {
  const index = new Map<Float32Array, number>();
  const vectors: string[] = [];
  const ref = (v: Float32Array) => {
    if (!index.has(v)) {
      index.set(v, vectors.length);
      vectors.push(toBase64(quantize(v)));
    }
    return index.get(v)!;
  };
  return {
    version: 1,
    cues: [...CUE_NAMES],
    vectors,
    examples: examples.map((e) => ({
      call: e.call,
      side: e.side,
      text: e.text,
      labels: e.labels,
      cues: e.cues.join(''),
      vector: ref(e.vector),
      previous: e.previous ? ref(e.previous) : null,
      ...(e.afterDoor ? { afterDoor: true } : {}),
    })),
  };
}

export function readExamples(json: unknown): StoredExample[] {
  const file = ExamplesFile.parse(json);
  if (file.cues.join() !== CUE_NAMES.join())
    throw new Error('The learned suggestions’ examples were made with other cues; run npm run train:suggestions again.');
  const vectors = file.vectors.map((s) => {
    const q = fromBase64(s);
    if (q.length !== EMBEDDING_DIMS) throw new Error(`A stored example vector has ${q.length} numbers, not ${EMBEDDING_DIMS}.`);
    return dequantize(q);
  });
  const at = (i: number) => {
    const v = vectors[i];
    if (!v) throw new Error(`A stored example points at vector ${i}, which is not in the file.`);
    return v;
  };
  const cueCount = CUE_NAMES.length;
  const bad = file.examples.find((e) => e.cues.length !== cueCount);
  if (bad) throw new Error(`A stored example has ${bad.cues.length} cues, not ${cueCount}.`);
  return file.examples.map((e) => ({
    call: e.call,
    side: e.side,
    text: e.text,
    labels: e.labels,
    cues: [...e.cues].map(Number),
    vector: at(e.vector),
    previous: e.previous === null ? null : at(e.previous),
    ...(e.afterDoor ? { afterDoor: true } : {}),
  }));
}
