import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isMonoCall, type Call } from '../../../shared/domain/call';
import type { Turn } from '../../../shared/domain/transcript';
import { AppError } from '../../../shared/errors';
import { voiceOfSpeaker } from '../../../shared/speakers/profiles';
import type { Vector } from '../../../shared/speakers/vectors';
import type { Library } from '../library/library';
import { diarize } from '../speakers/diarize';
import type { SpeakerModels } from '../speakers/engine';
import { readWhisperWav, SAMPLE_RATE } from '../speakers/samples';
import { readVoices } from '../speakers/voicesFile';
import { decodeForTranscription } from '../transcription/decode';

/** What of a call its voices are read from. */
type CallAudio = Pick<Call, 'id' | 'tracks'>;

/** A profile learns from at most this much of a call: plenty for a voice, bounded time and memory. */
const MAX_SECONDS = 10 * 60;

/**
 * One person's voice in a call whose who-is-who is known: a mono call from the voices kept at
 * transcription (no model runs), a stereo or per-track call from that person's own channel or track.
 */
export async function voiceInCall(
  library: Pick<Library, 'callDir'>,
  call: CallAudio,
  turns: Turn[],
  speakerId: string,
  models: SpeakerModels,
): Promise<{ vector: Vector; seconds: number } | null> {
  const dir = library.callDir(call.id);
  if (isMonoCall(call)) {
    const analysis = await readVoices(dir);
    if (!analysis) throw new AppError('NOT_FOUND', "This call's voices were not kept: transcribe it again with speaker models set in Settings.");
    return voiceOfSpeaker(analysis, turns, speakerId);
  }
  const work = await mkdtemp(join(dir, '.voice-'));
  try {
    const samples = await ownAudio(call, dir, work, turns, speakerId);
    const { analysis } = await diarize(samples.subarray(0, MAX_SECONDS * SAMPLE_RATE), { models, threads: 1 });
    return voiceOfSpeaker(analysis, turns, speakerId);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The 16 kHz samples of the speaker's own track, or of the stereo channel that is loudest in their turns. */
async function ownAudio(call: CallAudio, dir: string, work: string, turns: Turn[], speakerId: string): Promise<Float32Array> {
  if (call.tracks.length > 1) {
    const track = call.tracks.find((t) => t.speakerId === speakerId);
    if (!track) throw new AppError('NOT_FOUND', 'This speaker has no track of their own in this call.');
    const wav = join(work, 'voice.wav');
    await decodeForTranscription(join(dir, track.file), wav);
    return readWhisperWav(wav);
  }
  // One decode writes every channel apart (and the mix, unused): whose channel it is shows only in the
  // finished envelope.
  const channelWav = (c: number) => join(work, `channel-${c + 1}.wav`);
  const { envelope } = await decodeForTranscription(join(dir, call.tracks[0]!.file), join(work, 'mix.wav'), { channelWav });
  const channel = loudestChannel(
    envelope.energy,
    envelope.bucketsPerSecond,
    turns.filter((t) => t.speakerId === speakerId),
  );
  return readWhisperWav(channelWav(channel));
}

function loudestChannel(energy: Float32Array[], bucketsPerSecond: number, own: Turn[]): number {
  const sums = energy.map((channel) => {
    let sum = 0;
    for (const t of own)
      for (let b = Math.floor(t.start * bucketsPerSecond); b < Math.min(channel.length, Math.ceil(t.end * bucketsPerSecond)); b++) sum += channel[b]!;
    return sum;
  });
  return sums.indexOf(Math.max(...sums));
}
