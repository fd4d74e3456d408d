import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_RATE } from '../../../../electron/services/speakers/samples';
import { VOICES_FILE } from '../../../../electron/services/speakers/voicesFile';
import { WavWriter } from '../../../../electron/services/transcription/wavWriter';
import { setSpeakerSplice } from '../../../../shared/domain/transcriptEdits';
import { attributionAccuracy, framesOf } from '../../../../shared/speakers/attribution';
import { plainMix } from '../../../../eval/speakersMixes';
import { EMBEDDING, SEGMENTATION, speakerBackend } from '../../../helpers/speakerBackend';
import { audio, tempDir } from '../../../helpers/fixtures';
import { TRAINED_MODEL } from '../../../helpers/whisper';

const MIX_SECONDS = 90;

const dir = tempDir('speakers service');
afterAll(() => dir.cleanup());

/** The first 90 s of the fixture call's two tracks mixed to one mono WAV, and who speaks in each 50 ms. */
let mixPath = '';
let reference: Int16Array = new Int16Array(0);
beforeAll(async () => {
  const mix = plainMix(dir.path);
  mixPath = join(dir.path, 'mono two-party call.wav');
  const writer = await WavWriter.create(mixPath, SAMPLE_RATE);
  await writer.write(mix.samples.subarray(0, MIX_SECONDS * SAMPLE_RATE));
  await writer.close();
  reference = mix.reference.subarray(0, MIX_SECONDS * 20);
}, 60_000);

let made = 0;
const backendWith = (options: { speakerModels: boolean }) => speakerBackend(join(dir.path, `user data ${++made}`), options);

/** Attribution of a transcript's turns against the mix's reference (best mapping of speakers). */
function accuracyOf(turns: { start: number; end: number; speakerId: string }[]): number {
  const ids = [...new Set(turns.map((t) => t.speakerId))];
  return attributionAccuracy(
    reference,
    framesOf(turns, (t) => ids.indexOf(t.speakerId), reference.length),
  ).accuracy;
}

