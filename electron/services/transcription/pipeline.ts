import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { AudioTrack, Speaker } from '../../../shared/domain/call';
import { cleanSegments } from '../../../shared/domain/cleanup';
import type { AudioEnvelope } from '../../../shared/domain/envelope';
import type { Segment, Turn } from '../../../shared/domain/transcript';
import { defaultSpeakers, turnsByChannel, turnsByPauses } from '../../../shared/domain/turns';
import { planWindows, withoutSilences, type TimeWindow } from '../../../shared/domain/windows';
import type { VoiceAnalysis } from '../../../shared/speakers/diarization';
import { detectSpeakers } from '../speakers/detect';
import type { SpeakerModels } from '../speakers/engine';
import { WHISPER_SAMPLE_RATE, decodeForTranscription, type DecodedTrack } from './decode';
import { transcribeWindows } from './windowed';
import type { Decoding, StallLimits } from './whisperCli';
import { mixWavFiles } from './wavWriter';

export type Engine = {
  binary: string;
  model: string;
  /** Shown with the transcript ("ggml-base.en.bin"). */
  modelName: string;
  threads: number;
  language: string;
  /** whisper.cpp's DTW preset for word timing, when the model is one it knows. */
  dtwPreset: string | null;
  /** Beam size, best-of and flash attention from the engine profile; absent: whisper-cli's defaults. */
  decoding?: Decoding;
  /** whisper runs at once on a call's windows, `threads` shared among them (concurrentRuns.ts); 1 when absent. */
  runs?: number;
};

export type Stage = 'decoding' | 'transcribing' | 'speakers';

export type PipelineInput = {
  /** The recordings, absolute paths, in the order of `tracks`. */
  audioPaths: string[];
  /**
   * Scratch folder for the 16 kHz copies, created here and removed once the call is transcribed. A job
   * that stops keeps its finished windows' results there (see windowStore.ts): run again, it goes on
   * from the next window. Remove the folder to start over (a cancelled job).
   */
  workDir: string;
  tracks: AudioTrack[];
  speakers: Speaker[];
  engine: Engine;
  /** Set when speaker models are ready: a mono call's speakers are then found from their voices. */
  speakerModels?: SpeakerModels | null;
  /** How many people speak, when the user said so; null or absent: found from the voices. */
  speakerCount?: number | null;
  /** Longest window whisper.cpp is given at once, seconds (tests use short ones). */
  maxWindowSec?: number;
  stallLimits?: StallLimits;
  signal?: AbortSignal;
  /** `fraction` of the whole job, and of the current stage (stages run at very different speeds). */
  onProgress?: (fraction: number, stage: Stage, stageFraction: number) => void;
};

export type PipelineResult = {
  turns: Turn[];
  speakers: Speaker[];
  language: string | null;
  envelopes: AudioEnvelope[];
  /** What the speaker models heard (mono calls diarized): kept to re-detect speakers without them. */
  voices: VoiceAnalysis | null;
  /** Each detected speaker's mean voice (s1, s2…), when the speakers were found from voices. */
  speakerVoices: number[][] | null;
  /** Stretches whose words were timed without DTW: the engine stalled there with it (see whisperCli.ts). */
  withoutDtw: TimeWindow[];
};

/** Decoding is fast next to recognition; these weights make one progress bar out of the stages. */
const DECODE_SHARE = 0.08;
/** Diarization, when it runs: measured at a sixth of recognition's time with ggml-tiny.en (less with larger models). */
const SPEAKERS_SHARE = 0.15;

/**
 * One call's audio → speaker turns with word timings, and the cached waveform. Each track is decoded once
 * (16 kHz mix for whisper, per-channel envelope for peaks and speaker attribution); whisper.cpp then
 * transcribes the call's mix in windows of at most 10 minutes cut in pauses (bounded memory; a stall or
 * a quit loses one window at most), and each word goes to the channel or track that was loudest while it
 * was spoken.
 *
 * Per-speaker tracks are mixed rather than transcribed one by one: measured on the call-centre fixture,
 * whisper's timestamps drift in a track's long silences and it picks up the other voice's bleed, so
 * separate transcripts matched the stereo turns only 16/25 times (±1 s), and took 1.7× as long.
 */
