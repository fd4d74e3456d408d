import '../media/polyfill';
import { Decoder, Demuxer } from 'node-av/api';
import { Codec, Log } from 'node-av/lib';
import { AV_LOG_QUIET } from 'node-av/constants';

Log.setLevel(AV_LOG_QUIET);

/** Codecs a bundle's audio may use: what the player page can play in every browser. */
const PLAYABLE = new Set(['aac', 'opus', 'libopus', 'vorbis', 'libvorbis']);
/** Longest stretch of decoding between two returns to the event loop. */
const SLICE_MS = 25;

/**
 * Decodes a bundle's audio file end to end (clips are short: a 30 s clip takes tens of milliseconds) and
 * returns its length, or why it is not audio the player can play. Reading the container alone would let
 * through a file whose header is right and whose packets are garbage.
 */
export async function checkClipAudio(path: string): Promise<{ ok: true; durationSec: number } | { ok: false; why: string }> {
  let demuxer: Demuxer;
  try {
    demuxer = await Demuxer.open(path);
  } catch {
    return { ok: false, why: 'it is not an audio file (or it is damaged)' };
  }
  let decoder: Decoder | null = null;
  try {
    const stream = demuxer.audio();
    if (!stream) return { ok: false, why: 'it has no audio track' };
    const codec = Codec.findDecoder(stream.codecpar.codecId)?.name ?? 'unknown';
    if (!PLAYABLE.has(codec)) return { ok: false, why: `its audio is ${codec}, which the player cannot play (AAC, Opus or Vorbis expected)` };
    decoder = await Decoder.create(stream);
    let samples = 0;
    let rate = 0;
    let sliceStart = performance.now();
    for (const frame of decoder.framesSync(demuxer.packetsSync(stream.index))) {
      if (frame === null) break;
      samples += frame.nbSamples;
      rate = frame.sampleRate;
      frame.free();
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    if (samples === 0 || rate === 0) return { ok: false, why: 'it contains no audio that decodes' };
    return { ok: true, durationSec: samples / rate };
  } catch (e) {
    return { ok: false, why: `it does not decode (${(e as Error).message})` };
  } finally {
    decoder?.close();
    await demuxer.close();
  }
}
