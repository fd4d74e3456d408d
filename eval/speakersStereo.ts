// The eval's stereo case: the fixture call recorded agent left, caller right, through the app's own stereo
// path (transcribeRecording's steps: node-av decode, whisper.cpp, cleanSegments, then turnsByChannel). The reference is, per 50 ms frame, the channel with speech (the louder where both), speech found
// on each channel alone with the eval's energy detector.
import { join } from 'node:path';
import type { Speaker } from '../shared/domain/call';
import type { Turn, Word } from '../shared/domain/transcript';
import { turnsByChannel } from '../shared/domain/turns';
import { framesOf } from '../shared/speakers/attribution';
import { mkdirSync } from 'node:fs';
import { cleanSegments } from '../shared/domain/cleanup';
import { decodeForTranscription } from '../electron/services/transcription/decode';
import type { Engine } from '../electron/services/transcription/pipeline';
import { runWhisper } from '../electron/services/transcription/whisperCli';
import { AUDIO, load, mix, speechFrames } from './speakersMixes';
import { cached } from './whisperCache';

const FILE = 'service-call-stereo-agentL-callerR.wav';
const SPEAKERS: Speaker[] = [
  { id: 'agent', name: 'Agent', role: 'rep' },
  { id: 'caller', name: 'Caller', role: 'prospect' },
];

export type StereoRow = {
  /** Share of the reference's speech time inside a turn of the right speaker (the figure). */
  turns: number;
  /** The same, counting only speech under a word (what the words' speakers decide). */
  words: number;
  /** Share of the reference's speech time inside any turn. */
  covered: number;
  turnCount: number;
  seconds: number;
  /** The app's turns, for the edge check. */
  result: Turn[];
};

/** What the pipeline gives the stereo rules: the call's words and per-channel energy (kept by --cache). */
type StereoInput = { words: Word[]; energy: number[][]; bucketsPerSecond: number; seconds: number };

/** One channel of the fixture, 16 kHz mono. */
const channel = (dir: string, c: 0 | 1) => load(dir, FILE, `pan=mono|c0=c${c}`);

/** The stereo fixture through transcribeRecording, scored against each channel's own speech. */
export async function runStereo(dir: string, engine: Engine): Promise<StereoRow> {
  const [left, right] = [channel(dir, 0), channel(dir, 1)];
  const { reference } = mix([
    { speaker: 0, samples: left, at: 0, speech: speechFrames(left) },
    { speaker: 1, samples: right, at: 0, speech: speechFrames(right) },
  ]);
  const input = await cached(`stereo-${engine.modelName}`, async (): Promise<StereoInput> => {
    // transcribeRecording's steps for one stereo recording, stopping before the speakers: its turns' words
    // may be retimed by the rules, and the cache must keep whisper's own.
    const work = join(dir, 'stereo-work');
    mkdirSync(work, { recursive: true });
    const t0 = performance.now();
    const decoded = await decodeForTranscription(join(AUDIO, FILE), join(work, 'call.16k.wav'));
    const { segments } = await runWhisper({ ...engine, wav: decoded.wavPath, outputBase: join(work, 'transcript') });
    const seconds = (performance.now() - t0) / 1000;
    const { energy, bucketsPerSecond } = decoded.envelope;
    return { words: cleanSegments(segments).flatMap((s) => s.words), energy: energy.map((e) => [...e]), bucketsPerSecond, seconds };
  });
  // The pipeline's last step for a stereo call with its two speakers known (attributeSpeakers).
  const segment = { start: 0, end: 0, text: '', words: input.words };
  const energy = input.energy.map((e) => Float32Array.from(e));
  const turns = turnsByChannel(
    [segment],
    energy,
    input.bucketsPerSecond,
    SPEAKERS.map((s) => s.id),
  );
  return { ...scoreStereo(reference, turns), turnCount: turns.length, seconds: input.seconds, result: turns };
}

/** Fixed mapping (left = agent): a stereo call's channels are its speakers, no search for the best one. */
export function scoreStereo(reference: Int16Array, turns: Turn[]): Pick<StereoRow, 'turns' | 'words' | 'covered'> {
  const frames = reference.length;
  const speakerOf = (t: Turn) => SPEAKERS.findIndex((s) => s.id === t.speakerId);
  const byTurn = framesOf(turns, speakerOf, frames);
  const byWord = framesOf(
    turns.flatMap((t) => t.words.map((w) => ({ ...w, speaker: speakerOf(t) }))),
    (w) => w.speaker,
    frames,
  );
  let [speech, right, covered, underWords, rightWords] = [0, 0, 0, 0, 0];
  reference.forEach((r, f) => {
    if (r < 0) return;
    speech++;
    if (byTurn[f]! >= 0) covered++;
    if (byTurn[f] === r) right++;
    if (byWord[f]! >= 0) underWords++;
    if (byWord[f] === r) rightWords++;
  });
  return { turns: right / speech, words: rightWords / underWords, covered: covered / speech };
}
