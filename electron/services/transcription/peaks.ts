import { join } from 'node:path';
import type { PeaksInfo } from '../../../shared/domain/call';
import type { AudioEnvelope } from '../../../shared/domain/envelope';
import { writeFileAtomic } from '../atomicWrite';

export const PEAKS_FILE = 'peaks.bin';

/**
 * Caches the waveform beside the call's audio: Int8 [min, max] pairs, channel after channel.
 * The renderer fetches it through the media protocol and never decodes the recording.
 */
export async function writePeaks(callDir: string, envelopes: AudioEnvelope[]): Promise<PeaksInfo> {
  const channels = envelopes.flatMap((e) => e.peaks);
  const buckets = Math.max(...channels.map((c) => c.length / 2));
  const bytes = new Int8Array(buckets * 2 * channels.length);
  channels.forEach((c, i) => bytes.set(c, i * buckets * 2));
  await writeFileAtomic(join(callDir, PEAKS_FILE), bytes);
  return { file: PEAKS_FILE, bucketsPerSecond: envelopes[0]!.bucketsPerSecond, channels: channels.length, buckets };
}
