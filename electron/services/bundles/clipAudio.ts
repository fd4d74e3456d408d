import '../media/polyfill';
import { rm, stat } from 'node:fs/promises';
import { Decoder, Demuxer, Encoder, FilterComplexAPI, Muxer } from 'node-av/api';
import type { Frame } from 'node-av/lib';
import { Codec, FFmpegError, Log } from 'node-av/lib';
import { AVSEEK_FLAG_BACKWARD, AV_LOG_QUIET, FF_ENCODER_AAC, FF_ENCODER_LIBOPUS } from 'node-av/constants';
import { AppError } from '../../../shared/errors';

Log.setLevel(AV_LOG_QUIET);

/** What a bundle's clips are encoded to: a codec and container every current browser plays. */
export type ClipAudioFormat = {
  encoder: typeof FF_ENCODER_AAC | typeof FF_ENCODER_LIBOPUS;
  ext: 'm4a' | 'webm';
  mime: string;
  muxer: 'ipod' | 'webm';
  /** The sample layout the encoder takes (the graph converts to it). */
  sampleFormat: 'fltp' | 'flt';
};

export const AAC_M4A: ClipAudioFormat = { encoder: FF_ENCODER_AAC, ext: 'm4a', mime: 'audio/mp4', muxer: 'ipod', sampleFormat: 'fltp' };
export const OPUS_WEBM: ClipAudioFormat = { encoder: FF_ENCODER_LIBOPUS, ext: 'webm', mime: 'audio/webm', muxer: 'webm', sampleFormat: 'flt' };

/**
 * AAC in MP4 plays in Safari, Chrome, Firefox and Edge (Opus in WebM only in Safari 15+ and not on older
 * iPhones), so it is preferred; FFmpeg's own `aac` encoder is in every node-av build we ship. Opus in WebM
 * is the fallback for a build without it.
 */
export function clipAudioFormat(): ClipAudioFormat {
  if (Codec.findEncoderByName(AAC_M4A.encoder)) return AAC_M4A;
  if (Codec.findEncoderByName(OPUS_WEBM.encoder)) return OPUS_WEBM;
  throw new AppError('INTERNAL', 'This build of Call Review has neither an AAC nor an Opus encoder, so clips cannot be exported.');
}

/** 48 kHz: what both encoders and every browser take, whatever the call was recorded at (8 kHz phones too). */
const SAMPLE_RATE = 48_000;
/** Speech stays clear at these rates; a 30 s stereo clip is about 360 KB. */
const BITRATE = { 1: 64_000, 2: 96_000 } as const;
/** Decoding starts this much before the clip (then trimmed exactly), so codecs with pre-roll start clean. */
const PREROLL_SEC = 0.5;
/** Longest stretch of work between two returns to the event loop. */
const SLICE_MS = 25;

export type ClipAudioResult = { path: string; durationSec: number; channels: number; bytes: number };

/**
 * Cuts [start, end] (seconds of the call) out of a call's audio and encodes it to `output` in `format`.
 * Streaming: each input is seeked to just before `start` and read until `end`, so a 30 s clip of an
 * hour-long call decodes about 30 s of audio. Several inputs (a call recorded as one track per speaker) are
 * mixed into one; channels are kept (stereo stays stereo), capped at two. On failure or cancel `output` is
 * removed.
 */
export async function cutClipAudio(options: {
  inputs: readonly string[];
  start: number;
  end: number;
  output: string;
  format?: ClipAudioFormat;
  signal?: AbortSignal;
}): Promise<ClipAudioResult> {
  const { inputs, start, end, output, signal } = options;
  const format = options.format ?? clipAudioFormat();
  if (inputs.length === 0) throw new AppError('INVALID_INPUT', 'A clip needs at least one audio file to cut from.');
  if (!(end > start) || start < 0) throw new AppError('INVALID_INPUT', `A clip must end after it starts (${start} s to ${end} s).`);

  const sources: Source[] = [];
  let muxer: Muxer | null = null;
  let encoder: Encoder | null = null;
  let graph: FilterComplexAPI | null = null;
  try {
    for (const input of inputs) sources.push(await openSource(input, start, end, sources.length));
    const channels = Math.min(2, Math.max(...sources.map((s) => s.channels)));
    graph = FilterComplexAPI.create(graphDescription(sources.length, start, end, channels, format.sampleFormat), {
      inputs: sources.map((s) => ({ label: s.label })),
      outputs: [{ label: 'out' }],
    });
    // The encoder takes its sample rate, layout and clock from the first frame the graph gives it.
    encoder = await Encoder.create(format.encoder, { context: { bitRate: BITRATE[channels as 1 | 2] } });
    muxer = await Muxer.open(output, { format: format.muxer, options: format.muxer === 'ipod' ? { movflags: '+faststart' } : {} });
    const streamIndex = muxer.addStream(encoder);
    let samples = 0;
    const write = async (frame: Frame) => {
      samples += frame.nbSamples;
      for (const packet of await encoder!.encodeAll(frame)) {
        await muxer!.writePacket(packet, streamIndex);
        packet.free();
      }
      frame.free();
    };
    const drain = async () => {
      for (let out = await graph!.receive('out'); out && typeof out === 'object' && 'nbSamples' in out; out = await graph!.receive('out')) {
        await write(out);
      }
    };

    let sliceStart = performance.now();
    // Feed the input that is furthest behind, so the mix never holds more than a frame or two of each.
    for (let source = nextSource(sources); source; source = nextSource(sources)) {
      signal?.throwIfAborted();
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
      const frame = source.next();
      if (frame) {
        // atrim ends its input itself once it has passed `end` (a frame can straddle it): that input is done.
        const ended = await ignoreEof(graph.process(source.label, frame));
        frame.free();
        if (ended) source.reached = Infinity;
        await drain();
      }
      if (source.reached === Infinity) await ignoreEof(graph.flush(source.label));
    }
    for await (const out of graph.flushFrames('out')) await write(out);
    for (const packet of await encoder.encodeAll(null)) {
      await muxer.writePacket(packet, streamIndex);
      packet.free();
    }
    await muxer.close();
    muxer = null;
    const bytes = (await stat(output)).size;
    return { path: output, durationSec: samples / SAMPLE_RATE, channels, bytes };
  } catch (e) {
    await muxer?.close().catch(() => undefined);
    muxer = null;
    await rm(output, { force: true }).catch(() => undefined);
    if (signal?.aborted) throw new AppError('CANCELLED', 'The export was cancelled.');
    if (e instanceof AppError) throw e;
    throw new AppError('INTERNAL', `A clip's audio could not be encoded (${inputs.join(', ')}): ${(e as Error).message}`);
  } finally {
    await muxer?.close().catch(() => undefined);
    graph?.close();
    encoder?.close();
    for (const s of sources) await s.close();
  }
}

