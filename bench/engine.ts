// npm run bench:engine -- [--models tiny.en,tiny.en-q8_0,base-q5_1] [--decoding beam5,beam2,greedy]
//   [--timing dtw,none] [--flash-attn on,off] [--vad on,off] [--threads 1,2] [--whisper <cli>]…
//   [--runs N (1)] [--pairs N (3; 1 with --long)] [--long] [--audio <file>] [--no-jfk] [--no-pipeline] [--pair-only] [--no-faster-whisper]
//   [--fw-python <python>] [--fw-model <CTranslate2 folder>] [--speed balanced|speed|accuracy]
// Runs whisper.cpp over configurations and prints, for each, wall time, CPU seconds (user + system of the
// whole process), peak RSS and WER on the 120 s sales call (against the commercial transcript) and on
// jfk.wav; then our pipeline (transcribeRecording) against the bare CLI with the pipeline's own flags, and
// faster-whisper int8 as the yardstick when it is installed (issue 14).
//
// Which configurations: with no axis flag, the baseline (Accuracy: tiny.en f16, beam 5, DTW word timing,
// flash attention off, no VAD, every core), the app's Balanced (beam 5, 8-bit model, flash attention, token
// timestamps), one axis changed at a time, then the cheapest combination (Speed) (bench/engine/matrix.ts);
// rows the app runs say which choice. The pipeline pair runs the app's configuration for --speed (Balanced). With axis flags, every combination of the values given, the other
// axes at the baseline; DTW with flash attention on is skipped (whisper.cpp turns DTW off then).
// --hour: the call 30× with 2-s pauses (61 min), the pipeline pair only: memory on a 60-minute call.
// --pair-only: only the pipeline pair and its goals (no matrix).
// --long: the call four times, each after 20 s of silence (9.7 min, made in a temp folder): calls with silence.
// VAD uses ../shared/fixtures/models/for-tests-silero-v6.2.0-ggml.bin (whisper.cpp's test VAD model).
//
// Binaries: the portable build `npm install` makes (native/whisper/bin; picks its CPU variant at run time)
// and any --whisper given. To compare, build others from the same source (not done by default):
//   SRC=node_modules/nodejs-whisper/cpp/whisper.cpp; COMMON="-DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF
//     -DWHISPER_BUILD_TESTS=OFF -DWHISPER_BUILD_SERVER=OFF -DWHISPER_SDL2=OFF -DWHISPER_CURL=OFF"
//   native (this CPU only):  cmake -S $SRC -B /tmp/wc-native $COMMON -DGGML_NATIVE=ON
//   AVX2 only:               cmake -S $SRC -B /tmp/wc-avx2 $COMMON -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON
//                              -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON -DGGML_AVX512=OFF
//   (add -DGGML_OPENMP=OFF for no OpenMP; -DGGML_BLAS=ON -DGGML_BLAS_VENDOR=OpenBLAS with libopenblas-dev)
//   cmake --build /tmp/wc-native --target whisper-cli -j 2, then --whisper /tmp/wc-native/bin/whisper-cli
// faster-whisper: see bench/engine/fasterWhisper.ts (a venv in /tmp; never part of the product).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { inspectModelFile } from '../electron/services/models/modelFile';
import { whisperBinaryPath } from '../electron/services/transcription/binary';
import { wordErrorRate } from '../tests/helpers/wer';
import { printTable, type Row } from './review/stats';
import { cliArgs } from './engine/args';
import { callWithSilences, whisperWav } from './engine/audio';
import { runCli } from './engine/cli';
import { findFasterWhisper, runFasterWhisper, type FwConfig } from './engine/fasterWhisper';
import { describeMachine, loadNow } from './engine/machine';
import {
  AXIS_FLAGS,
  appChoiceOf,
  appConfig,
  baseline,
  crossProduct,
  defaultSubset,
  longSubset,
  parseAxes,
  type AxisFlag,
  type Config,
  type ModelKey,
} from './engine/matrix';
import { clockTicksPerSec, measuringUnavailable, medianUsage, type Usage } from './engine/measure';
import { pipelineVsBare } from './engine/pipelinePair';
import { printColumns } from './engine/table';
import { TranscriptionSpeed } from '../shared/transcription/engineProfile';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const FIXTURES = resolve(ROOT, '../shared/fixtures');
const JFK_TEXT = 'And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.';
const LONG = { copies: 4, silenceSec: 20 };
/** --hour: a 61-minute call with ordinary pauses (2 s, none left out): memory and speed at length. */
const HOUR = { copies: 30, silenceSec: 2 };
const VAD_MODEL = join(FIXTURES, 'models/for-tests-silero-v6.2.0-ggml.bin');
const TINY_EN = join(FIXTURES, 'models/ggml-tiny.en.bin');
/** Above this many cores kept busy by other processes, a figure measures the machine, not the engine. */
const CONTENDED = 0.2;
type PreparedModel = { path: string; dtwPreset: string | null; language: string };

