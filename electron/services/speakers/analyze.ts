import type { VoiceAnalysis } from '../../../shared/speakers/diarization';
import { embeddedSpan, voiceWindows, type SpeechSegment, type VoiceWindow } from '../../../shared/speakers/windows';
import type { SpeakerEngine } from './engine';
import { SAMPLE_RATE } from './samples';

export type AnalyzeOptions = {
  signal?: AbortSignal;
  /** 0…1 over both steps (segmentation, then embeddings). */
  onProgress?: (fraction: number) => void;
};

/** Audio handed to the segmenter at once: three of its 10 s windows (about a second of work, then a yield). */
const CHUNK_SEC = 30;
/** Share of the work the segmentation step takes (measured: it also embeds each window's voices once). */
const SEGMENTATION_SHARE = 0.5;

/**
 * Finds the speech and its voices in 16 kHz mono samples: pyannote segmentation in chunks, then one CAM++
 * embedding per voice window. Returns to the event loop between chunks and windows, where it can be cancelled.
 */
export async function analyzeVoices(
  engine: SpeakerEngine,
  samples: Float32Array,
  options: AnalyzeOptions = {},
): Promise<Omit<VoiceAnalysis, 'embeddings'> & { embeddings: Float32Array[]; timings: { segmentSec: number; embedSec: number } }> {
  const durationSec = samples.length / SAMPLE_RATE;
  const t0 = performance.now();
  const segments = await findSpeech(engine, samples, options);
  const t1 = performance.now();
  const windows = voiceWindows(segments);
  const embeddings = await embed(engine, samples, windows, options);
  const timings = { segmentSec: (t1 - t0) / 1000, embedSec: (performance.now() - t1) / 1000 };
  // Windows too short for the extractor are left out, with their embeddings.
  const kept = windows.map((_, i) => i).filter((i) => embeddings[i] !== null);
  options.onProgress?.(1);
  return { durationSec, segments, windows: kept.map((i) => windows[i]!), embeddings: kept.map((i) => embeddings[i]!), timings };
}

async function findSpeech(engine: SpeakerEngine, samples: Float32Array, options: AnalyzeOptions): Promise<SpeechSegment[]> {
  const segments: SpeechSegment[] = [];
  const chunk = CHUNK_SEC * SAMPLE_RATE;
  for (let from = 0, n = 0; from < samples.length; from += chunk, n++) {
    await checkpoint(options.signal);
    const offset = from / SAMPLE_RATE;
    for (const s of engine.segmenter.process(samples.subarray(from, Math.min(samples.length, from + chunk)))) {
      segments.push({ start: offset + s.start, end: offset + s.end, track: `${n}:${s.speaker}` });
    }
    options.onProgress?.(SEGMENTATION_SHARE * Math.min(1, (from + chunk) / samples.length));
  }
  return segments.sort((a, b) => a.start - b.start || a.end - b.end);
}

async function embed(engine: SpeakerEngine, samples: Float32Array, windows: VoiceWindow[], options: AnalyzeOptions): Promise<(Float32Array | null)[]> {
  const out: (Float32Array | null)[] = [];
  let lastYield = performance.now();
  for (const [i, w] of windows.entries()) {
    if (performance.now() - lastYield > 50) {
      await checkpoint(options.signal);
      lastYield = performance.now();
    }
    const stream = engine.extractor.createStream();
    const span = embeddedSpan(w);
    stream.acceptWaveform({ sampleRate: SAMPLE_RATE, samples: samples.subarray(Math.floor(span.start * SAMPLE_RATE), Math.ceil(span.end * SAMPLE_RATE)) });
    stream.inputFinished();
    // A copy: the addon's buffer may be reused by the next call.
    out.push(engine.extractor.isReady(stream) ? Float32Array.from(engine.extractor.compute(stream, false)) : null);
    options.onProgress?.(SEGMENTATION_SHARE + (1 - SEGMENTATION_SHARE) * ((i + 1) / windows.length));
  }
  options.signal?.throwIfAborted();
  return out;
}

async function checkpoint(signal: AbortSignal | undefined): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  // The caller's reason (the queue aborts with its own CANCELLED error) is what the job reports.
  signal?.throwIfAborted();
}