/**
 * Per input: trim to the clip exactly (frames carry the call's time), restart its clock at 0, resample
 * to one rate and layout; then mix when there are several (summed, not averaged: per-speaker tracks are
 * mostly silence where the other one speaks, and averaging would halve every voice).
 */
function graphDescription(count: number, start: number, end: number, channels: number, sampleFormat: string): string {
  const layout = channels === 2 ? 'stereo' : 'mono';
  const prepare = (i: number, to: string) =>
    `[in${i}]atrim=start=${start}:end=${end},asetpts=PTS-STARTPTS,aresample=${SAMPLE_RATE},aformat=sample_fmts=fltp:channel_layouts=${layout}[${to}]`;
  const output = `aformat=sample_fmts=${sampleFormat}`;
  if (count === 1) return `${prepare(0, 'p0')};[p0]${output}[out]`;
  const parts = Array.from({ length: count }, (_, i) => prepare(i, `p${i}`));
  const labels = Array.from({ length: count }, (_, i) => `[p${i}]`).join('');
  return `${parts.join(';')};${labels}amix=inputs=${count}:duration=longest:normalize=0,${output}[out]`;
}

type Source = {
  label: string;
  channels: number;
  /** Seconds of the call up to which this input has been fed; Infinity once it is done. */
  reached: number;
  /** The next decoded frame before `end`, or null when there is none (the input is then done). */
  next(): Frame | null;
  close(): Promise<void>;
};

async function openSource(path: string, start: number, end: number, index: number): Promise<Source> {
  const demuxer = await Demuxer.open(path).catch(async () => {
    const exists = await stat(path).then(
      () => true,
      () => false,
    );
    throw exists
      ? new AppError('NOT_AUDIO', `The call's audio could not be read (${path}): it is damaged or not an audio file.`)
      : new AppError('FILE_MISSING', `The call's audio file is missing (${path}).`);
  });
  const stream = demuxer.audio();
  if (!stream) {
    await demuxer.close();
    throw new AppError('NO_AUDIO_TRACK', `The call's audio file has no audio track (${path}).`);
  }
  const decoder = await Decoder.create(stream);
  if (start > PREROLL_SEC) await demuxer.seek(start - PREROLL_SEC, -1, AVSEEK_FLAG_BACKWARD);
  const frames = decoder.framesSync(demuxer.packetsSync(stream.index));
  const tb = stream.timeBase;
  const source: Source = {
    label: `in${index}`,
    channels: stream.codecpar.channelLayout?.nbChannels || stream.codecpar.channels || 1,
    reached: 0,
    next() {
      const { value } = frames.next();
      const frame = value ?? null;
      const at = frame && frame.pts !== undefined ? (Number(frame.pts) * tb.num) / tb.den : null;
      if (!frame || (at !== null && at >= end)) {
        frame?.free();
        source.reached = Infinity;
        return null;
      }
      if (at !== null) source.reached = at;
      return frame;
    },
    async close() {
      decoder.close();
      await demuxer.close();
    },
  };
  return source;
}

/** Runs `work`; true when FFmpeg answered end-of-stream (which, here, only means that input is finished). */
async function ignoreEof(work: Promise<void>): Promise<boolean> {
  try {
    await work;
    return false;
  } catch (e) {
    if (e instanceof FFmpegError && e.isEOF) return true;
    throw e;
  }
}

function nextSource(sources: Source[]): Source | undefined {
  let best: Source | undefined;
  for (const s of sources) if (s.reached !== Infinity && (!best || s.reached < best.reached)) best = s;
  return best;
}
