import type { FileHandle } from 'node:fs/promises';
import { MODEL_HEADER_BYTES } from '../../../shared/formats/ggml';

/** Bytes per block and values per block of each ggml tensor type whisper.cpp models use. */
const TYPE_SIZES: Record<number, [bytes: number, values: number]> = {
  0: [4, 1], // f32
  1: [2, 1], // f16
  2: [18, 32], // q4_0
  3: [20, 32], // q4_1
  6: [22, 32], // q5_0
  7: [24, 32], // q5_1
  8: [34, 32], // q8_0
  9: [36, 32], // q8_1
  10: [84, 256], // q2_k
  11: [110, 256], // q3_k
  12: [144, 256], // q4_k
  13: [176, 256], // q5_k
  14: [210, 256], // q6_k
  15: [292, 256], // q8_k
  30: [2, 1], // bf16
};

/**
 * Walks a whisper.cpp model file (mel filters, vocabulary, then each tensor's header and data, the layout
 * whisper.cpp's loader reads) and returns the offset where it is cut short, or null when every part is
 * whole. whisper.cpp itself fails on a cut model only when a transcription starts; an unknown tensor type
 * ends the walk as whole (the engine then judges).
 */
export async function truncatedAt(handle: FileHandle, size: number): Promise<number | null> {
  let at = MODEL_HEADER_BYTES;
  const int32 = async (): Promise<number | null> => {
    const b = new Uint8Array(4);
    const { bytesRead } = await handle.read(b, 0, 4, at);
    if (bytesRead < 4) return null;
    at += 4;
    return new DataView(b.buffer).getInt32(0, true);
  };
  const nMel = await int32();
  const nFft = await int32();
  if (nMel === null || nFft === null) return at;
  at += 4 * nMel * nFft;
  const nVocab = await int32();
  if (nVocab === null || at > size) return Math.min(at, size);
  // The vocabulary: one read of a generous window, then length-prefixed words.
  const window = new Uint8Array(Math.min(size - at, 4 * 1024 * 1024));
  await handle.read(window, 0, window.length, at);
  const view = new DataView(window.buffer);
  let v = 0;
  for (let i = 0; i < nVocab; i++) {
    if (v + 4 > window.length) return v + at >= size ? size : null; // a vocabulary larger than the window: not judged
    v += 4 + view.getUint32(v, true);
  }
  at += v;
  if (at > size) return size;
  while (at < size) {
    const nDims = await int32();
    const nameLength = await int32();
    const type = await int32();
    if (nDims === null || nameLength === null || type === null || nDims < 1 || nDims > 4) return at;
    let values = 1;
    for (let d = 0; d < nDims; d++) {
      const n = await int32();
      if (n === null) return at;
      values *= n;
    }
    at += nameLength;
    const sizes = TYPE_SIZES[type];
    if (!sizes) return null;
    at += (values / sizes[1]) * sizes[0];
    if (at > size) return size;
  }
  return null;
}
