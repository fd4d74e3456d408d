import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { VoiceAnalysis } from '../../../shared/speakers/diarization';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from '../atomicWrite';
import { fsError } from '../fsErrors';

/** Beside the call's audio: what the speaker models heard, so speakers are re-detected without them. */
export const VOICES_FILE = 'voices.json';

/**
 * One small document: the speech segments and voice windows as JSON, the embeddings as one base64 block
 * of little-endian float32 (a 15-minute call has some hundreds of 192-number embeddings: ~0.5 MB).
 */
const VoicesDocument = z.object({
  schemaVersion: z.literal(1),
  durationSec: z.number().nonnegative(),
  segments: z.array(z.object({ start: z.number(), end: z.number(), track: z.string() })),
  windows: z.array(z.object({ start: z.number(), end: z.number(), segment: z.number().int().nonnegative(), overlapped: z.boolean() })),
  dimension: z.number().int().nonnegative(),
  embeddings: z.string(),
});
type VoicesDocument = z.infer<typeof VoicesDocument>;

export async function writeVoices(callDir: string, analysis: VoiceAnalysis): Promise<void> {
  const dimension = analysis.embeddings[0]?.length ?? 0;
  const floats = new Float32Array(analysis.embeddings.length * dimension);
  analysis.embeddings.forEach((e, i) => floats.set(Array.from(e), i * dimension));
  const doc: VoicesDocument = {
    schemaVersion: 1,
    durationSec: analysis.durationSec,
    segments: analysis.segments,
    windows: analysis.windows,
    dimension,
    embeddings: Buffer.from(floats.buffer).toString('base64'),
  };
  const path = join(callDir, VOICES_FILE);
  await writeFileAtomic(path, JSON.stringify(doc)).catch((e: unknown) => {
    throw fsError(e, "Couldn't keep the call's voices", path);
  });
}

/** The voices kept at transcription, or null when the call has none (transcribed without speaker models). */
export async function readVoices(callDir: string): Promise<VoiceAnalysis | null> {
  const path = join(callDir, VOICES_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw fsError(e, "Couldn't read the call's kept voices", path);
  }
  const damaged = () => new AppError('CORRUPT_DOCUMENT', `This call's kept voices are damaged (${path}): transcribe it again to detect its speakers.`);
  let doc: VoicesDocument;
  try {
    doc = VoicesDocument.parse(JSON.parse(text));
  } catch {
    throw damaged();
  }
  const bytes = Buffer.from(doc.embeddings, 'base64');
  if (bytes.length !== doc.windows.length * doc.dimension * 4) throw damaged();
  // A copy into an aligned buffer: Buffer.from may share an unaligned pool slab.
  const floats = new Float32Array(Uint8Array.from(bytes).buffer);
  const embeddings = doc.windows.map((_, i) => floats.subarray(i * doc.dimension, (i + 1) * doc.dimension));
  return { durationSec: doc.durationSec, segments: doc.segments, windows: doc.windows, embeddings };
}
