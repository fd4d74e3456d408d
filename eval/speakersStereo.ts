// The eval's stereo case: the fixture call recorded agent left, caller right, through the app's own stereo
// path (transcribeRecording: node-av decode, whisper.cpp, each word to the louder channel while it was
// spoken). The reference is, per 50 ms frame, the channel with speech (the louder where both), speech found
// on each channel alone with the eval's energy detector.
import { join } from 'node:path';
import type { AudioTrack, Speaker } from '../shared/domain/call';
import type { Turn } from '../shared/domain/transcript';
import { framesOf } from '../shared/speakers/attribution';
import { transcribeRecording, type Engine } from '../electron/services/transcription/pipeline';
import { AUDIO, load, mix, speechFrames } from './speakersMixes';

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
};

/** One channel of the fixture, 16 kHz mono. */
const channel = (dir: string, c: 0 | 1) => load(dir, FILE, `pan=mono|c0=c${c}`);

/** The stereo fixture through transcribeRecording, scored against each channel's own speech. */
export async function runStereo(dir: string, engine: Engine): Promise<StereoRow> {
  const [left, right] = [channel(dir, 0), channel(dir, 1)];
  const { reference } = mix([
    { speaker: 0, samples: left, at: 0, speech: speechFrames(left) },
    { speaker: 1, samples: right, at: 0, speech: speechFrames(right) },
  ]);
  const track: AudioTrack = {
    file: FILE,
    originalName: FILE,
    speakerId: null,
    format: 'wav',
    codec: 'pcm_s16le',
    durationSec: left.length / 16_000,
    channels: 2,
    sampleRate: 8000,
    sizeBytes: 1,
    sha256: '0'.repeat(64),
  };
  const t0 = performance.now();
  const { turns } = await transcribeRecording({
    audioPaths: [join(AUDIO, FILE)],
    workDir: join(dir, 'stereo-work'),
    tracks: [track],
    speakers: SPEAKERS,
    engine,
  });
  const seconds = (performance.now() - t0) / 1000;
  return { ...scoreStereo(reference, turns), turnCount: turns.length, seconds };
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
