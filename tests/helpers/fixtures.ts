import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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
 * Encodes test recordings in the formats users bring, with the ffmpeg CLI that `.ci/run` installs
 * (a test tool only: the product reads media through node-av).
 */
export function encode(input: string, output: string, args: string[]): string {
  if (!existsSync(output)) {
    execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-i', input, ...args, output]);
  }
  return output;
}

/** Every accepted format, made from jfk.wav (11 s mono) or the stereo call. */
export function makeFormatSamples(dir: string) {
  const jfk = audio('jfk.wav');
  const stereo = audio('service-call-stereo-agentL-callerR.wav');
  return {
    wav: jfk,
    mp3: audio('jfk.mp3'),
    m4a: encode(jfk, join(dir, 'aac call.m4a'), ['-c:a', 'aac', '-b:a', '64k']),
    aac: encode(jfk, join(dir, 'adts call.aac'), ['-c:a', 'aac', '-b:a', '64k']),
    ogg: encode(jfk, join(dir, 'vorbis call.ogg'), ['-c:a', 'libvorbis', '-q:a', '3']),
    opus: encode(jfk, join(dir, 'opus call.opus'), ['-c:a', 'libopus', '-b:a', '32k']),
    webm: encode(jfk, join(dir, 'opus call.webm'), ['-c:a', 'libopus', '-b:a', '32k']),
    flac: encode(jfk, join(dir, 'lossless call.flac'), ['-c:a', 'flac']),
    mp4: encode(jfk, join(dir, 'zoom video.mp4'), [
      '-f',
      'lavfi',
      '-i',
      'color=c=blue:s=160x120:d=11',
      '-map',
      '1:v',
      '-map',
      '0:a',
      '-c:v',
      'libx264',
      '-pix_fmt',
      'yuv420p',
      '-c:a',
      'aac',
      '-shortest',
    ]),
    stereo44k: encode(stereo, join(dir, 'stereo 44k.m4a'), ['-ar', '44100', '-c:a', 'aac', '-b:a', '96k']),
  };
}
