/**
 * Reads a RIFF/WAVE header far enough to find the data chunk: where it starts and how many bytes it
 * declares. FFmpeg estimates a truncated WAV's duration from the file size, so this is how we notice one.
 * Returns null for anything that is not a RIFF/WAVE header or has no data chunk in `head`.
 */
export function readWavDataChunk(head: Uint8Array): { dataOffset: number; declaredBytes: number } | null {
  if (head.length < 12 || ascii(head, 0, 4) !== 'RIFF' || ascii(head, 8, 4) !== 'WAVE') return null;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let offset = 12;
  while (offset + 8 <= head.length) {
    const id = ascii(head, offset, 4);
    const size = view.getUint32(offset + 4, true);
    if (id === 'data') return { dataOffset: offset + 8, declaredBytes: size };
    offset += 8 + size + (size % 2); // chunks are word-aligned
  }
  return null;
}

/** Writers that stream (or crash) often leave 0 or 0xFFFFFFFF as the data size: it tells nothing. */
export const isPlaceholderWavSize = (declaredBytes: number): boolean => declaredBytes === 0 || declaredBytes === 0xffffffff;

const ascii = (bytes: Uint8Array, start: number, length: number): string => String.fromCharCode(...bytes.subarray(start, start + length));