const { values } = parseArgs({
  options: {
    models: { type: 'string' },
    decoding: { type: 'string' },
    timing: { type: 'string' },
    'flash-attn': { type: 'string' },
    vad: { type: 'string' },
    threads: { type: 'string' },
    whisper: { type: 'string', multiple: true, default: [] },
    runs: { type: 'string', default: '1' },
    pairs: { type: 'string' },
    long: { type: 'boolean', default: false },
    hour: { type: 'boolean', default: false },
    audio: { type: 'string' },
    'no-jfk': { type: 'boolean', default: false },
    'no-pipeline': { type: 'boolean', default: false },
    'pair-only': { type: 'boolean', default: false },
    'no-faster-whisper': { type: 'boolean', default: false },
    'fw-python': { type: 'string' },
    'fw-model': { type: 'string' },
    speed: { type: 'string', default: 'balanced' },
  },
});
const fail = (message: string): never => {
  console.error(`bench:engine: ${message}`);
  process.exit(1);
};
const count = (flag: string, text: string) => (/^[1-9]\d*$/.test(text) ? Number(text) : fail(`--${flag} must be a whole number ≥ 1, not "${text}"`));

const speedChoice = TranscriptionSpeed.safeParse(values.speed);
const speed = speedChoice.success ? speedChoice.data : fail(`--speed must be one of ${TranscriptionSpeed.options.join(', ')}, not "${values.speed}"`);
const unavailable = measuringUnavailable();
if (unavailable) fail(unavailable);
const runs = count('runs', values.runs);
// A long run's pair takes minutes: one by default there.
const shape = values.hour ? HOUR : values.long ? LONG : null;
const pairs = count('pairs', values.pairs ?? (shape ? '1' : '3'));
const threads = availableParallelism();
const portable = whisperBinaryPath({ isPackaged: false, appPath: ROOT, resourcesPath: '' });
const binaries = new Map<string, string>([['portable', portable], ...values.whisper.map((p) => [p, resolve(p)] as [string, string])]);
for (const path of binaries.values()) if (!existsSync(path)) fail(`no whisper-cli at ${path}`);

const axisFlags: Record<AxisFlag, string | undefined> = {
  models: values.models,
  decoding: values.decoding,
  timing: values.timing,
  'flash-attn': values['flash-attn'],
  vad: values.vad,
  threads: values.threads,
};
let axes;
try {
  axes = parseAxes(axisFlags);
} catch (e) {
  fail((e as Error).message);
}
const anyAxis = AXIS_FLAGS.some((f) => axisFlags[f] !== undefined);
const keys = [...binaries.keys()];
let configs: Config[];
let skipped = 0;
// --pair-only: no matrix rows, only the pipeline pair (with faster-whisper in its rounds): the goals.
if (values['pair-only']) configs = [];
else if (anyAxis) ({ configs, skipped } = crossProduct(axes!, baseline('portable', threads), keys));
else if (values.hour)
  configs = []; // a matrix on an hour of audio would take hours
