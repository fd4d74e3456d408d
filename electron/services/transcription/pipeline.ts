import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { AudioTrack, PeaksInfo, Speaker } from '../../../shared/domain/call';
import { cleanSegments } from '../../../shared/domain/cleanup';
import type { AudioEnvelope } from '../../../shared/domain/envelope';
import type { Segment, Turn } from '../../../shared/domain/transcript';
import { defaultSpeakers, turnsByChannel, turnsByPauses, turnsFromTracks } from '../../../shared/domain/turns';
import { decodeForTranscription } from './decode';
import { writePeaks } from './peaks';
import { runWhisper } from './whisperCli';

export type Engine = {
  binary: string;
  model: string;
  /** Shown with the transcript ("ggml-base.en.bin"). */
  modelName: string;
  threads: number;
  language: string;
  /** whisper.cpp's DTW preset for word timing, when the model is one it knows. */
  dtwPreset: string | null;
};

export type Stage = 'decoding' | 'transcribing';

export type PipelineInput = {
  callDir: string;
  tracks: AudioTrack[];
  speakers: Speaker[];
  engine: Engine;
  signal?: AbortSignal;
  onProgress?: (fraction: number, stage: Stage) => void;
};

export type PipelineResult = { turns: Turn[]; speakers: Speaker[]; language: string | null; peaks: PeaksInfo };

/** Decoding is fast next to recognition; these weights make one progress bar out of both. */
const DECODE_SHARE = 0.08;

/**
 * One call's audio → speaker turns with word timings, and the cached waveform. Each track is decoded
 * once (16 kHz mix for whisper, per-channel envelope for peaks and speaker attribution), then
 * transcribed by the native whisper.cpp CLI. Scratch files live in `<call>/.work` and are removed.
 */
export async function transcribeRecording(input: PipelineInput): Promise<PipelineResult> {
  const work = join(input.callDir, '.work');
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const totalSec = input.tracks.reduce((sum, t) => sum + t.durationSec, 0) || 1;
  let doneSec = 0;
  const report = (trackSec: number, fraction: number, stage: Stage) =>
    input.onProgress?.(Math.min(1, (doneSec + trackSec * fraction) / totalSec), stage);

  try {
    const perTrack: { envelope: AudioEnvelope; segments: Segment[]; language: string | null }[] = [];
    for (const [i, track] of input.tracks.entries()) {
      const wav = join(work, `track-${i + 1}.16k.wav`);
      const decoded = await decodeForTranscription(join(input.callDir, track.file), wav, {
        signal: input.signal,
        onProgress: (sec) => report(track.durationSec, (DECODE_SHARE * sec) / (track.durationSec || 1), 'decoding'),
      });
      const { segments, language } = await runWhisper({
        ...input.engine,
        wav,
        outputBase: join(work, `track-${i + 1}`),
        signal: input.signal,
        onProgress: (f) => report(track.durationSec, DECODE_SHARE + (1 - DECODE_SHARE) * f, 'transcribing'),
      });
      await rm(wav, { force: true });
      perTrack.push({ envelope: decoded.envelope, segments: cleanSegments(segments), language });
      doneSec += track.durationSec;
    }
    const { turns, speakers } = attributeSpeakers(input.tracks, input.speakers, perTrack);
    const peaks = await writePeaks(input.callDir, perTrack.map((t) => t.envelope));
    return { turns, speakers, language: perTrack[0]?.language ?? null, peaks };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** One energy curve per track (a stereo track's channels averaged). */
function mixedEnergy(envelope: AudioEnvelope): Float32Array {
  if (envelope.energy.length === 1) return envelope.energy[0]!;
  const out = new Float32Array(envelope.energy[0]!.length);
  for (const channel of envelope.energy) channel.forEach((v, i) => (out[i]! += v / envelope.energy.length));
  return out;
}

function attributeSpeakers(
  tracks: AudioTrack[],
  known: Speaker[],
  perTrack: { envelope: AudioEnvelope; segments: Segment[] }[],
): { turns: Turn[]; speakers: Speaker[] } {
  if (tracks.length > 1) {
    const turns = turnsFromTracks(
      tracks.map((t, i) => ({
        speakerId: t.speakerId ?? `s${i + 1}`,
        segments: perTrack[i]!.segments,
        energy: mixedEnergy(perTrack[i]!.envelope),
      })),
      perTrack[0]!.envelope.bucketsPerSecond,
    );
    return { turns, speakers: known };
  }
  const { envelope, segments } = perTrack[0]!;
  const stereo = envelope.energy.length === 2;
  const speakers = known.length >= 2 ? known : defaultSpeakers(stereo ? 2 : 1);
  const ids = speakers.map((s) => s.id);
  const turns = stereo
    ? turnsByChannel(segments, envelope.energy, envelope.bucketsPerSecond, ids)
    : turnsByPauses(segments, [ids[0]!, ids[1]!]);
  return { turns, speakers };
}
