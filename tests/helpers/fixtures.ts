import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FF_ENCODER_AAC, FF_ENCODER_FLAC, FF_ENCODER_LIBOPUS, FF_ENCODER_LIBVORBIS, FF_ENCODER_LIBX264 } from 'node-av/constants';
import { encodeAudio, encodeVideo, type AudioEncoding } from './media';

/** The team's shared recordings, beside the project (never copied into it). */
export const AUDIO = resolve(__dirname, '../../../shared/fixtures/audio');
export const audio = (name: string) => join(AUDIO, name);

/** A temporary folder whose path has spaces and non-ASCII characters, as users' folders do. */
export function tempDir(label = 'call review'): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), `${label} – Müller 通话 `));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/** Temporary folders made as tests need them and removed together: call `cleanup` in afterAll. */
export function tempDirs(): { make: (label?: string) => { path: string }; cleanup: () => void } {
  const made: Array<ReturnType<typeof tempDir>> = [];
  return {
    make: (label) => {
      const dir = tempDir(label);
      made.push(dir);
      return dir;
    },
    cleanup: () => {
      for (const dir of made.splice(0)) dir.cleanup();
    },
  };
}

/**
 * Encodes a test recording in a format users bring, with node-av (the FFmpeg the app ships; a test tool
 * here: the product reads media through electron/services). Made once per path.
 */
export async function encode(input: string, output: string, encoding: AudioEncoding): Promise<string> {
  return existsSync(output) ? output : encodeAudio(input, output, encoding);
}

/** Every accepted format, made from jfk.wav (11 s mono) or the stereo call. */
export async function makeFormatSamples(dir: string) {
  const jfk = audio('jfk.wav');
  const stereo = audio('service-call-stereo-agentL-callerR.wav');
  const mp4 = join(dir, 'zoom video.mp4');
  return {
    wav: jfk,
    mp3: audio('jfk.mp3'),
    m4a: await encode(jfk, join(dir, 'aac call.m4a'), { encoder: FF_ENCODER_AAC, bitRate: 64_000 }),
    aac: await encode(jfk, join(dir, 'adts call.aac'), { encoder: FF_ENCODER_AAC, bitRate: 64_000, muxer: 'adts' }),
    ogg: await encode(jfk, join(dir, 'vorbis call.ogg'), { encoder: FF_ENCODER_LIBVORBIS, bitRate: 32_000 }),
    opus: await encode(jfk, join(dir, 'opus call.opus'), { encoder: FF_ENCODER_LIBOPUS, bitRate: 32_000 }),
    webm: await encode(jfk, join(dir, 'opus call.webm'), { encoder: FF_ENCODER_LIBOPUS, bitRate: 32_000 }),
    flac: await encode(jfk, join(dir, 'lossless call.flac'), { encoder: FF_ENCODER_FLAC }),
    // A screen recording's stand-in: 11 s of blue at 160×120 in H.264 beside jfk's AAC.
    mp4: existsSync(mp4) ? mp4 : await encodeVideo(mp4, { seconds: 11, encoder: FF_ENCODER_LIBX264, yuv: BLUE }, { input: jfk, encoder: FF_ENCODER_AAC }),
    stereo44k: await encode(stereo, join(dir, 'stereo 44k.m4a'), { encoder: FF_ENCODER_AAC, bitRate: 96_000, sampleRate: 44_100 }),
  };
}

/** Pure blue and red in BT.601 YUV (what `color=c=blue` and `c=red` made). */
export const BLUE: [number, number, number] = [41, 240, 110];
export const RED: [number, number, number] = [81, 90, 240];
