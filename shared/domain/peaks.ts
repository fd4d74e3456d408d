import type { PeaksInfo } from './call';

/** What wavesurfer 7 takes instead of decoding: one array per channel, values in [-1, 1]. */
export type DecodedPeaks = { peaks: Float32Array[]; duration: number };

/**
 * Reads the cached waveform (peaks.bin, written by the transcription pipeline): Int8 [min, max] pairs
 * per bucket, one channel after the other, scaled to -127..127. Each channel stays interleaved
 * [min, max, min, max, …]: wavesurfer draws a pixel from the largest |value| it covers, so the pairs
 * give the true envelope at any zoom without being merged here.

 */
export function decodePeaks(bytes: ArrayBuffer, info: Pick<PeaksInfo, 'channels' | 'buckets' | 'bucketsPerSecond'>): DecodedPeaks {
  const perChannel = info.buckets * 2;
  const expected = perChannel * info.channels;
  if (bytes.byteLength < expected) {
    throw new Error(`The waveform file is incomplete (${bytes.byteLength} of ${expected} bytes).`);
  }
  const all = new Int8Array(bytes, 0, expected);
  const peaks = Array.from({ length: info.channels }, (_, c) => {
    const channel = new Float32Array(perChannel);
    for (let i = 0; i < perChannel; i++) channel[i] = all[c * perChannel + i]! / 127;
    return channel;
  });
  return { peaks, duration: info.buckets / info.bucketsPerSecond };
}
