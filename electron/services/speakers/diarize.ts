import type { ClusterOptions } from '../../../shared/speakers/cluster';
import { labelSpeakers, type Diarization, type VoiceAnalysis } from '../../../shared/speakers/diarization';
import { analyzeVoices, type AnalyzeOptions } from './analyze';
import { loadSpeakerEngine, type SpeakerEngine, type SpeakerModels } from './engine';

export type DiarizeOptions = AnalyzeOptions &
  ClusterOptions & {
    models: SpeakerModels;
    threads: number;
  };

export type DiarizeResult = Diarization & {
  /** Keep it to re-detect with another count without running the models again (labelSpeakers). */
  analysis: VoiceAnalysis;
  /** Seconds spent loading the models, segmenting, embedding, clustering (for benchmarks and logs). */
  timings: { loadSec: number; segmentSec: number; embedSec: number; clusterSec: number };
};

/** The engine for the last models used: loading them takes a second or two, so calls in a row share it. */
let cached: { key: string; engine: SpeakerEngine } | null = null;

async function engineFor(models: SpeakerModels, threads: number): Promise<SpeakerEngine> {
  const key = JSON.stringify([models.segmentation, models.embedding, threads]);
  if (cached?.key !== key) cached = { key, engine: await loadSpeakerEngine(models, threads) };
  return cached.engine;
}

/** Lets the loaded models go (about 100 MB) once no more calls are expected soon. */
export function releaseSpeakerEngine(): void {
  cached = null;
}

/**
 * Who spoke when in 16 kHz mono samples (readWhisperWav gives them from the pipeline's WAV): speech
 * segments with a speaker each, the speaker count (1–6, automatic unless `numSpeakers`), and each speaker's
 * mean voice.
 */
export async function diarize(samples: Float32Array, options: DiarizeOptions): Promise<DiarizeResult> {
  const t0 = performance.now();
  const engine = await engineFor(options.models, options.threads);
  const t1 = performance.now();
  const { timings, ...analysis } = await analyzeVoices(engine, samples, options);
  const t2 = performance.now();
  const result = labelSpeakers(analysis, options);
  const clusterSec = (performance.now() - t2) / 1000;
  return { ...result, analysis, timings: { loadSec: (t1 - t0) / 1000, ...timings, clusterSec } };
}