else configs = values.long ? longSubset(keys, threads) : defaultSubset(keys, threads);

const work = await mkdtemp(join(tmpdir(), 'bench-engine-'));
// Stopped with Ctrl-C: the temp folder (WAVs, the quantized model) goes too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });
}
try {
  await main();
} finally {
  await rm(work, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const loadAtStart = describeMachine();
  // Inputs: the 16 kHz WAV the pipeline would make; for --long, the call with silences around each copy.
  const source = resolve(values.audio ?? join(FIXTURES, 'audio/sales-followup-azure.wav'));
  const callWav = join(work, 'call.16k.wav');
  const callSec = await whisperWav(source, callWav);
  const reference = values.audio ? null : readFileSync(join(FIXTURES, 'audio/sales-followup-azure.reference.txt'), 'utf8');
  let wav = callWav;
  let seconds = callSec;
  let ref = reference;
  if (shape) {
    wav = join(work, 'long.16k.wav');
    seconds = await callWithSilences(callWav, wav, shape.copies, shape.silenceSec);
    ref = reference && Array(shape.copies).fill(reference).join(' ');
  }
  const jfkWav = join(work, 'jfk.16k.wav');
  if (!values['no-jfk']) await whisperWav(join(FIXTURES, 'audio/jfk.wav'), jfkWav);
  const models = await prepareModels(new Set(configs.map((c) => c.model)));
  configs = configs.filter((c) => models.has(c.model));

  console.log('Engine benchmark (bench:engine)');
  for (const line of loadAtStart) console.log(line);
  console.log(
    `audio    ${basename(source)}${shape ? `, ${shape.copies}× with ${shape.silenceSec} s silences` : ''}: ${seconds.toFixed(1)} s; WER against ${ref ? 'the commercial transcript' : '(no reference)'}`,
  );
  console.log(`runs     ${runs} per configuration (median); jfk.wav once; pipeline vs bare: ${pairs} alternating pairs`);
  if (skipped) console.log(`skipped  ${skipped} combination(s) of DTW with flash attention on (whisper.cpp needs it off for DTW)`);
  console.log('');

  type Result = { label: string[]; usage: Usage | null; wer: number | null; jfkWer: number | null; note: string; fwKey: string | null };
  const results: Result[] = [];
  const variants = new Map<string, string>();
  const wer = (r: string | null, text: string) => (r === null ? null : wordErrorRate(r, text));
  for (const [i, config] of configs.entries()) {
    const model = models.get(config.model)!;
    const binary = binaries.get(config.binary)!;
    const label = [config.binary, config.model, config.decoding, config.wordTiming, onOff(config.flashAttn), onOff(config.vad), String(config.threads)];
    const files = { model: model.path, dtwPreset: model.dtwPreset, language: model.language, vadModel: VAD_MODEL, outputBase: join(work, 'out') };
    process.stdout.write(`  [${i + 1}/${configs.length}] ${label.join(' ')} … `);
    try {
      const main = [];
      for (let r = 0; r < runs; r++) main.push(await runCli(binary, cliArgs(config, { ...files, wav }), files.outputBase));
      if (main[0]!.cpuVariant) variants.set(config.binary, main[0]!.cpuVariant);
      const jfk = values['no-jfk'] ? null : await runCli(binary, cliArgs(config, { ...files, wav: jfkWav }), files.outputBase);
      const usage = medianUsage(main);
      results.push({
        label,
        usage,
        wer: wer(ref, main.at(-1)!.text),
        jfkWer: jfk && wordErrorRate(JFK_TEXT, jfk.text),
        note: appChoiceOf(config) ?? '',
        fwKey: fwKeyOf(config),
      });
      console.log(`${usage.wallSec.toFixed(1)} s`);
    } catch (e) {
      results.push({ label, usage: null, wer: null, jfkWer: null, note: firstLine(e), fwKey: null });
      console.log(`failed: ${firstLine(e)}`);
    }
  }

  // faster-whisper, once per distinct (decoding, VAD, word timing) among the tiny.en rows.
  const fwFigures = new Map<string, FwFigures>();
  let fwStatus = 'not asked (--no-faster-whisper)';
  const fw = values['no-faster-whisper'] ? null : findFasterWhisper({ python: values['fw-python'], model: values['fw-model'] });
  if (fw !== null) {
    if (typeof fw === 'string') fwStatus = `not installed (${fw})`;
    else {
      fwStatus = `faster-whisper ${fw.version} (${fw.python}), int8, model ${fw.model}`;
      // The issue's yardstick (faster-whisper's defaults: beam 5, no VAD, no word timestamps) always runs.
      const yardstick = { ...baseline('portable', threads), wordTiming: 'none' as const };
      const wanted = new Map<string, FwConfig>([[fwKeyOf(yardstick)!, { decoding: 'beam5', vad: false, words: false, threads }]]);
      for (const c of configs) {
        const key = fwKeyOf(c);
        if (key) wanted.set(key, { decoding: c.decoding, vad: c.vad, words: c.wordTiming === 'dtw', threads: c.threads });
      }
      for (const [key, fc] of wanted) {
        const label = ['faster-whisper int8', 'tiny.en', fc.decoding, fc.words ? 'words' : 'none', '-', onOff(fc.vad), String(fc.threads)];
        process.stdout.write(`  ${label.join(' ')} … `);
        try {
          const main = [];
          for (let r = 0; r < runs; r++) main.push(await runFasterWhisper(fw, fc, wav, work));
          const jfk = values['no-jfk'] ? null : await runFasterWhisper(fw, fc, jfkWav, work);
          const usage = medianUsage(main);
          fwFigures.set(key, { wallSec: usage.wallSec, wer: wer(ref, main.at(-1)!.text), others: usage.others });
          results.push({
            label,
            usage,
            wer: wer(ref, main.at(-1)!.text),
            jfkWer: jfk && wordErrorRate(JFK_TEXT, jfk.text),
            note: 'yardstick',
            fwKey: null,
          });
          console.log(`${usage.wallSec.toFixed(1)} s`);
        } catch (e) {
          results.push({ label, usage: null, wer: null, jfkWer: null, note: firstLine(e), fwKey: null });
          console.log(`failed: ${firstLine(e)}`);
        }
      }
    }
  }
  console.log(`  faster-whisper: ${fwStatus}`);

  // Our pipeline against the bare CLI, both with the pipeline's flags (whisperArgs), portable build.
  let pair: Awaited<ReturnType<typeof pipelineVsBare>> | null = null;
  if (!values['no-pipeline']) {
    process.stdout.write(`  pipeline vs bare whisper-cli, ${pairs} pair(s) … `);
    try {
      const audio = shape ? wav : source;
      pair = await pipelineVsBare({
        binary: portable,
        model: models.get('tiny.en')?.path ?? TINY_EN,
        audio,
        wav,
        threads,
        speed,
        pairs,
        work,
        clockTicks: clockTicksPerSec(),
        // The issue's yardstick (faster-whisper's defaults) in every round, beside the pipeline and the bare CLI.
        yardstick: fw && typeof fw !== 'string' ? () => runFasterWhisper(fw, { decoding: 'beam5', vad: false, words: false, threads }, wav, work) : undefined,
      });
      console.log('done');
    } catch (e) {
      console.log(`failed: ${firstLine(e)}`);
    }
  }

  console.log('');
  const headers = ['engine', 'model', 'decoding', 'timing', 'FA', 'VAD', 'thr', 'wall s', 'CPU s', 'RSS MB', 'WER call', 'WER jfk', '× fw', 'others', 'note'];
  const rows = results.map((r) => {
    const fw = r.fwKey ? fwFigures.get(r.fwKey)?.wallSec : undefined;
    return [
      ...r.label,
      r.usage ? r.usage.wallSec.toFixed(1) : '-',
      r.usage ? r.usage.cpuSec.toFixed(1) : '-',
      r.usage ? r.usage.peakRssMb.toFixed(0) : '-',
      fmtWer(r.wer),
      fmtWer(r.jfkWer),
      r.usage && fw ? (r.usage.wallSec / fw).toFixed(2) : '-',
      r.usage?.others === undefined ? '-' : r.usage.others.toFixed(2),
      r.note,
    ];
  });
  if (pair) {
    // × fw against faster-whisper from the same rounds when it ran there, else from its own row.
    const fwWall = pair.yardstick?.runs.length
      ? medianUsage(pair.yardstick.runs).wallSec
      : fwFigures.get(fwKeyOf(appConfig(speed, 'portable', threads))!)?.wallSec;
    const sides = [
      { name: 'our pipeline', side: pair.pipeline, decoding: `app: ${speed}`, timing: 'app' },
      { name: 'bare, same flags', side: pair.bare, decoding: `app: ${speed}`, timing: 'app' },
      ...(pair.yardstick ? [{ name: 'faster-whisper int8, same rounds', side: pair.yardstick, decoding: 'beam5', timing: 'none' }] : []),
    ];
    for (const { name, side, decoding, timing } of sides) {
      const u = medianUsage(side.runs);
      rows.push([
        name,
        'tiny.en',
        decoding,
        timing,
        '-',
        '-',
        String(threads),
        u.wallSec.toFixed(1),
        u.cpuSec.toFixed(1),
        (u.treeRssMb ?? u.peakRssMb).toFixed(0),
        fmtWer(wer(ref, side.text)),
        '-',
        fwWall ? (u.wallSec / fwWall).toFixed(2) : '-',
        u.others === undefined ? '-' : u.others.toFixed(2),
        `median of ${side.runs.length}`,
      ]);
    }
  }
  printColumns(headers, rows, new Set([6, 7, 8, 9, 10, 11, 12, 13]));
  console.log('');
  console.log(`cpu variant  ${[...variants].map(([b, v]) => `${b}: ${v}`).join(', ') || 'not reported (a build without GGML_BACKEND_DL)'}`);
  console.log(`load at end  ${loadNow()} (1 min)`);
  console.log('× fw: wall ÷ faster-whisper int8 tiny.en with the same decoding, VAD and word timing. "app" = the flags whisperArgs gives.');
  console.log('others: cores other processes kept busy during the run (the worst run); above ~0.2 the row measures the contention, not the engine.');
  if (pair) printGoals(pair, fwFigures, ref);
}

type FwFigures = { wallSec: number; wer: number | null; others?: number };

function printGoals(pair: NonNullable<Awaited<ReturnType<typeof pipelineVsBare>>>, fw: Map<string, FwFigures>, ref: string | null): void {
  const p = medianUsage(pair.pipeline.runs);
  const b = medianUsage(pair.bare.runs);
  const pipelineWer = ref === null ? null : wordErrorRate(ref, pair.pipeline.text);
  const ratio = p.wallSec / b.wallSec;
  const fwGoal = values.long ? 1.0 : 1.5;
  // faster-whisper from the pair's own rounds when it ran there (same machine state), else from its row.
  const inRounds = pair.yardstick && pair.yardstick.runs.length > 0 ? pair.yardstick : null;
  const yardstick: FwFigures | undefined = inRounds
    ? { ...medianUsage(inRounds.runs), wer: ref === null ? null : wordErrorRate(ref, inRounds.text) }
    : fw.get(fwKeyOf({ ...baseline('portable', threads), wordTiming: 'none' })!);
  const withWords = fw.get(fwKeyOf(baseline('portable', threads))!);
  // A figure taken while other processes kept the cores busy is shown, never counted as met or missed.
  const busy = Math.max(p.others ?? 0, b.others ?? 0, yardstick?.others ?? 0);
  const contended = busy > CONTENDED;
  const mark = (missed: boolean | null) => (contended ? null : missed);
  const versus = (f: FwFigures | undefined) =>
    f ? (p.wallSec / f.wallSec).toFixed(2) + (contended ? ` (contended: ${busy.toFixed(2)} cores busy)` : '') : 'n/a';
  const rows: Row[] = [
    { figure: `pipeline ÷ bare whisper-cli (same flags: ${speed}, wall)`, value: ratio.toFixed(3), goal: '≤ 1.05', missed: mark(ratio > 1.05) },
    {
      figure: 'pipeline ÷ faster-whisper int8 (beam 5, its defaults)',
      value: versus(yardstick),
      goal: `≤ ${fwGoal.toFixed(1)}`,
      missed: yardstick ? mark(p.wallSec / yardstick.wallSec > fwGoal) : null,
    },
    { figure: 'pipeline ÷ faster-whisper int8 (beam 5, word timestamps)', value: versus(withWords), goal: '(like for like)', missed: null },
    {
      figure: 'pipeline WER on the call (faster-whisper’s)',
      value: `${fmtWer(pipelineWer)} (${fmtWer(yardstick?.wer ?? null)})`,
      goal: '≤ faster-whisper’s',
      missed: pipelineWer === null || !yardstick || yardstick.wer === null ? null : pipelineWer > yardstick.wer,
    },
    {
      figure: 'pipeline peak memory (all its processes at once; largest one)',
      value: `${(p.treeRssMb ?? p.peakRssMb).toFixed(0)} MB (${p.peakRssMb.toFixed(0)} MB)`,
      goal: '≤ 500 MB on a 60-min call',
      missed: null,
    },
  ];
  console.log('');
  printTable(rows);
}

/** The faster-whisper row a tiny.en configuration is read against (same decoding, VAD, word timing). */
function fwKeyOf(c: Config): string | null {
  return c.model.startsWith('tiny.en') ? `${c.decoding}|${c.vad}|${c.wordTiming}|${c.threads}` : null;
}

/** The model files the configurations need; q8_0 is made from tiny.en by whisper-quantize into the temp folder. */
async function prepareModels(keys: Set<ModelKey>): Promise<Map<ModelKey, PreparedModel>> {
  const out = new Map<ModelKey, PreparedModel>();
  const add = async (key: ModelKey, path: string) => {
    const m = await inspectModelFile(path);
    out.set(key, { path, dtwPreset: m.dtwPreset, language: m.englishOnly ? 'en' : 'auto' });
  };
  if (keys.has('tiny.en')) await add('tiny.en', TINY_EN);
  if (keys.has('base-q5_1')) await add('base-q5_1', join(FIXTURES, 'models/ggml-base-q5_1.bin'));
  if (keys.has('tiny.en-q8_0')) {
    const quantize = join(dirname(portable), process.platform === 'win32' ? 'whisper-quantize.exe' : 'whisper-quantize');
    if (!existsSync(quantize)) console.log(`note     no whisper-quantize beside ${portable}: the q8_0 rows are left out`);
    else {
      await mkdir(join(work, 'models'), { recursive: true });
      const q8 = join(work, 'models', 'ggml-tiny.en-q8_0.bin');
      execFileSync(quantize, [TINY_EN, q8, 'q8_0'], { stdio: 'ignore' });
      await add('tiny.en-q8_0', q8);
    }
  }
  return out;
}

function onOff(on: boolean): string {
  return on ? 'on' : 'off';
}

function fmtWer(w: number | null): string {
  return w === null ? '-' : w.toFixed(3);
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
}
