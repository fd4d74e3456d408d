// npm run bench:transcribe -- [audio] [--model <ggml file>] [--threads N] [--runs N] [--whisper <whisper-cli>]
// Prints: our pipeline's wall time, the bare whisper.cpp CLI's (same build, same file, same threads and
// flags), their ratio (goal ≤ 1.05), the bare CLI with its default flags, decoding's peak RSS, the
// engine's peak RSS given the whole call vs the largest window the pipeline gives it, and the real-time
// factor. Defaults: the 120 s sales call and the trained tiny.en fixture.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { probeAudio } from '../electron/services/importer/probe';
import { inspectModelFile } from '../electron/services/models/modelFile';
import { whisperBinaryPath } from '../electron/services/transcription/binary';
import { decodeForTranscription } from '../electron/services/transcription/decode';
import { transcribeRecording } from '../electron/services/transcription/pipeline';
import { sliceWav } from '../electron/services/transcription/wavWriter';
import { whisperArgs } from '../electron/services/transcription/whisperCli';
import { clock } from '../shared/scorecard/evidence';
import { planWindows } from '../shared/domain/windows';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const FIXTURES = resolve(ROOT, '../shared/fixtures');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    model: { type: 'string', default: join(FIXTURES, 'models/ggml-tiny.en.bin') },
    threads: { type: 'string', default: String(availableParallelism()) },
    runs: { type: 'string', default: '3' },
    // Another build to compare with the one `npm install` made (e.g. a native one).
    whisper: { type: 'string' },
  },
});
const audio = resolve(positionals[0] ?? join(FIXTURES, 'audio/sales-followup-azure.wav'));
const threads = Number(values.threads);
const runs = Number(values.runs);
const binary = values.whisper ? resolve(values.whisper) : whisperBinaryPath({ isPackaged: false, appPath: ROOT, resourcesPath: '' });
const model = await inspectModelFile(resolve(values.model));
const probe = await probeAudio(audio);
const engine = {
  binary,
  model: model.path,
  modelName: model.name,
  threads,
  language: model.englishOnly ? 'en' : 'auto',
  dtwPreset: model.dtwPreset,
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const work = await mkdtemp(join(tmpdir(), 'bench-transcribe-'));

async function pipelineOnce(): Promise<number> {
  const started = performance.now();
  await transcribeRecording({
    audioPaths: [audio],
    workDir: join(work, 'pipeline'),
    tracks: [{ file: basename(audio), originalName: basename(audio), speakerId: null, ...probe, sizeBytes: 1, sha256: '0'.repeat(64) }],
    speakers: [],
    engine,
  });
  return (performance.now() - started) / 1000;
}

function bareOnce(wav: string, dtwPreset: string | null): number {
  const args = whisperArgs({ model: model.path, wav, outputBase: join(work, 'bare'), threads, language: engine.language, dtwPreset });
  const started = performance.now();
  const result = spawnSync(binary, args, { stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`whisper-cli exited with ${result.status ?? result.signal}`);
  return (performance.now() - started) / 1000;
}

/**
 * whisper-cli's peak RSS (MB) transcribing the first 30 s of `file` (GNU time; null where it is absent).
 * It reads the whole file and computes its whole spectrogram first, so this is what the input's length
 * costs; the transcript and DTW state then grow with what has been transcribed.
 */
function enginePeakRssMb(file: string): number | null {
  if (!existsSync('/usr/bin/time')) return null;
  const args = whisperArgs({ model: model.path, wav: file, outputBase: join(work, 'rss'), threads, language: engine.language, dtwPreset: engine.dtwPreset });
  const result = spawnSync('/usr/bin/time', ['-f', '%M', binary, ...args, '--duration', '30000'], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  return Number(result.stderr.trim().split('\n').at(-1)) / 1024;
}

// The bare CLI gets the same 16 kHz file the pipeline feeds it (it cannot read m4a/webm itself).
const wav = join(work, 'input.16k.wav');
const decoded = await decodeForTranscription(audio, wav);
const windows = planWindows(decoded.envelope.energy[0]!, decoded.envelope.bucketsPerSecond, decoded.durationSec);
const largest = windows.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
await sliceWav(wav, join(work, 'window.16k.wav'), largest.start, largest.end, 16_000);
const rssWhole = enginePeakRssMb(wav);
const rssWindow = enginePeakRssMb(join(work, 'window.16k.wav'));
const ours: number[] = [];
const bare: number[] = [];
const bareDefault: number[] = [];
for (let i = 0; i < runs; i++) {
  ours.push(await pipelineOnce());
  bare.push(bareOnce(wav, engine.dtwPreset));
  bareDefault.push(bareOnce(wav, null));
}
const decode = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/decodeRss.ts'), audio], { encoding: 'utf8' })) as {
  seconds: number;
  maxRssMb: number;
};
await rm(work, { recursive: true, force: true });

const fmt = (s: number) => `${s.toFixed(2)} s`;
console.log(`file            ${basename(audio)} (${probe.durationSec.toFixed(1)} s, ${probe.channels} ch, ${probe.sampleRate} Hz, ${probe.format})`);
console.log(`engine          ${binary}`);
console.log(`model           ${model.name}, ${threads} threads, DTW word timing: ${engine.dtwPreset ?? 'off'}, median of ${runs}`);
console.log(`pipeline        ${fmt(median(ours))}   (runs: ${ours.map(fmt).join(', ')})`);
console.log(`bare whisper    ${fmt(median(bare))}   (same flags; runs: ${bare.map(fmt).join(', ')})`);
console.log(`ratio           ${(median(ours) / median(bare)).toFixed(3)}   (goal ≤ 1.05)`);
console.log(`bare, defaults  ${fmt(median(bareDefault))}   (no DTW, flash attention on: what DTW word timing costs)`);
console.log(`decode          ${fmt(decode.seconds)}, peak RSS ${decode.maxRssMb.toFixed(0)} MB (own process)`);
const mb = (x: number | null) => (x === null ? 'n/a (no GNU time)' : `${x.toFixed(0)} MB`);
console.log(
  `engine RSS      whole call ${mb(rssWhole)}, largest of ${windows.length} window(s) (${clock(largest.end - largest.start)}) ${mb(rssWindow)} (first 30 s transcribed)`,
);
console.log(`real-time factor ${(median(ours) / probe.durationSec).toFixed(3)}`);
