// Headless transcription with the app's own pipeline (decode → whisper.cpp → speaker turns):
//   npm run transcribe -- <audio> [--model <ggml file>] [--format json|srt|vtt|csv|txt] [--threads N]
//                          [--whisper <whisper-cli>] [--speed balanced|speed|accuracy]
// --speed picks the app's configuration (Settings → Transcription speed; Balanced by default), with its
// 8-bit model copy kept in the temp folder; threads default to the app's choice for this machine.
// The transcript goes to stdout, progress and errors to stderr. Used by benchmarks and power users.
// --whisper runs another build of whisper.cpp's CLI than the one `npm install` built (or a test's stand-in).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, exportTranscript, type ExportFormat } from '../../shared/formats/transcriptExport';
import { isAppError } from '../../shared/errors';
import { probeAudio } from '../services/importer/probe';
import { DEFAULT_TRANSCRIPTION_SPEED, TranscriptionSpeed, threadsFor } from '../../shared/transcription/engineProfile';
import { appEngine } from '../services/models/appEngine';
import { inspectModelFile } from '../services/models/modelFile';
import { whisperBinaryPath } from '../services/transcription/binary';
import { transcribeRecording } from '../services/transcription/pipeline';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const USAGE =
  'Usage: npm run transcribe -- <audio> [--model <ggml file>] [--format json|srt|vtt|csv|txt] [--threads N] [--whisper <whisper-cli>] [--speed balanced|speed|accuracy]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      model: { type: 'string', default: process.env.CALL_REVIEW_MODEL },
      format: { type: 'string', default: 'txt' },
      threads: { type: 'string' },
      whisper: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      speed: { type: 'string', default: DEFAULT_TRANSCRIPTION_SPEED },
    },
  });
  const audio = positionals[0];
  if (!audio) return fail(USAGE);
  if (!values.model) return fail(`No model: pass --model <path to a ggml-*.bin file> or set CALL_REVIEW_MODEL.\n${USAGE}`);
  const format = values.format as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) return fail(`Unknown format “${values.format}”. Use one of: ${EXPORT_FORMATS.join(', ')}.`);
  const threads = values.threads ? Number(values.threads) : threadsFor(availableParallelism());
  if (!Number.isInteger(threads) || threads < 1) return fail('--threads must be a whole number of 1 or more.');

  const speed = TranscriptionSpeed.safeParse(values.speed);
  if (!speed.success) return fail(`--speed must be one of ${TranscriptionSpeed.options.join(', ')}, not “${values.speed}”.`);

  const path = resolve(audio);
  if (!existsSync(path)) return fail(`No such file: ${path}`);
  const probe = await probeAudio(path);
  const model = await inspectModelFile(resolve(values.model));
  const engine = await appEngine({
    speed: speed.data,
    model: model.path,
    binary: values.whisper ? resolve(values.whisper) : whisperBinaryPath({ isPackaged: false, appPath: ROOT, resourcesPath: '' }),
    threads,
    // Kept between runs, as the app keeps its copy in its models folder.
    copies: join(tmpdir(), 'call-review-8-bit'),
  });
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  const workDir = await mkdtemp(join(tmpdir(), 'call-review-cli-'));
  const started = performance.now();
  let shown = -1;
  try {
    const result = await transcribeRecording({
      audioPaths: [path],
      workDir,
      tracks: [{ file: basename(path), originalName: basename(path), speakerId: null, ...probe, sizeBytes: 1, sha256: '0'.repeat(64) }],
      speakers: [],
      engine,
      signal: controller.signal,
      onProgress: (fraction, stage) => {
        const percent = Math.floor(fraction * 100);
        if (!values.quiet && percent !== shown) process.stderr.write(`\r${stage} ${percent}%   `);
        shown = percent;
      },
    });
    const seconds = (performance.now() - started) / 1000;
    if (!values.quiet) {
      process.stderr.write(`\rdone in ${seconds.toFixed(1)} s (${(seconds / probe.durationSec).toFixed(3)}× real time)\n`);
    }
    const transcript = {
      source: { kind: 'whisper' as const, name: model.name, language: result.language, createdAt: new Date().toISOString() },
      turns: result.turns,
    };
    process.stdout.write(exportTranscript({ transcript, speakers: result.speakers }, format));
    return 0;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}

// The process ends on its own once its output is written: process.exit() would drop what a pipe has not
// taken yet (stdout to a pipe is asynchronous), cutting a long transcript short.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const aborted = e instanceof Error && e.name === 'AbortError';
    process.stderr.write(`\n${aborted ? 'Cancelled.' : isAppError(e) ? e.message : String(e)}\n`);
    process.exitCode = aborted ? 130 : 1;
  },
);