export async function transcribeRecording(input: PipelineInput): Promise<PipelineResult> {
  const work = input.workDir;
  await mkdir(work, { recursive: true });
  const decodeTotal = input.tracks.reduce((sum, t) => sum + t.durationSec, 0) || 1;
  let decodedBefore = 0;

  try {
    const decoded: DecodedTrack[] = [];
    for (const [i, track] of input.tracks.entries()) {
      decoded.push(
        await decodeForTranscription(input.audioPaths[i]!, join(work, `track-${i + 1}.16k.wav`), {
          signal: input.signal,
          onProgress: (sec) => {
            const stageFraction = (decodedBefore + sec) / decodeTotal;
            input.onProgress?.(DECODE_SHARE * stageFraction, 'decoding', stageFraction);
          },
        }),
      );
      decodedBefore += track.durationSec;
    }
    let wav = decoded[0]!.wavPath;
    if (decoded.length > 1) {
      wav = join(work, 'mix.16k.wav');
      await mixWavFiles(
        decoded.map((d) => d.wavPath),
        wav,
        WHISPER_SAMPLE_RATE,
      );
    }
    const envelopes = decoded.map((d) => d.envelope);
    // One mono recording: its voices are the only clue to who speaks (stereo and tracks have channels).
    const models = input.tracks.length === 1 && envelopes[0]!.energy.length === 1 ? input.speakerModels : null;
    const transcribeShare = 1 - DECODE_SHARE - (models ? SPEAKERS_SHARE : 0);
    const durationSec = Math.max(...decoded.map((d) => d.durationSec));
    // ≤ 10-min windows cut in pauses, without the call's long silences (no 30-s encoder pass on dead air).
    const energy = callEnergy(envelopes);
    const bucketsPerSecond = envelopes[0]!.bucketsPerSecond;
    const { engine } = input;
    const plan = planWindows(energy, bucketsPerSecond, durationSec, { maxSec: input.maxWindowSec, runs: engine.runs });
    const windows = withoutSilences(plan, energy, bucketsPerSecond);
    const { segments, language, withoutDtw } = await transcribeWindows({
      engine,
      wav,
      workDir: work,
      windows,
      runs: engine.runs,
      key: {
        version: 1,
        audio: input.tracks.map((t) => t.sha256),
        durationSec,
        windows,
        engine: { model: engine.model, language: engine.language, dtwPreset: engine.dtwPreset, decoding: engine.decoding ?? null },
      },
      signal: input.signal,
      stallLimits: input.stallLimits,
      onProgress: (f) => input.onProgress?.(DECODE_SHARE + transcribeShare * f, 'transcribing', f),
    });
    const cleaned = cleanSegments(segments);
    if (models) {
      const detected = await detectSpeakers(wav, cleaned, input.speakers, {
        models,
        numSpeakers: input.speakerCount,
        signal: input.signal,
        onProgress: (f) => input.onProgress?.(DECODE_SHARE + transcribeShare + SPEAKERS_SHARE * f, 'speakers', f),
      });
      if (detected) {
        const { turns, speakers, voices, speakerVoices } = detected;
        await rm(work, { recursive: true, force: true });
        return { turns, speakers, language, envelopes, voices, speakerVoices, withoutDtw };
      }
    }
    const { turns, speakers } = attributeSpeakers(input.tracks, input.speakers, cleaned, envelopes);
    await rm(work, { recursive: true, force: true });
    return { turns, speakers, language, envelopes, voices: null, speakerVoices: null, withoutDtw };
  } catch (e) {
    await removeAudioCopies(work);
    throw e;
  }
}

/** A stopped job keeps only its windows' results: the audio copies are made again, and are large (115 MB an hour). */
async function removeAudioCopies(work: string): Promise<void> {
  const names = await readdir(work).catch(() => []);
  for (const name of names) if (name !== 'windows') await rm(join(work, name), { recursive: true, force: true }).catch(() => {});
}

/** The whole call's energy per bucket (tracks summed): where it is quiet, nobody speaks. */
function callEnergy(envelopes: AudioEnvelope[]): Float32Array {
  const curves = envelopes.map(mixedEnergy);
  const out = new Float32Array(Math.max(...curves.map((c) => c.length)));
  for (const curve of curves) curve.forEach((v, i) => (out[i]! += v));
  return out;
}

/** One energy curve per track (a stereo track's channels averaged). */
function mixedEnergy(envelope: AudioEnvelope): Float32Array {
  if (envelope.energy.length === 1) return envelope.energy[0]!;
  const out = new Float32Array(envelope.energy[0]!.length);
  for (const channel of envelope.energy) channel.forEach((v, i) => (out[i]! += v / envelope.energy.length));
  return out;
}

/** Tracks, or the two channels of a stereo call, are the speakers; a mono call with no voices found falls back to pauses. */
function attributeSpeakers(tracks: AudioTrack[], known: Speaker[], segments: Segment[], envelopes: AudioEnvelope[]): { turns: Turn[]; speakers: Speaker[] } {
  const bucketsPerSecond = envelopes[0]!.bucketsPerSecond;
  if (tracks.length > 1) {
    const ids = tracks.map((t, i) => t.speakerId ?? `s${i + 1}`);
    return { turns: turnsByChannel(segments, envelopes.map(mixedEnergy), bucketsPerSecond, ids), speakers: known };
  }
  const energy = envelopes[0]!.energy;
  const stereo = energy.length === 2;
  const speakers = known.length >= 2 ? known : defaultSpeakers(stereo ? 2 : 1);
  const ids = speakers.map((s) => s.id);
  const turns = stereo ? turnsByChannel(segments, energy, bucketsPerSecond, ids) : turnsByPauses(segments, [ids[0]!, ids[1]!]);
  return { turns, speakers };
}
