import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILES_FILE } from '../../../../electron/services/voices/profilesStore';
import { VOICE_MATCH_THRESHOLD } from '../../../../shared/speakers/profiles';
import { audio, tempDir } from '../../../helpers/fixtures';
import { decodePcm, mixPcm, writeWav } from '../../../helpers/media';
import { speakerBackend } from '../../../helpers/speakerBackend';
import { TRAINED_MODEL } from '../../../helpers/whisper';

const dir = tempDir('voice profiles');
afterAll(() => dir.cleanup());

// The fixture call's first two minutes in stereo (agent left, caller right: who-is-who is known), and a mono
// mix of the same two people later in the call (other words): what a profile learns from and names.
let stereo = '';
let mono = '';
beforeAll(async () => {
  stereo = await writeWav(join(dir.path, 'Stereo call.wav'), decodePcm(audio('service-call-stereo-agentL-callerR.wav'), { durationSec: 120 }));
  const later = { startSec: 120, durationSec: 90 };
  const parts = [decodePcm(audio('service-call-track-agent.wav'), later), decodePcm(audio('service-call-track-caller.wav'), later)];
  mono = await writeWav(join(dir.path, 'Mono call.wav'), mixPcm(parts));
});

let made = 0;
const backend = (speakerModels = true) => speakerBackend(join(dir.path, `user data ${++made}`), { speakerModels });

describe.skipIf(!TRAINED_MODEL)('voice profiles (real whisper, real speaker models)', () => {
  it('remembers the rep from a stereo call with consent, then names them on a mono call; undo and delete', async () => {
    const { backend: b, h, transcribe } = await backend();
    const stereoId = await transcribe(stereo);
    const profilesPath = join(b.libraryFolder(), PROFILES_FILE);
    expect(existsSync(profilesPath)).toBe(false); // nothing is kept until someone asks
    expect(await h['voices:list']({})).toEqual([]);

    await expect(h['voices:enrol']({ callId: stereoId, speakerId: 's1' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: "Rename “Left channel” to the person's name first: the voice is kept under it.",
    });
    await h['calls:updateSpeaker']({ callId: stereoId, speakerId: 's1', name: 'Dana', role: 'rep' });
    const profile = await h['voices:enrol']({ callId: stereoId, speakerId: 's1' });
    expect(profile).toMatchObject({ name: 'Dana', role: 'rep', sources: [{ callId: stereoId, callTitle: 'Stereo call', speakerId: 's1' }] });
    expect(profile.seconds).toBeGreaterThanOrEqual(10);
    expect(profile).not.toHaveProperty('vector'); // the renderer never gets the numbers
    expect(JSON.parse(readFileSync(profilesPath, 'utf8')).profiles[0].vector).toHaveLength(192);
    await expect(h['voices:enrol']({ callId: stereoId, speakerId: 's1' })).rejects.toMatchObject({
      message: "Dana's voice is already remembered from this call.",
    });

    // A new mono call of the same people: the agent's voice gets Dana's name and role, with the match.
    const monoId = await transcribe(mono);
    const speakers = (await h['calls:get']({ callId: monoId })).speakers;
    const named = speakers.find((s) => s.name === 'Dana');
    expect(named).toMatchObject({ role: 'rep', voiceMatch: { profileId: profile.id, status: 'applied' } });
    expect(named!.voiceMatch!.similarity).toBeGreaterThanOrEqual(VOICE_MATCH_THRESHOLD);
    expect(speakers.filter((s) => s !== named).map((s) => s.role)).toEqual(['prospect']);

    // "Not Dana": back to the detected voice's name, and re-detection does not name it Dana again.
    await h['voices:undoMatch']({ callId: monoId, speakerId: named!.id });
    const undone = (await h['calls:get']({ callId: monoId })).speakers.find((s) => s.id === named!.id);
    expect(undone).toMatchObject({ name: `Speaker ${named!.id.slice(1)}`, role: 'unknown', voiceMatch: { status: 'undone' } });
    await h['speakers:redetect']({ callId: monoId, count: null });
    expect((await h['calls:get']({ callId: monoId })).speakers.some((s) => s.name === 'Dana')).toBe(false);
    await expect(h['voices:undoMatch']({ callId: monoId, speakerId: named!.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Deleted: the file keeps no profile, and new calls are no longer named.
    expect(await h['voices:delete']({ profileId: profile.id })).toEqual([]);
    expect(JSON.parse(readFileSync(profilesPath, 'utf8')).profiles).toEqual([]);
    expect(JSON.parse(readFileSync(`${profilesPath}.bak`, 'utf8')).profiles).toEqual([]); // nor in the last good copy
    await expect(h['voices:delete']({ profileId: profile.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  }, 900_000);

  it('says why a voice cannot be remembered: no speaker models, too little speech alone', async () => {
    const plain = await backend(false);
    const jfk = await plain.transcribe(audio('jfk.wav'));
    await plain.h['calls:updateSpeaker']({ callId: jfk, speakerId: 's1', name: 'John' });
    await expect(plain.h['voices:enrol']({ callId: jfk, speakerId: 's1' })).rejects.toMatchObject({
      code: 'MODEL_MISSING',
      message: 'Remembering a voice needs the speaker models: set them in Settings → Speaker detection.',
    });

    const { h, transcribe } = await backend();
    const short = await transcribe(audio('jfk.wav'));
    await h['calls:updateSpeaker']({ callId: short, speakerId: 's1', name: 'John' });
    await expect(h['voices:enrol']({ callId: short, speakerId: 's1' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^Not enough of John's voice heard alone in this call \(\d s; a profile needs 10 s\): try a longer call\.$/),
    });
    expect(await h['voices:list']({})).toEqual([]);
  }, 300_000);
});
