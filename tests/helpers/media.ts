// Test recordings made with node-av (the FFmpeg the app already ships), so the tests need no ffmpeg CLI:
// encoding a fixture into the formats users bring, a video with or without sound, and cuts and mixes of
// the fixtures as 16-bit WAV. A test tool only: the product reads media through electron/services.
import '../../electron/services/media/polyfill';
import { open, writeFile } from 'node:fs/promises';
import { Decoder, Demuxer, Encoder, FilterAPI, Muxer } from 'node-av/api';
import { Frame, Log, Rational } from 'node-av/lib';
import { AV_LOG_QUIET, AV_PIX_FMT_YUV420P, AV_SAMPLE_FMT_FLT, FF_ENCODER_LIBVORBIS, type FFAudioEncoder, type FFVideoEncoder } from 'node-av/constants';
import { readWavDataChunk } from '../../shared/formats/wav';

Log.setLevel(AV_LOG_QUIET);

/** Decoded audio: one Float32Array per channel. */
export type Pcm = { sampleRate: number; channels: Float32Array[] };

export type AudioEncoding = {
  encoder: FFAudioEncoder;
  /** Bits per second (lossy encoders). */
  bitRate?: number;
  /** Resample to this rate first (the input's rate otherwise). */
  sampleRate?: number;
  /** The muxer when the file's extension does not say it (`adts` for a bare .aac). */
  muxer?: string;
  muxerOptions?: Record<string, string>;
};

/**
 * Decodes `path` to float samples, through an optional FFmpeg filter chain, optionally resampled, mixed
 * down to one channel and cut to [startSec, startSec + durationSec). Synchronous (node-av's sync calls),
 * as the eval's mixes are built.
 */
export function decodePcm(path: string, options: { sampleRate?: number; mono?: boolean; startSec?: number; durationSec?: number; filter?: string } = {}): Pcm {
  const demuxer = Demuxer.openSync(path);
  const stream = demuxer.audio();
  if (!stream) {
    demuxer.closeSync();
    throw new Error(`${path} has no audio track`);
  }
  const sampleRate = options.sampleRate ?? stream.codecpar.sampleRate;
  const steps = [options.filter, `aresample=${sampleRate}`, `aformat=sample_fmts=fltp${options.mono ? ':channel_layouts=mono' : ''}`];
  const decoder = Decoder.createSync(stream);
  const filter = FilterAPI.create(steps.filter(Boolean).join(','));
  const chunks: Float32Array[][] = [];
  try {
    for (const frame of filter.framesSync(decoder.framesSync(demuxer.packetsSync(stream.index)))) {
      if (frame === null) break;
      const count = frame.channelLayout.nbChannels;
      // Copied out of FFmpeg's (possibly padded, possibly unaligned) planes.
      chunks.push(Array.from({ length: count }, (_, c) => new Float32Array(new Uint8Array(frame.data![c]!.subarray(0, frame.nbSamples * 4)).buffer)));
      frame.free();
    }
  } finally {
    filter.close();
    decoder.close();
    demuxer.closeSync();
  }
  const first = Math.round((options.startSec ?? 0) * sampleRate);
  const total = chunks.reduce((sum, chunk) => sum + chunk[0]!.length, 0);
  const end = options.durationSec === undefined ? total : Math.min(total, first + Math.round(options.durationSec * sampleRate));
  const channels = Array.from({ length: chunks[0]?.length ?? 1 }, () => new Float32Array(Math.max(0, end - first)));
  let at = 0;
  for (const chunk of chunks) {
    chunk.forEach((plane, c) => {
      const from = Math.max(0, first - at);
      const to = Math.min(plane.length, end - at);
      if (to > from) channels[c]!.set(plane.subarray(from, to), at + from - first);
    });
    at += chunk[0]!.length;
  }
  return { sampleRate, channels };
}

/** Sums several recordings sample by sample (FFmpeg's amix with normalize=0), as long as the longest. */
export function mixPcm(parts: Pcm[]): Pcm {
  const length = Math.max(...parts.map((p) => p.channels[0]!.length));
  const out = new Float32Array(length);
  for (const part of parts) for (const plane of part.channels) for (let i = 0; i < plane.length; i++) out[i]! += plane[i]!;
  return { sampleRate: parts[0]!.sampleRate, channels: [out] };
}

