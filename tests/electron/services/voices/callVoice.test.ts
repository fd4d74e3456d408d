import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { voiceInCall } from '../../../../electron/services/voices/callVoice';
import type { AudioTrack } from '../../../../shared/domain/call';
import type { Turn } from '../../../../shared/domain/transcript';
import { VOICE_MATCH_THRESHOLD } from '../../../../shared/speakers/profiles';
import { dot } from '../../../../shared/speakers/vectors';
import { audio, tempDir } from '../../../helpers/fixtures';
import { decodePcm, toInt16, writeWav } from '../../../helpers/media';
import { EMBEDDING, SEGMENTATION } from '../../../helpers/speakerBackend';

const SECONDS = 120;
const models = { segmentation: SEGMENTATION, embedding: EMBEDDING };
const dir = tempDir('call voice');
afterAll(() => dir.cleanup());

const cut = (input: string, output: string) => writeWav(join(dir.path, output), decodePcm(audio(input), { durationSec: SECONDS }));
const track = (file: string, channels: number, speakerId: string | null): AudioTrack => ({
  file,
  originalName: file,
  speakerId,
  format: 'wav',
  codec: 'pcm_s16le',
  durationSec: SECONDS,
  channels,
  sampleRate: 8000,
  sizeBytes: 1,
  sha256: '0'.repeat(64),
});

/** The fixture's 8 kHz samples of one track, as 16-bit integers. */
const samplesOf = (name: string) => toInt16(decodePcm(audio(name), { durationSec: SECONDS }).channels[0]!);

/** Who speaks when, from the two people's own tracks: each half second goes to the one clearly louder. */
function turnsFromTracks(): Turn[] {
  const agent = samplesOf('service-call-track-agent.wav');
  const caller = samplesOf('service-call-track-caller.wav');
  const step = 4000; // half a second at 8 kHz
  const energy = (s: Int16Array, i: number) => s.subarray(i, i + step).reduce((sum, v) => sum + v * v, 0);
  const turns: Turn[] = [];
  for (let i = 0; i < agent.length; i += step) {
    const [a, c] = [energy(agent, i), energy(caller, i)];
    const speakerId = a > 4 * c ? 's1' : c > 4 * a ? 's2' : null;
    if (!speakerId) continue;
    const [start, last] = [i / 8000, turns.at(-1)];
    if (last?.speakerId === speakerId && last.end === start) last.end = start + 0.5;
    else turns.push({ id: `t${turns.length}`, speakerId, start, end: start + 0.5, text: '', words: [] });
  }
  return turns;
}

// The fixture's stereo call has the agent on the left and the caller on the right; its right channel is the
// caller's own track to the sample, so the caller's voice from either call must be the same.
let turns: Turn[] = [];
beforeAll(async () => {
  await cut('service-call-stereo-agentL-callerR.wav', 'stereo.wav');
  await cut('service-call-track-agent.wav', 'agent.wav');
  await cut('service-call-track-caller.wav', 'caller.wav');
  turns = turnsFromTracks();
});

describe('voiceInCall (real speaker models)', () => {
  it("learns a stereo call's speaker from the channel loudest in their turns, as from their own track", async () => {
    const library = { callDir: () => dir.path };
    const stereo = { id: 'stereo', tracks: [track('stereo.wav', 2, null)] };
    const tracks = { id: 'tracks', tracks: [track('agent.wav', 1, 's1'), track('caller.wav', 1, 's2')] };

    const caller = (await voiceInCall(library, stereo, turns, 's2', models))!;
    const callerOwn = (await voiceInCall(library, tracks, turns, 's2', models))!;
    const agent = (await voiceInCall(library, stereo, turns, 's1', models))!;
    expect(caller.seconds).toBeGreaterThan(10);
    expect(caller.seconds).toBeCloseTo(callerOwn.seconds, 5);
    expect(dot(caller.vector, callerOwn.vector)).toBeGreaterThan(0.999); // the right channel, the caller's
    expect(dot(agent.vector, callerOwn.vector)).toBeLessThan(VOICE_MATCH_THRESHOLD); // the left one, someone else
    expect(readdirSync(dir.path).sort()).toEqual(['agent.wav', 'caller.wav', 'stereo.wav']); // its work folder is gone
  }, 300_000);
});
