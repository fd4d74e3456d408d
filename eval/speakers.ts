// npm run eval:speakers — who-spoke-when on mono mixes built from the fixture recordings (eval/speakersMixes.ts):
// attribution accuracy (share of speech time given to the right speaker under the best mapping), speakers
// found vs true, diarization time as a share of the audio's duration, and peak memory; with the baselines
// (everything to one speaker; today's pause alternation) on the same files.
// Words are approximated from the reference (speech split into 0.4 s "words" at every change of speaker),
// so the figures measure speaker detection and word assignment, not whisper's timings; with --whisper,
// each mix is also transcribed (whisper.cpp, trained tiny.en from the fixtures) and scored on its real words
// (speech time under a word), with diarization time as a share of transcription time.
// The stereo fixture call always goes through the app's stereo path on whisper words (eval/speakersStereo.ts).
// On whisper words, the edge check (eval/speakersEdges.ts) counts turns that start or end with the other
// speaker's word: the stereo call, and with --whisper the (a) mix (the same call). --cache=DIR keeps whisper's
// output for these inputs in DIR, to try speaker rules without transcribing again.
//   npm run eval:speakers -- [--threads=N] [--case=(a)|stereo] [--whisper] [--cache=DIR] [--edges=examples]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diarize } from '../electron/services/speakers/diarize';
import { whisperBinaryPath } from '../electron/services/transcription/binary';
import { WavWriter } from '../electron/services/transcription/wavWriter';
import { runWhisper } from '../electron/services/transcription/whisperCli';
import type { SpeakerSegment } from '../shared/speakers/diarization';
import { turnsByPauses } from '../shared/domain/turns';
import type { Turn, Word } from '../shared/domain/transcript';
import { turnsBySpeakers } from '../shared/speakers/assign';
import { attributionAccuracy, framesOf, FRAME_SEC } from '../shared/speakers/attribution';
import { edgeErrors, trackWords, type EdgeRow } from './speakersEdges';
import { CASES, RATE, load, type Case } from './speakersMixes';
import { runStereo, type StereoRow } from './speakersStereo';
import { cached } from './whisperCache';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const MODELS = resolve(import.meta.dirname, '../../shared/fixtures/models');
const models = {
  segmentation: join(MODELS, 'sherpa-onnx-pyannote-segmentation-3-0.onnx'),
  embedding: join(MODELS, '3dspeaker_speech_campplus_sv_zh_en_16k-common_advanced.onnx'),
};
// One thread: on 2 shared cores onnxruntime's second thread mostly waits (measured: half the CPU time, same wall).
const threads = Number(process.argv.find((a) => a.startsWith('--threads='))?.split('=')[1] ?? 1);
const only = process.argv.find((a) => a.startsWith('--case='))?.split('=')[1];
const withWhisper = process.argv.includes('--whisper');
const showExamples = process.argv.includes('--edges=examples');
const STEREO = 'stereo fixture call';
const whisper = {
  binary: whisperBinaryPath({ isPackaged: false, appPath: ROOT, resourcesPath: '' }),
  model: join(MODELS, 'ggml-tiny.en.bin'),
  modelName: 'ggml-tiny.en.bin',
  threads: 2,
  language: 'en',
  dtwPreset: 'tiny.en',
};

/** Reference speech as word-like pieces: at most 0.4 s, never across a change of speaker or a pause. */
function pseudoWords(reference: Int16Array): Word[] {
  const words: Word[] = [];
  let from = -1;
  const close = (f: number) => {
    for (let s = from; s < f; s += 8) words.push({ text: ' w', start: s * FRAME_SEC, end: Math.min(f, s + 8) * FRAME_SEC, p: 1 });
    from = -1;
  };
  for (let f = 0; f <= reference.length; f++) {
    const r = f < reference.length ? reference[f]! : -1;
    if (from >= 0 && r !== reference[from]) close(f);
    if (r >= 0 && from < 0) from = f;
  }
  return words;
}

const turnFrames = (turns: Turn[], frames: number) =>
  framesOf(
    turns.flatMap((t) => t.words.map((w) => ({ ...w, speaker: Number(t.speakerId) }))),
    (w) => w.speaker,
    frames,
  );

type Row = {
  split: string;
  name: string;
  ours: number;
  segments: number;
  found: number;
  speakers: number;
  one: number;
  pauses: number;
  rtf: number;
  cpu: number;
  whisper?: { ours: number; one: number; pauses: number; share: number; edges?: EdgeRow };
};

/** The fixture call's two tracks (= the stereo file's channels), each transcribed alone: who said which word. */
let tracks: Promise<Word[][]> | undefined;
const fixtureTracks = () =>
  (tracks ??= (async () => [
    await trackWords(dir, 'agent', load(dir, 'service-call-track-agent.wav'), whisper),
    await trackWords(dir, 'caller', load(dir, 'service-call-track-caller.wav'), whisper),
  ])());

