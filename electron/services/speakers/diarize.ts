import type { ClusterOptions } from '../../../shared/speakers/cluster';
import { labelSpeakers, type Diarization, type VoiceAnalysis } from '../../../shared/speakers/diarization';
import type { AnalyzeOptions } from './analyze';
import type { SpeakerModels } from './engine';
import { createSpeakerWorker } from './workerHost';

export type DiarizeOptions = AnalyzeOptions &
  ClusterOptions & {
    models: SpeakerModels;
    threads: number;
  };

export type DiarizeResult = Diarization & {
  /** Keep it to re-detect with another count without running the models again (labelSpeakers). */
  analysis: VoiceAnalysis;
  /**
   * Seconds spent loading the models (with starting their worker; near zero when both were ready),
   * segmenting, embedding, clustering (for benchmarks and logs).
   */
  timings: { loadSec: number; segmentSec: number; embedSec: number; clusterSec: number };
};

/** Runs the models off the main thread, keeping them loaded between calls in a row. */
const speakerWorker = createSpeakerWorker();

/** Lets the loaded models go (about 100 MB, with their worker) once no more calls are expected soon. */
export function releaseSpeakerEngine(): void {
  speakerWorker.release();
}

/**
 * Who spoke when in 16 kHz mono samples (readWhisperWav gives them from the pipeline's WAV): speech
 * segments with a speaker each, the speaker count (1–6, automatic unless `numSpeakers`), and each speaker's
 * mean voice. The models run in a worker; the clustering, which is quick, runs here.
 */
export async function diarize(samples: Float32Array, options: DiarizeOptions): Promise<DiarizeResult> {
  const { timings, ...analysis } = await speakerWorker.analyze(samples, options);
  const t0 = performance.now();
  const result = labelSpeakers(analysis, options);
  const clusterSec = (performance.now() - t0) / 1000;
  return { ...result, analysis, timings: { loadSec: timings.startSec, segmentSec: timings.segmentSec, embedSec: timings.embedSec, clusterSec } };
}
