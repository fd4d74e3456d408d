import { copyFile, mkdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { FF_ENCODER_AAC, FF_ENCODER_FLAC, FF_ENCODER_LIBMP3LAME, FF_ENCODER_LIBOPUS, FF_ENCODER_LIBVORBIS, FF_ENCODER_PCM_S16BE } from 'node-av/constants';
import { encodeAudio, type AudioEncoding } from '../../tests/helpers/media';

/** The team's shared fixtures, beside the project. */
export const FIXTURES = resolve(import.meta.dirname, '../../../shared/fixtures');
export const AUDIO = join(FIXTURES, 'audio');
export const MODELS = join(FIXTURES, 'models');
export const JFK_WAV = join(AUDIO, 'jfk.wav');
export const JFK_MP3 = join(AUDIO, 'jfk.mp3');

/** Encodes jfk.wav with node-av (a test tool here: the app reads media through electron/services). */
const encode = (output: string, encoding: AudioEncoding) => encodeAudio(JFK_WAV, output, encoding);

/** A copy of `source` in `dir` as `name`, cut to `fraction` of its bytes: a download or copy that stopped. */
export async function truncatedCopy(source: string, dir: string, name: string, fraction = 0.5): Promise<string> {
  const path = join(dir, name);
  await copyFile(source, path);
  await truncate(path, Math.floor((await stat(path)).size * fraction));
  return path;
}

/** The whole recordings each truncated row is cut from, one per accepted format. */
export async function wholeRecordings(dir: string) {
  return {
    wav: JFK_WAV,
    mp3: await encode(join(dir, 'lame.mp3'), { encoder: FF_ENCODER_LIBMP3LAME, bitRate: 64_000 }),
    m4a: await encode(join(dir, 'aac.m4a'), { encoder: FF_ENCODER_AAC, bitRate: 64_000 }),
    m4aFaststart: await encode(join(dir, 'aac-faststart.m4a'), { encoder: FF_ENCODER_AAC, bitRate: 64_000, muxerOptions: { movflags: '+faststart' } }),
    ogg: await encode(join(dir, 'vorbis.ogg'), { encoder: FF_ENCODER_LIBVORBIS, bitRate: 32_000 }),
    webm: await encode(join(dir, 'opus.webm'), { encoder: FF_ENCODER_LIBOPUS, bitRate: 32_000 }),
    flac: await encode(join(dir, 'lossless.flac'), { encoder: FF_ENCODER_FLAC }),
  };
}

/** A recording in a container Call Review refuses (AIFF, as Macs record). */
export const unsupportedContainer = (dir: string) => encode(join(dir, 'voice memo.aiff'), { encoder: FF_ENCODER_PCM_S16BE });

export async function emptyFile(dir: string, name: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, '');
  return path;
}

export async function textFile(dir: string, name: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, 'Meeting notes: call Acme back on Tuesday about the renewal.\n'.repeat(40));
  return path;
}

/** A copy of `source` under a folder path with accents, CJK and emoji, as users' folders have. */
export async function nonAsciiCopy(source: string, dir: string): Promise<string> {
  const folder = join(dir, 'José Müller', '通话录音', '🎧 calls');
  await mkdir(folder, { recursive: true });
  const path = join(folder, `Café call 会议 🎉${extname(source)}`);
  await copyFile(source, path);
  return path;
}

/** A copy of `source` whose name is `length` characters long (Linux allows 255 bytes). */
export async function longNameCopy(source: string, dir: string, length: number): Promise<string> {
  const stem = 'Quarterly business review with the procurement team '.repeat(8);
  const path = join(dir, `${stem.slice(0, length - extname(source).length)}${extname(source)}`);
  await copyFile(source, path);
  return path;
}

/** A file that is not a model at all (the start of an MP3, named like a model). */
export async function notAModel(dir: string): Promise<string> {
  const path = join(dir, 'ggml-small.bin');
  await writeFile(path, (await readFile(JFK_MP3)).subarray(0, 4096));
  return path;
}
