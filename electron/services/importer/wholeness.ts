import { open } from 'node:fs/promises';
import { oggLastPageEndsStream } from '../../../shared/formats/ogg';

/** The largest Ogg page (27-byte header, 255 segments of 255 bytes) and then some. */
const OGG_TAIL_BYTES = 70_000;

/** Whether an Ogg file stops before its stream's end: its last page is cut, or does not close the stream. */
export async function oggEndMissing(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, OGG_TAIL_BYTES);
    const tail = new Uint8Array(length);
    await handle.read(tail, 0, length, size - length);
    return oggLastPageEndsStream(tail) === false;
  } finally {
    await handle.close();
  }
}

/**
 * Whether a file FFmpeg could not open is an MP4/M4A whose index (the `moov` box) is missing: recorders
 * and most encoders write it last, so a recording or copy cut short has the audio (`mdat`) and no index.
 */
export async function mp4WithoutIndex(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const { size } = await handle.stat();
    const box = new Uint8Array(16);
    const view = new DataView(box.buffer);
    const types: string[] = [];
    for (let at = 0; at + 8 <= size && types.length < 1000;) {
      const { bytesRead } = await handle.read(box, 0, 16, at);
      if (bytesRead < 8) break;
      const type = String.fromCharCode(...box.subarray(4, 8));
      if (at === 0 && type !== 'ftyp') return false;
      types.push(type);
      const small = view.getUint32(0);
      const length = small === 1 && bytesRead >= 16 ? Number(view.getBigUint64(8)) : small === 0 ? size - at : small;
      if (length < 8) return false; // not boxes after all
      at += length;
    }
    return types.includes('mdat') && !types.includes('moov');
  } finally {
    await handle.close();
  }
}
