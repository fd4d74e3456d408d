// npm run bench:decode -- [audio]
// Decodes a long recording as transcription does and prints time and peak RSS (goal for a 60-minute
// 48 kHz stereo m4a: under 600 MB). Without an argument it makes that file once from the stereo
// fixture with the ffmpeg CLI (a bench tool only; the app decodes with node-av).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const fixture = resolve(ROOT, '../shared/fixtures/audio/service-call-stereo-agentL-callerR.wav');

function sixtyMinuteM4a(): string {
  const dir = join(tmpdir(), 'call-review-bench');
  const out = join(dir, 'call-60min-48k-stereo.m4a');
  if (existsSync(out)) return out;
  mkdirSync(dir, { recursive: true });
  const list = join(dir, 'concat.txt');
  writeFileSync(list, Array.from({ length: 15 }, () => `file '${fixture}'`).join('\n'));
  console.log('making a 61-minute 48 kHz stereo m4a (once)…');
  execFileSync('ffmpeg', [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    '-f',
    'concat',
    '-safe',
    '0',
    '-i',
    list,
    '-ar',
    '48000',
    '-ac',
    '2',
    '-c:a',
    'aac',
    '-b:a',
    '128k',
    out,
  ]);
  return out;
}

const input = resolve(process.argv[2] ?? sixtyMinuteM4a());
const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/decodeRss.ts'), input], { encoding: 'utf8' });
const r = JSON.parse(out) as { seconds: number; durationSec: number; channels: number; maxRssMb: number };
console.log(`file        ${input}`);
console.log(`audio       ${(r.durationSec / 60).toFixed(1)} min, ${r.channels} channels`);
console.log(`decode      ${r.seconds.toFixed(1)} s (${(r.durationSec / r.seconds).toFixed(0)}× real time)`);
console.log(`peak RSS    ${r.maxRssMb.toFixed(0)} MB   (goal < 600 MB)`);
