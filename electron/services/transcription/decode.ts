import '../media/polyfill';
import { Decoder, Demuxer, FilterAPI } from 'node-av/api';
import { Log } from 'node-av/lib';
import { AV_LOG_QUIET } from 'node-av/constants';
import { EnvelopeBuilder, type AudioEnvelope } from '../../../shared/domain/envelope';
import { AppError } from '../../../shared/errors';
import { WavWriter } from './wavWriter';

export const WHISPER_SAMPLE_RATE = 16_000;

export type DecodedTrack = {
  /** 16 kHz mono 16-bit WAV of the channels mixed: what whisper.cpp transcribes. */
  wavPath: string;
  durationSec: number;
  channels: number;
  envelope: AudioEnvelope;
};

Log.setLevel(AV_LOG_QUIET);

/** Longest stretch of decoding between two returns to the event loop. */
const SLICE_MS = 25;

/**
 * Decodes any accepted recording in one streaming pass (FFmpeg through node-av): resampled to 16 kHz,
 * channels kept apart for the envelope (peaks and per-channel energy) and mixed for whisper.
 * Memory stays bounded by one frame plus the envelope (a few floats per 10 ms).
 */
export async function decodeForTranscription(
  input: string,
  wavPath: string,
  options: {
    signal?: AbortSignal;
    onProgress?: (decodedSec: number, totalSec: number) => void;
    /**
     * Also writes each channel alone, channel c to `channelWav(c)`: a voice profile learns one person's
     * channel, found from the envelope once decoded.
     */
    channelWav?: (channel: number) => string;
  } = {},
): Promise<DecodedTrack> {
  const demuxer = await Demuxer.open(input).catch(() => {
    throw new AppError('NOT_AUDIO', 'The recording could not be opened for transcription.');
  });
  const stream = demuxer.audio();
  if (!stream) {
    await demuxer.close();
    throw new AppError('NO_AUDIO_TRACK', 'The recording has no audio track.');
  }
  const channels = stream.codecpar.channelLayout?.nbChannels || stream.codecpar.channels || 1;
  const totalSec = demuxer.duration > 0 ? demuxer.duration : 0;
  const decoder = await Decoder.create(stream);
  const filter = FilterAPI.create(`aresample=${WHISPER_SAMPLE_RATE},aformat=sample_fmts=fltp`);
  const envelope = new EnvelopeBuilder(channels, WHISPER_SAMPLE_RATE);
  const wav = await WavWriter.create(wavPath, WHISPER_SAMPLE_RATE);
  const channelWavs: WavWriter[] = [];
  let samples = 0;
  let sliceStart = performance.now();
  try {
    if (options.channelWav) {
      for (let c = 0; c < channels; c++) channelWavs.push(await WavWriter.create(options.channelWav(c), WHISPER_SAMPLE_RATE));
    }
    // node-av's sync iterators are ~6x faster than its async ones (one native hop per frame instead of
    // several promise round trips); yielding every slice keeps the event loop responsive.
    for (const frame of filter.framesSync(decoder.framesSync(demuxer.packetsSync(stream.index)))) {
      if (frame === null) break;
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
      options.signal?.throwIfAborted();
      const planes = planesOf(frame.data, frame.nbSamples, channels);
      frame.free();
      envelope.push(planes);
      await wav.write(mix(planes));
      for (const [c, channelWav] of channelWavs.entries()) await channelWav.write(planes[c]!);
      samples += planes[0]!.length;
      options.onProgress?.(samples / WHISPER_SAMPLE_RATE, totalSec);
    }
    for (const channelWav of channelWavs) await channelWav.close();
    const { durationSec } = await wav.close();
    return { wavPath, durationSec, channels, envelope: envelope.finish() };
  } catch (e) {
    await wav.abort();
    for (const channelWav of channelWavs) await channelWav.abort();
    throw e;
  } finally {
    filter.close();
    decoder.close();
    await demuxer.close();
  }
}

/** Copies each plane out of FFmpeg's (possibly padded, possibly unaligned) buffers. */
function planesOf(data: Buffer[] | null, nbSamples: number, channels: number): Float32Array[] {
  if (!data) return Array.from({ length: channels }, () => new Float32Array(0));
  return Array.from({ length: channels }, (_, c) => {
    const out = new Float32Array(nbSamples);
    new Uint8Array(out.buffer).set(data[c]!.subarray(0, nbSamples * 4));
    return out;
  });
}

function mix(planes: Float32Array[]): Float32Array {
  if (planes.length === 1) return planes[0]!;
  const out = new Float32Array(planes[0]!.length);
  for (const plane of planes) for (let i = 0; i < out.length; i++) out[i]! += plane[i]! / planes.length;
  return out;
}