/** Float samples as 16-bit integers, rounded and clipped as FFmpeg converts them. */
export function toInt16(samples: Float32Array): Int16Array {
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = Math.max(-32768, Math.min(32767, Math.round(samples[i]! * 32768)));
  return out;
}

/** Writes `pcm` as a 16-bit PCM WAV file. */
export async function writeWav(path: string, pcm: Pcm): Promise<string> {
  const planes = pcm.channels.map(toInt16);
  const frames = planes[0]!.length;
  const data = new Int16Array(frames * planes.length);
  for (let i = 0; i < frames; i++) planes.forEach((plane, c) => (data[i * planes.length + c] = plane[i]!));
  await writeFile(path, Buffer.concat([wavHeader(pcm.sampleRate, planes.length, data.byteLength), new Uint8Array(data.buffer)]));
  return path;
}

/** A WAV file of `copies` copies of `wav`'s samples back to back (what `ffmpeg -stream_loop` with `-c copy` makes). */
export async function loopWav(wav: string, copies: number, output: string): Promise<string> {
  const source = await open(wav);
  try {
    const head = new Uint8Array(4096);
    await source.read(head, 0, head.length, 0);
    const chunk = readWavDataChunk(head);
    if (!chunk) throw new Error(`${wav} is not a WAV file`);
    const view = new DataView(head.buffer);
    const data = new Uint8Array(chunk.declaredBytes);
    await source.read(data, 0, data.length, chunk.dataOffset);
    const out = await open(output, 'w');
    try {
      await out.write(wavHeader(view.getUint32(24, true), view.getUint16(22, true), data.length * copies));
      for (let i = 0; i < copies; i++) await out.write(data);
    } finally {
      await out.close();
    }
  } finally {
    await source.close();
  }
  return output;
}

function wavHeader(sampleRate: number, channels: number, dataBytes: number): Buffer {
  const h = Buffer.alloc(44);
  h.write('RIFF', 0, 'ascii');
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write('WAVEfmt ', 8, 'ascii');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(channels, 22);
  h.writeUInt32LE(sampleRate, 24);
  h.writeUInt32LE(sampleRate * channels * 2, 28);
  h.writeUInt16LE(channels * 2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'ascii');
  h.writeUInt32LE(dataBytes, 40);
  return h;
}

/** Encodes `input`'s audio to `output` (the container from its extension unless `muxer` says). */
export async function encodeAudio(input: string, output: string, encoding: AudioEncoding): Promise<string> {
  return encodeMedia(output, { audio: { input, ...encoding } });
}

/**
 * Writes `output` with a video track of `seconds` of one flat colour (a screen recording's stand-in) and,
 * when `audio` is given, that recording's sound beside it, as Zoom's MP4s carry it.
 */
export async function encodeVideo(
  output: string,
  video: { seconds: number; encoder: FFVideoEncoder; yuv: [number, number, number] },
  audio?: { input: string } & AudioEncoding,
): Promise<string> {
  return encodeMedia(output, { audio, video });
}

const VIDEO_SIZE = { width: 160, height: 120, fps: 25 };