async function run(c: Case): Promise<Row> {
  const frames = c.reference.length;
  const duration = c.samples.length / RATE;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await diarize(c.samples, { models, threads });
  const wall = (performance.now() - t0) / 1000 - result.timings.loadSec;
  const cpu = process.cpuUsage(cpu0);
  const words = pseudoWords(c.reference);
  const ids = Array.from({ length: Math.max(1, result.speakerCount) }, (_, k) => String(k));
  const turns = turnsBySpeakers(words, result.segments, ids);
  const score = (found: Int16Array) => attributionAccuracy(c.reference, found).accuracy;
  const t = result.timings;
  const whisper = withWhisper ? await scoreOnWhisper(c, result.segments, ids, wall) : undefined;
  return {
    whisper,
    split: `segment ${t.segmentSec.toFixed(1)} s, embed ${t.embedSec.toFixed(1)} s, cluster ${(t.clusterSec * 1000).toFixed(0)} ms, load ${t.loadSec.toFixed(1)} s`,
    name: c.name,
    ours: score(turnFrames(turns, frames)),
    segments: score(framesOf(result.segments, (s) => s.speaker, frames)),
    found: result.speakerCount,
    speakers: c.speakers,
    one: score(framesOf(words, () => 0, frames)),
    pauses: score(turnFrames(turnsByPauses([{ start: 0, end: duration, text: '', words }], ['0', '1']), frames)),
    rtf: wall / duration,
    // CPU seconds per audio second: what the figure would be on an idle machine with one thread.
    cpu: (cpu.user + cpu.system) / 1e6 / duration,
  };
}

/** Transcribes the mix and scores the three ways of giving its words speakers, on the frames under words. */
async function scoreOnWhisper(c: Case, diarized: SpeakerSegment[], ids: string[], diarizeSec: number) {
  const wav = join(dir, 'mix.16k.wav');
  const writer = await WavWriter.create(wav, RATE);
  await writer.write(c.samples);
  await writer.close();
  const { segments, transcribeSec } = await cached(`mix-${c.name}-${whisper.modelName}`, async () => {
    const t0 = performance.now();
    const { segments } = await runWhisper({ ...whisper, wav, outputBase: join(dir, 'mix') });
    return { segments, transcribeSec: (performance.now() - t0) / 1000 };
  });
  const frames = c.reference.length;
  const words = segments.flatMap((s) => s.words);
  const underWords = framesOf(words, () => 0, frames);
  const reference = c.reference.map((r, f) => (underWords[f]! >= 0 ? r : -1));
  const score = (turns: Turn[]) => attributionAccuracy(reference, turnFrames(turns, frames)).accuracy;
  const ours = turnsBySpeakers(words, diarized, ids);
  // The edge check needs the speakers' own tracks: only (a) is the fixture call as recorded.
  let edges: EdgeRow | undefined;
  if (c.name.startsWith('(a)')) {
    const { mapping } = attributionAccuracy(reference, turnFrames(ours, frames));
    edges = edgeErrors(ours, (t) => mapping.get(Number(t.speakerId)) ?? -1, await fixtureTracks());
  }
  return {
    edges,
    ours: score(ours),
    one: score([{ id: 't1', speakerId: '0', start: 0, end: 0, text: '', words }]),
    pauses: score(turnsByPauses(segments, ['0', '1'])),
    share: diarizeSec / transcribeSec,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'eval-speakers-'));
try {
  const rows: Row[] = [];
  for (const make of CASES) {
    const c = make(dir);
    if (only && !c.name.includes(only)) continue;
    console.log(`${c.name}: ${(c.samples.length / RATE).toFixed(1)} s — ${c.note}`);
    rows.push(await run(c));
  }
  let stereo: StereoRow | undefined;
  if (!only || STEREO.includes(only)) {
    console.log('stereo fixture call: agent left, caller right, through the stereo path on whisper tiny.en words');
    stereo = await runStereo(dir, whisper);
  }
  const pct = (x: number) => x.toFixed(3).padStart(7);
  console.log('\ncase                                ours  (segs)  found/true  one-spk  pauses   ×RT wall  CPU-s/s');
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(32)} ${pct(r.ours)} ${pct(r.segments)} ${`${r.found}/${r.speakers}`.padStart(8)}  ${pct(r.one)} ${pct(r.pauses)} ${r.rtf.toFixed(3).padStart(9)} ${r.cpu.toFixed(3).padStart(8)}`,
    );
  }
  if (withWhisper) {
    console.log('\non whisper tiny.en words          ours  one-spk  pauses  diarization/transcription time');
    for (const r of rows) {
      const w = r.whisper!;
      console.log(`${r.name.padEnd(32)} ${pct(w.ours)} ${pct(w.one)} ${pct(w.pauses)} ${w.share.toFixed(2).padStart(10)}`);
    }
  }
  if (stereo) {
    console.log('\nstereo path (whisper tiny.en)       turns  (words)  covered  goal');
    console.log(
      `${STEREO.padEnd(32)} ${pct(stereo.turns)} ${pct(stereo.words)} ${pct(stereo.covered)}  ≥ 0.97   (${stereo.turnCount} turns, ${stereo.seconds.toFixed(0)} s)`,
    );
  }
  const edgeRows: [string, EdgeRow][] = rows.flatMap((r) => (r.whisper?.edges ? [[r.name, r.whisper.edges] as [string, EdgeRow]] : []));
  if (stereo) edgeRows.push([STEREO, edgeErrors(stereo.result, (t) => (t.speakerId === 'agent' ? 0 : 1), await fixtureTracks())]);
  if (edgeRows.length > 0) {
    console.log("\nturn edges: other speaker's word   starts  ends  one-word  | wrong words / decided  turns");
    for (const [name, e] of edgeRows) {
      console.log(
        `${name.padEnd(32)} ${String(e.starts).padStart(7)} ${String(e.ends).padStart(5)} ${String(e.single).padStart(9)}  | ${String(e.wrongWords).padStart(5)} / ${e.decidedWords}  ${String(e.turns).padStart(9)}`,
      );
      if (showExamples) for (const x of e.examples) console.log(`    ${x}`);
    }
  }
  console.log('\nwall time split:');
  for (const r of rows) console.log(`  ${r.name.padEnd(32)} ${r.split}`);
  console.log(`\nthreads ${threads}; peak memory (max RSS of this process) ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
