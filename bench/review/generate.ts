// The long call the Review bench opens: 60 minutes of speech-like audio, 1,500 turns / 15,000 words with
// per-word times, and 200 pain tags in chains, put into a library folder through the backend's own code
// (import, the transcription pipeline's decode and peaks cache, the library's transcript and annotation
// writes). Only the words are made up: no whisper run.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Speaker } from '../../shared/domain/call';
import { tagCommand } from '../../shared/domain/chains';
import type { PainLevel } from '../../shared/domain/annotations';
import { turnText, type Turn, type Word } from '../../shared/domain/transcript';
import { importRecordings } from '../../electron/services/importer/importer';
import { openLibrary } from '../../electron/services/library/library';
import { decodeForTranscription } from '../../electron/services/transcription/decode';
import { writePeaks } from '../../electron/services/transcription/peaks';
import { WavWriter } from '../../electron/services/transcription/wavWriter';

export const SPEC = { minutes: 60, turns: 1500, words: 15_000, tags: 200, sampleRate: 16_000 };

export type LongCall = { callId: string; turns: Turn[]; words: number; tags: number; durationSec: number; peaksBuckets: number };

/** Deterministic, so every run opens the same call. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = (
  'we the our team you your it that this is was are have has had to of and in on for with about when how what ' +
  'onboarding renewal renewals pipeline quarter budget pricing contract migration integration dashboard report ' +
  'reports customers clients churn support tickets setup weeks months delay delays cost costs revenue forecast ' +
  'manual spreadsheet spreadsheets process approval security review rollout pilot seats licence licences vendor ' +
  'really actually honestly probably usually sometimes every because so but then still just already again ' +
  'lost missed waiting slow stuck painful frustrating expensive important critical urgent tomorrow yesterday ' +
  'finance operations leadership board manager director engineers analysts sales success legal procurement'
).split(' ');

export const SPEAKERS: Speaker[] = [
  { id: 's1', name: 'Dana Rep', role: 'rep' },
  { id: 's2', name: 'Sam Prospect', role: 'prospect' },
];

/** 1,500 alternating turns; word counts vary (short answers, long explanations) and add up to 15,000. */
export function makeTurns(seed = 1): Turn[] {
  const rnd = random(seed);
  const durationSec = SPEC.minutes * 60;
  const counts = new Array<number>(SPEC.turns).fill(1);
  const weights = counts.map(() => (-Math.log(1 - rnd())) ** 1.5);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const total = cumulative.at(-1)!;
  for (let left = SPEC.words - SPEC.turns; left > 0; left--) {
    const x = rnd() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    counts[lo]!++;
  }
  // Time: a pause before each turn, then words whose length follows their letters, scaled to 60 minutes.
  const gaps = counts.map(() => 0.2 + 0.6 * rnd());
  const texts = counts.map((n) => Array.from({ length: n }, () => VOCABULARY[Math.floor(rnd() * VOCABULARY.length)]!));
  const wordWeight = (w: string) => 0.35 + 0.07 * w.length;
  const WORD_GAP = 0.04;
  const speechWeight = texts.flat().reduce((sum, w) => sum + wordWeight(w), 0);
  const speechSec = durationSec - 1 - gaps.reduce((a, b) => a + b, 0) - SPEC.words * WORD_GAP;
  const scale = speechSec / speechWeight;

  let at = 0;
  return texts.map((text, i): Turn => {
    at += gaps[i]!;
    const words: Word[] = text.map((w, j) => {
      const start = at;
      const end = start + wordWeight(w) * scale;
      at = end + WORD_GAP;
      const shown = j === 0 ? w[0]!.toUpperCase() + w.slice(1) : w;
      const last = j === text.length - 1 ? (i % 7 === 3 ? '?' : '.') : '';
      return { text: ` ${shown}${last}`, start: round(start), end: round(end), p: round(0.6 + 0.4 * rnd()) };
    });
    const speakerId = SPEAKERS[i % 2]!.id;
    return { id: `t${i + 1}`, speakerId, start: words[0]!.start, end: words.at(-1)!.end, text: turnText(words), words };
  });
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/**
 * 16 kHz mono speech-like audio following the words: voiced bursts (a few harmonics of each speaker's
 * pitch plus breath noise) shaped per syllable, low noise between words and turns.
 */
export async function writeCallAudio(path: string, turns: Turn[], seed = 2): Promise<void> {
  const rnd = random(seed);
  const rate = SPEC.sampleRate;
  const total = SPEC.minutes * 60 * rate;
  const words = turns.flatMap((t) => t.words.map((w) => ({ ...w, pitch: t.speakerId === 's1' ? 118 : 196, gain: 0.25 + 0.5 * rnd() })));
  const TABLE = 4096;
  const sine = Float32Array.from({ length: TABLE }, (_, i) => Math.sin((2 * Math.PI * i) / TABLE));
  const wav = await WavWriter.create(path, rate);
  let w = 0;
  let phase = 0;
  const chunk = new Float32Array(rate);
  for (let offset = 0; offset < total; offset += rate) {
    const n = Math.min(rate, total - offset);
    for (let i = 0; i < n; i++) {
      const t = (offset + i) / rate;
      while (w < words.length && words[w]!.end < t) w++;
      const word = words[w];
      let v = (rnd() - 0.5) * 0.004; // room noise
      if (word && t >= word.start) {
        const x = (t - word.start) / (word.end - word.start);
        const syllables = Math.max(1, Math.round((word.end - word.start) * 5));
        const shape = Math.sin(Math.PI * x) * (0.55 + 0.45 * Math.abs(Math.sin(Math.PI * x * syllables)));
        const pitch = word.pitch * (1 + 0.06 * Math.sin(2 * Math.PI * 3 * t));
        phase = (phase + (pitch * TABLE) / rate) % TABLE;
        const p = phase | 0;
        const voiced = sine[p]! + 0.5 * sine[(2 * p) % TABLE]! + 0.3 * sine[(3 * p) % TABLE]! + 0.15 * sine[(5 * p) % TABLE]!;
        v += word.gain * shape * (0.5 * voiced + 0.25 * (rnd() - 0.5));
      }
      chunk[i] = v;
    }
    await wav.write(n === rate ? chunk : chunk.subarray(0, n));
  }
  await wav.close();
}

/**
 * 200 tags as a reviewer leaves them: on the prospect's turns, 75 chains of symptom → business impact
 * (→ personal stakes for the first 50), each chain starting 20 turns after the previous one.
 */
async function tagChains(library: Awaited<ReturnType<typeof openLibrary>>, callId: string, turns: Turn[]): Promise<number> {
  let made = 0;
  for (let chain = 0; made < SPEC.tags; chain++) {
    const depth = Math.min(SPEC.tags - made, chain < 50 ? 3 : 2);
    let parentId: string | null = null;
    for (let level = 1; level <= depth; level++) {
      const turn = turns[chain * 20 + 1 + (level - 1) * 2]!;
      const id: string = `bench-${chain}-${level}`;
      const tag = { id, author: 'Reviewer', createdAt: new Date().toISOString(), level: level as PainLevel, span: { start: turn.start, end: turn.end } };
      const annotations = await library.annotations(callId);
      await library.applyAnnotation(
        callId,
        tagCommand(
          annotations,
          tag,
          parentId,
          turn.words
            .slice(0, 6)
            .map((w) => w.text.trim())
            .join(' '),
        ),
      );
      parentId = id;
      made++;
    }
  }
  return made;
}

/** Fills `libraryFolder` with the long call; `workDir` holds the generated recording meanwhile. */
export async function makeLongCallLibrary(libraryFolder: string, workDir: string, log: (line: string) => void): Promise<LongCall> {
  let t = performance.now();
  const step = (what: string) => {
    log(`  ${what} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    t = performance.now();
  };
  const turns = makeTurns();
  const recording = join(workDir, 'Discovery call – 60 min.wav');
  await writeCallAudio(recording, turns);
  step('synthesised 60 min of 16 kHz audio');

  const library = await openLibrary(libraryFolder);
  const [outcome] = await importRecordings(library, [recording]);
  if (outcome?.kind !== 'imported') throw new Error(`import failed: ${JSON.stringify(outcome)}`);
  const callId = outcome.call.id;
  await rm(recording);
  step('imported it (probe, copy, hash)');

  // What the transcription pipeline does before whisper: one streaming decode → envelope → peaks.bin.
  const call = await library.get(callId);
  const callDir = library.callDir(callId);
  const decoded = await decodeForTranscription(join(callDir, call.tracks[0]!.file), join(workDir, 'mix.16k.wav'));
  await rm(decoded.wavPath);
  const peaks = await writePeaks(callDir, [decoded.envelope]);
  step(`decoded it into cached peaks (${peaks.buckets} buckets)`);

  await library.saveTranscript(
    callId,
    { source: { kind: 'whisper', name: 'ggml-base.en.bin', language: 'en', createdAt: new Date().toISOString() }, turns },
    (c) => ({ ...c, title: 'Discovery call – 60 min (bench)', status: 'transcribed', statusMessage: null, speakers: SPEAKERS, peaks }),
  );
  const tags = await tagChains(library, callId, turns);
  step(`saved the transcript and ${tags} tags`);
  return { callId, turns, words: turns.reduce((n, x) => n + x.words.length, 0), tags, durationSec: decoded.durationSec, peaksBuckets: peaks.buckets };
}