async function encodeMedia(
  output: string,
  parts: { audio?: { input: string } & AudioEncoding; video?: { seconds: number; encoder: FFVideoEncoder; yuv: [number, number, number] } },
): Promise<string> {
  const { audio, video } = parts;
  const muxer = await Muxer.open(output, { format: audio?.muxer, options: audio?.muxerOptions ?? {} });
  const closers: Array<() => unknown> = [];
  try {
    // Every stream is added before the first packet is written (the container's header lists them).
    const videoOut = video ? await videoEncoder(video.encoder, muxer) : null;
    if (videoOut) closers.push(() => videoOut.encoder.close());
    const audioIn = audio ? await Demuxer.open(audio.input) : null;
    if (audioIn) closers.push(() => audioIn.close());
    const stream = audioIn?.audio();
    if (audio && !stream) throw new Error(`${audio.input} has no audio track`);
    // autoResample: the encoder converts to the sample format and layout it takes, as the ffmpeg CLI does.
    const audioOut = audio ? await Encoder.create(audio.encoder, { autoResample: true, context: audio.bitRate ? { bitRate: audio.bitRate } : {} }) : null;
    if (audioOut) closers.push(() => audioOut.close());
    const audioIndex = audioOut ? muxer.addStream(audioOut) : -1;

    if (videoOut && video) {
      const { width, height } = VIDEO_SIZE;
      const [y, u, v] = video.yuv;
      const pixels = Buffer.concat([Buffer.alloc(width * height, y), Buffer.alloc((width * height) / 4, u), Buffer.alloc((width * height) / 4, v)]);
      const frames = video.seconds * VIDEO_SIZE.fps;
      for (let i = 0; i < frames; i++) {
        const frame = Frame.fromVideoBuffer(pixels, { width, height, format: AV_PIX_FMT_YUV420P, timeBase: { num: 1, den: VIDEO_SIZE.fps }, pts: BigInt(i) });
        await writeEncoded(videoOut.encoder, frame, muxer, videoOut.index);
        frame.free();
      }
      await flushEncoded(videoOut.encoder, muxer, videoOut.index);
    }
    if (audio && audioIn && stream && audioOut) {
      const decoder = await Decoder.create(stream);
      closers.push(() => decoder.close());
      // Packed float out of the graph, so the silence that ends the last frame (below) is plain zeros. node-av
      // sends the encoder one of its frames per packet asked for, so libvorbis (64-sample frames, a packet
      // every few) is fed 64 samples at a time, or it would be closed with most of the recording unsent.
      const feed = audio.encoder === FF_ENCODER_LIBVORBIS ? 64 : 1024;
      const filter = FilterAPI.create(`aresample=${audio.sampleRate ?? stream.codecpar.sampleRate},aformat=sample_fmts=flt,asetnsamples=n=${feed}:p=0`);
      closers.push(() => filter.close());
      let last: { pts: bigint; nbSamples: number; sampleRate: number; channelLayout: Frame['channelLayout']; timeBase: Frame['timeBase'] } | null = null;
      let fed = 0;
      for (const frame of filter.framesSync(decoder.framesSync(audioIn.packetsSync(stream.index)))) {
        if (frame === null) break;
        last = { pts: frame.pts, nbSamples: frame.nbSamples, sampleRate: frame.sampleRate, channelLayout: frame.channelLayout, timeBase: frame.timeBase };
        fed += frame.nbSamples;
        await writeEncoded(audioOut, frame, muxer, audioIndex);
        frame.free();
      }
      // node-av's encoder drops a last frame shorter than the codec's frame size (the ffmpeg CLI sends it,
      // and the codec pads it): padded here with silence to a whole frame, so no sound is lost.
      const frameSize = audioOut.getCodecContext()?.frameSize ?? 0;
      if (last && frameSize > 0 && fed % frameSize > 0) {
        const nbSamples = frameSize - (fed % frameSize);
        const silence = Buffer.alloc(nbSamples * last.channelLayout.nbChannels * 4);
        const pts = last.pts + BigInt(Math.round((last.nbSamples * last.timeBase.den) / (last.timeBase.num * last.sampleRate)));
        const frame = Frame.fromAudioBuffer(silence, {
          nbSamples,
          format: AV_SAMPLE_FMT_FLT,
          sampleRate: last.sampleRate,
          channelLayout: last.channelLayout,
          timeBase: last.timeBase,
          pts,
        });
        await writeEncoded(audioOut, frame, muxer, audioIndex);
        frame.free();
      }
      await flushEncoded(audioOut, muxer, audioIndex);
    }
    await muxer.close();
  } finally {
    await muxer.close().catch(() => undefined);
    for (const close of closers.reverse()) await close();
  }
  return output;
}

async function videoEncoder(codec: FFVideoEncoder, muxer: Muxer): Promise<{ encoder: Encoder; index: number }> {
  const encoder = await Encoder.create(codec, { context: { framerate: new Rational(VIDEO_SIZE.fps, 1) } });
  return { encoder, index: muxer.addStream(encoder) };
}

/** Encodes one frame and writes what comes out. */
async function writeEncoded(encoder: Encoder, frame: Frame, muxer: Muxer, index: number): Promise<void> {
  for (const packet of await encoder.encodeAll(frame)) {
    await muxer.writePacket(packet, index);
    packet.free();
  }
}

/** Ends the stream: the encoder's last samples (a partial frame included) and its delayed packets. */
async function flushEncoded(encoder: Encoder, muxer: Muxer, index: number): Promise<void> {
  for await (const packet of encoder.flushPackets()) {
    await muxer.writePacket(packet, index);
    packet.free();
  }
}