describe.skipIf(!TRAINED_MODEL)('speakers of mono calls (real whisper, real speaker models)', () => {
  it('diarizes a mono two-party call as part of its transcription, then re-detects with another count keeping the reviewer’s fix', async () => {
    const { backend, h, events, transcribe } = await backendWith({ speakerModels: true });
    const callId = await transcribe(mixPath);

    const stages = events.filter((e) => e.event === 'transcription:progress').map((e) => ('stage' in e.payload ? e.payload.stage : null));
    expect(stages).toContain('transcribing');
    expect(stages.at(-1)).toBe('speakers');
    const call = await h['calls:get']({ callId });
    expect(call.speakers.map((s) => s.name)).toEqual(['Speaker 1', 'Speaker 2']);
    const transcript = (await h['calls:transcript']({ callId }))!;
    expect(accuracyOf(transcript.turns)).toBeGreaterThanOrEqual(0.85);
    expect(transcript.turns.every((t) => t.speakerConfidence !== undefined && t.speakerSetBy === undefined)).toBe(true);
    expect(existsSync(join(backend.libraryFolder(), 'calls', callId, VOICES_FILE))).toBe(true);

    // The reviewer gives a turn to the other speaker, through the same edit the Review view sends.
    const fixed = transcript.turns[3]!;
    const other = fixed.speakerId === 's1' ? 's2' : 's1';
    await h['transcript:edit']({ callId, splice: setSpeakerSplice(transcript, fixed.id, other) });

    expect(await h['speakers:redetect']({ callId, count: 3 })).toEqual({ speakerCount: 3 });
    expect((await h['calls:get']({ callId })).speakers.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    const redetected = (await h['calls:transcript']({ callId }))!;
    const words = (t: typeof fixed) => t.words.map((w) => `${w.start}`);
    const keeping = redetected.turns.filter((t) => t.words.some((w) => words(fixed).includes(`${w.start}`)));
    expect(keeping.map((t) => [t.speakerId, t.speakerSetBy])).toEqual([[other, 'user']]);
    // The same transcript, re-attributed: marked as such, so edits recorded against the old turns start over.
    expect(redetected.source).toEqual({ ...transcript.source, speakersDetectedAt: expect.any(String) });
    expect(events.filter((e) => e.event === 'library:changed').at(-1)?.payload).toEqual({ reason: 'speakers', calls: [callId], parts: ['call', 'transcript'] });

    // Back to the count found automatically: two voices, the fix still there.
    expect(await h['speakers:redetect']({ callId, count: null })).toEqual({ speakerCount: 2 });
    const again = (await h['calls:transcript']({ callId }))!;
    expect(again.turns.filter((t) => t.speakerSetBy === 'user').map((t) => t.speakerId)).toEqual([other]);
    expect(accuracyOf(again.turns)).toBeGreaterThanOrEqual(0.8);
  }, 300_000);

  it('splits a mono call into the number of people the user gave before transcription; re-detection sets a new count', async () => {
    const { backend, h } = await backendWith({ speakerModels: true });
    const [outcome] = await h['calls:import']({ paths: [mixPath] });
    if (outcome?.kind !== 'imported') throw new Error('import failed');
    const callId = outcome.call.id;
    expect((await h['calls:get']({ callId })).speakerCount).toBeNull();
    await h['calls:setSpeakerCount']({ callId, count: 3 });
    await h['transcription:start']({ callId });
    await backend.queue.idle();
    const call = await h['calls:get']({ callId });
    expect(call.speakers.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    expect(call.speakerCount).toBe(3);
    expect(await h['speakers:redetect']({ callId, count: null })).toEqual({ speakerCount: 2 });
    expect((await h['calls:get']({ callId })).speakerCount).toBeNull(); // what the next transcription uses
  }, 300_000);

  it('gives jfk.wav one speaker; without speaker models a mono call alternates at pauses as before', async () => {
    const { h, transcribe } = await backendWith({ speakerModels: true });
    const jfk = await transcribe(audio('jfk.wav'));
    expect((await h['calls:get']({ callId: jfk })).speakers.map((s) => s.name)).toEqual(['Speaker 1']);
    expect(new Set((await h['calls:transcript']({ callId: jfk }))!.turns.map((t) => t.speakerId))).toEqual(new Set(['s1']));

    // Cancelling while the voices are analysed stops the job like any other stage: no transcript saved.
    const cancelling = await backendWith({ speakerModels: true });
    const [outcome] = await cancelling.h['calls:import']({ paths: [audio('jfk.wav')] });
    if (outcome?.kind !== 'imported') throw new Error('import failed');
    const cancelId = outcome.call.id;
    const emitted = cancelling.events.length;
    await cancelling.h['transcription:start']({ callId: cancelId });
    while (!cancelling.events.slice(emitted).some((e) => e.event === 'transcription:progress' && 'stage' in e.payload && e.payload.stage === 'speakers')) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await cancelling.h['transcription:cancel']({ callId: cancelId });
    await cancelling.backend.queue.idle();
    expect(cancelling.events.filter((e) => e.event === 'transcription:finished').at(-1)?.payload).toEqual({
      callId: cancelId,
      outcome: 'cancelled',
      message: null,
    });
    expect(await cancelling.h['calls:get']({ callId: cancelId })).toMatchObject({ status: 'imported', hasTranscript: false });

    const plain = await backendWith({ speakerModels: false });
    expect(await plain.h['speakers:modelsInfo']({})).toEqual({ segmentation: null, embedding: null, ready: false, problem: null });
    const callId = await plain.transcribe(audio('jfk.wav'));
    expect((await plain.h['calls:get']({ callId })).speakers.map((s) => s.name)).toEqual(['Speaker 1', 'Speaker 2']);
    const turns = (await plain.h['calls:transcript']({ callId }))!.turns;
    expect(turns.every((t) => t.speakerConfidence === undefined)).toBe(true);
    expect(plain.events.some((e) => e.event === 'transcription:progress' && 'stage' in e.payload && e.payload.stage === 'speakers')).toBe(false);
    await expect(plain.h['speakers:redetect']({ callId, count: 2 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: "This call's voices were not kept: transcribe it again with speaker models set in Settings.",
    });
  }, 300_000);
});

describe('speaker models setting', () => {
  it('refuses a file that is not the model asked for, and says when a chosen file goes missing or bad', async () => {
    const { h, dialogs, events } = await backendWith({ speakerModels: false });
    // The embedding model offered as the segmentation model: refused, nothing saved.
    dialogs.speakerModels.push(EMBEDDING);
    await expect(h['speakers:chooseModelFile']({ kind: 'segmentation' })).rejects.toMatchObject({
      code: 'MODEL_UNUSABLE',
      message: expect.stringContaining('is not a speaker segmentation ONNX model'),
    });
    expect(dialogs.speakerModelRequests).toEqual(['segmentation']);
    expect(await h['speakers:modelsInfo']({})).toMatchObject({ segmentation: null, ready: false, problem: null });
    // Cancelling the dialog changes nothing.
    expect(await h['speakers:chooseModelFile']({ kind: 'embedding' })).toMatchObject({ embedding: null, ready: false });

    const copy = join(dir.path, 'segmentation copy.onnx');
    copyFileSync(SEGMENTATION, copy);
    dialogs.speakerModels.push(copy, EMBEDDING);
    await h['speakers:chooseModelFile']({ kind: 'segmentation' });
    expect(await h['speakers:chooseModelFile']({ kind: 'embedding' })).toMatchObject({ ready: true, problem: null });
    expect(events.filter((e) => e.event === 'library:changed').map((e) => e.payload)).toContainEqual({ reason: 'speakerModels', calls: [], parts: [] });

    writeFileSync(copy, readFileSync(SEGMENTATION).subarray(0, 100_000)); // a download cut short
    expect(await h['speakers:modelsInfo']({})).toMatchObject({
      ready: false,
      problem: expect.stringContaining('“segmentation copy.onnx” is not a speaker segmentation ONNX model'),
    });
    rmSync(copy);
    expect(await h['speakers:modelsInfo']({})).toMatchObject({
      segmentation: copy,
      ready: false,
      problem: `The speaker segmentation model file was moved or deleted: ${copy}`,
    });
    expect(await h['speakers:clearModels']({})).toEqual({ segmentation: null, embedding: null, ready: false, problem: null });
  });

  it('re-detects only mono calls', async () => {
    const { h } = await backendWith({ speakerModels: false });
    const [outcome] = await h['calls:import']({ paths: [audio('service-call-stereo-agentL-callerR.wav')] });
    if (outcome?.kind !== 'imported') throw new Error('import failed');
    await expect(h['speakers:redetect']({ callId: outcome.call.id, count: 2 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('mono recordings only'),
    });
  });
});
