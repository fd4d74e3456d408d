import { clusterVoices, RELIABLE_SECONDS, type ClusterOptions } from './cluster';
import { normalized } from './vectors';
import type { SpeechSegment, VoiceWindow } from './windows';

/** What the models heard, before anyone is named: kept so speakers can be re-detected in milliseconds. */
export type VoiceAnalysis = {
  durationSec: number;
  segments: SpeechSegment[];
  windows: VoiceWindow[];
  /** One embedding per window (raw model output). */
  embeddings: ArrayLike<number>[];
};

/** Who spoke when: `speaker` is 0…speakerCount-1 in order of first appearance; `confidence` is 0…1. */
export type SpeakerSegment = { start: number; end: number; speaker: number; confidence: number };

export type Diarization = {
  segments: SpeakerSegment[];
  speakerCount: number;
  /** Each speaker's mean voice (unit length), for voice profiles. */
  voices: number[][];
};

/** A margin (own speaker's similarity minus the next one's) this wide is full confidence. */
export const FULL_MARGIN = 0.3;

/**
 * Names the voices: clusters the window embeddings (automatic count, or `numSpeakers`), then covers each
 * segment with its windows' speakers (a segment whose windows disagree is split between them).
 */
export function labelSpeakers(analysis: VoiceAnalysis, options: ClusterOptions = {}): Diarization {
  const { windows } = analysis;
  const clustering = clusterVoices(
    windows.map((w, i) => ({ embedding: normalized(analysis.embeddings[i]!), seconds: w.end - w.start })),
    options,
  );
  const confidence = windows.map((w, i) => {
    const margin = Math.min(1, clustering.margins[i]! / FULL_MARGIN);
    const length = Math.min(1, (w.end - w.start) / RELIABLE_SECONDS);
    return margin * length * (w.overlapped ? 0.5 : 1);
  });
  const segments: SpeakerSegment[] = [];
  analysis.segments.forEach((segment, index) => {
    const own = windows.map((w, i) => ({ w, i })).filter(({ w }) => w.segment === index);
    own.sort((a, b) => a.w.start - b.w.start);
    own.forEach(({ w, i }, k) => {
      // Each window speaks for the segment up to halfway to its neighbours.
      const start = k === 0 ? segment.start : (own[k - 1]!.w.end + w.start) / 2;
      const end = k === own.length - 1 ? segment.end : (w.end + own[k + 1]!.w.start) / 2;
      const piece = { start, end, speaker: clustering.labels[i]!, confidence: confidence[i]! };
      const last = segments.at(-1);
      if (k > 0 && last && last.speaker === piece.speaker) {
        const a = last.end - last.start;
        const b = piece.end - piece.start;
        last.confidence = (last.confidence * a + piece.confidence * b) / (a + b);
        last.end = piece.end;
      } else segments.push(piece);
    });
  });
  segments.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    segments,
    speakerCount: clustering.centroids.length,
    voices: clustering.centroids.map((c) => Array.from(c)),
  };
}
