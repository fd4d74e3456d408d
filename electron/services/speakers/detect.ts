import type { Speaker } from '../../../shared/domain/call';
import type { Segment, Turn } from '../../../shared/domain/transcript';
import { turnsBySpeakers } from '../../../shared/speakers/assign';
import type { VoiceAnalysis } from '../../../shared/speakers/diarization';
import { detectedSpeakerIds, speakersAfterDetection } from '../../../shared/speakers/speakerList';
import { diarize } from './diarize';
import type { SpeakerModels } from './engine';
import { readWhisperWav } from './samples';

/**
 * One thread: measured faster than two on a 2-core machine, where whisper's threads and the app share
 * the cores; the models' work is small next to recognition's either way.
 */
const THREADS = 1;

export type DetectedSpeakers = {
  turns: Turn[];
  speakers: Speaker[];
  voices: VoiceAnalysis;
  /** Each detected speaker's mean voice, in speaker order (s1, s2…): what voice profiles are matched to. */
  speakerVoices: number[][];
};

/**
 * A mono call's speakers from its voices: diarizes the 16 kHz WAV the pipeline made for whisper (no second
 * decode), gives each recognised word to the voice under it, and names the voices s1…sN (keeping the
 * names and roles `known` has for those ids). null when no voice was found (silence): the caller keeps
 * its default.
 */
export async function detectSpeakers(
  wavPath: string,
  segments: Segment[],
  known: Speaker[],
  options: { models: SpeakerModels; numSpeakers?: number | null; signal?: AbortSignal; onProgress?: (fraction: number) => void },
): Promise<DetectedSpeakers | null> {
  const samples = await readWhisperWav(wavPath);
  const result = await diarize(samples, {
    models: options.models,
    threads: THREADS,
    numSpeakers: options.numSpeakers ?? undefined,
    signal: options.signal,
    onProgress: options.onProgress,
  });
  if (result.speakerCount === 0) return null;
  const turns = turnsBySpeakers(
    segments.flatMap((s) => s.words),
    result.segments,
    detectedSpeakerIds(result.speakerCount),
  );
  return { turns, speakers: speakersAfterDetection(known, result.speakerCount, turns), voices: result.analysis, speakerVoices: result.voices };
}
