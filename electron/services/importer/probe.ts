import '../media/polyfill';
import { open } from 'node:fs/promises';
import { Demuxer } from 'node-av/api';
import { Codec, Log } from 'node-av/lib';
import { AV_LOG_QUIET } from 'node-av/constants';
import { AppError } from '../../../shared/errors';
import { baseName } from '../../../shared/domain/title';
import { isPlaceholderWavSize, readWavDataChunk } from '../../../shared/formats/wav';
import { SUPPORTED_FORMATS_TEXT, describeFormat, isAcceptedFormat, withArticle } from './formats';
import { mp4WithoutIndex, oggEndMissing } from './wholeness';

export type AudioProbe = {
  format: string;
  codec: string;
  durationSec: number;
  channels: number;
  sampleRate: number;
};

// FFmpeg's own console chatter is noise for users; every problem we care about becomes an AppError.
Log.setLevel(AV_LOG_QUIET);

/** A recording that stops more than this short of what its header promises is called truncated. */
const TRUNCATION_TOLERANCE_SEC = 0.5;

/**
 * Reads a recording's container and audio stream (no decoding) and checks it is whole: every packet is
 * demuxed, so a file cut short is caught here rather than in the middle of a transcription.
 */
export async function probeAudio(path: string): Promise<AudioProbe> {
  const name = baseName(path);
  let demuxer: Demuxer;
  try {
    demuxer = await Demuxer.open(path);
  } catch {
    if (await mp4WithoutIndex(path)) {
      throw new AppError(
        'TRUNCATED',
        `“${name}” is incomplete: its index (the part that says where the audio is) is missing, as when a recording or a copy is cut short. Try the original recording.`,
      );
    }
    throw new AppError(
      'NOT_AUDIO',
      `“${name}” isn't a recording Call Review can read: it is damaged or not an audio file. Supported: ${SUPPORTED_FORMATS_TEXT}.`,
    );
  }
  try {
    const format = demuxer.formatName;
    if (!isAcceptedFormat(format)) {
      throw new AppError(
        'UNSUPPORTED_FORMAT',
        `“${name}” is ${withArticle(describeFormat(format))} file, which Call Review doesn't import. Supported: ${SUPPORTED_FORMATS_TEXT}.`,
      );
    }
    const stream = demuxer.audio();
    if (!stream) throw new AppError('NO_AUDIO_TRACK', `“${name}” has no audio track.`);
    const { codecpar } = stream;
    const channels = codecpar.channelLayout?.nbChannels || codecpar.channels;
    if (!channels || !codecpar.sampleRate) {
      throw new AppError('NOT_AUDIO', `“${name}” has an audio track Call Review can't read (no channels or sample rate).`);
    }
    const declared = demuxer.duration > 0 ? demuxer.duration : 0;
    let reached = 0;
    const tb = stream.timeBase;
    for await (const packet of demuxer.packets()) {
      if (!packet) break;
      if (packet.streamIndex === stream.index && packet.pts !== undefined && packet.pts >= 0n) {
        const end = (Number(packet.pts + packet.duration) * tb.num) / tb.den;
        if (end > reached) reached = end;
      }
      packet.free();
    }
    const durationSec = declared || reached;
    if (reached + TRUNCATION_TOLERANCE_SEC < declared) {
      throw truncated(name, reached, declared);
    }
    if (format === 'wav') await checkWavComplete(path, name, durationSec);
    // Ogg states no length up front: a cut file is told by its last page, which does not end the stream.
    if (format === 'ogg' && (await oggEndMissing(path))) {
      throw new AppError(
        'TRUNCATED',
        `“${name}” is incomplete: it stops at ${reached.toFixed(1)} s without the end of the recording. The copy may have been cut short; try the original recording.`,
      );
    }
    if (durationSec <= 0) throw new AppError('NO_AUDIO_TRACK', `“${name}” contains no audio (its duration is 0 s).`);
    return {
      format,
      codec: Codec.findDecoder(codecpar.codecId)?.name ?? 'unknown',
      durationSec,
      channels,
      sampleRate: codecpar.sampleRate,
    };
  } finally {
    await demuxer.close();
  }
}

/** FFmpeg sizes a cut WAV by its length on disk; the header still says how long it was meant to be. */
async function checkWavComplete(path: string, name: string, durationSec: number): Promise<void> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(64 * 1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const chunk = readWavDataChunk(head.subarray(0, bytesRead));
    if (!chunk || isPlaceholderWavSize(chunk.declaredBytes)) return;
    const { size } = await handle.stat();
    const present = size - chunk.dataOffset;
    if (present < chunk.declaredBytes) {
      const expected = (durationSec * chunk.declaredBytes) / Math.max(present, 1);
      throw truncated(name, durationSec, expected);
    }
  } finally {
    await handle.close();
  }
}

const truncated = (name: string, reached: number, expected: number) =>
  new AppError(
    'TRUNCATED',
    `“${name}” is incomplete: it stops at ${reached.toFixed(1)} s of ${expected.toFixed(1)} s. The copy may have been cut short; try the original recording.`,
  );
