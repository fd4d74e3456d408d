import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventName, EventPayload } from '../../../../shared/contract';
import { createBackend } from '../../../../electron/services/backend';
import { ScriptedDialogs } from '../../../helpers/dialogs';
import { audio, tempDir } from '../../../helpers/fixtures';
import { TEST_MODEL, TRAINED_MODEL, WHISPER_BINARY } from '../../../helpers/whisper';

type Event = { [E in EventName]: { event: E; payload: EventPayload<E> } }[EventName];
let dir: ReturnType<typeof tempDir>;
afterEach(() => dir?.cleanup());

async function backendWithCall(model: string | null, recording = 'jfk.wav') {
  dir = tempDir('queue');
  const events: Event[] = [];
  const backend = await createBackend({
    userDataDir: dir.path,
    dialogs: Object.assign(new ScriptedDialogs(), { models: [model] }),
    emit: (event, payload) => events.push({ event, payload } as Event),
    whisperBinary: WHISPER_BINARY,
  });
  if (model) await backend.handlers['models:chooseFile']({});
  const [outcome] = await backend.handlers['calls:import']({ paths: [audio(recording)] });
  if (outcome?.kind !== 'imported') throw new Error('import failed');
  return { backend, events, callId: outcome.call.id, h: backend.handlers };
}
const finished = (events: Event[]) => events.filter((e) => e.event === 'transcription:finished').map((e) => e.payload);
/** Which calls and parts the queue said it changed. */
const changes = (events: Event[]) =>
  events.filter((e) => e.event === 'library:changed' && 'reason' in e.payload && e.payload.reason === 'transcription').map((e) => e.payload);

describe('transcription jobs', () => {
  it('transcribes a call: progress events, then the transcript, speakers and waveform are saved', async () => {
    const { backend, events, callId, h } = await backendWithCall(TRAINED_MODEL ?? TEST_MODEL);
    const job = await h['transcription:start']({ callId });
    expect(job).toMatchObject({ callId, state: 'queued', percent: 0 });
    expect((await h['calls:list']({}))[0]!.status).toBe('transcribing');
    await backend.queue.idle();

    const progress = events.filter((e) => e.event === 'transcription:progress').map((e) => e.payload);
    expect(progress.some((p) => 'state' in p && p.state === 'running')).toBe(true);
    expect(finished(events)).toEqual([{ callId, outcome: 'transcribed', message: null }]);
    expect(changes(events)).toEqual([
      { reason: 'transcription', calls: [callId], parts: ['call'] },
      { reason: 'transcription', calls: [callId], parts: ['call', 'transcript'] },
    ]);
    const call = await h['calls:get']({ callId });
    expect(call).toMatchObject({ status: 'transcribed', hasTranscript: true, peaksUrl: `/media/${callId}/peaks.bin` });
    expect(call.speakers.map((s) => s.name)).toEqual(['Speaker 1', 'Speaker 2']);
    const transcript = await h['calls:transcript']({ callId });
    expect(transcript?.source).toMatchObject({ kind: 'whisper', language: 'en' });
    if (TRAINED_MODEL) expect(transcript!.turns.map((t) => t.text).join(' ')).toMatch(/ask not what your country can do for you/i);
    const peaks = readFileSync(join(backend.libraryFolder(), 'calls', callId, 'peaks.bin'));
    expect(peaks.length).toBe(1100 * 2);
    expect(await h['transcription:jobs']({})).toEqual([]);
  }, 120_000);

  it('says a model is needed before queueing anything', async () => {
    const { h, callId } = await backendWithCall(null);
    await expect(h['transcription:start']({ callId })).rejects.toMatchObject({ code: 'MODEL_MISSING' });
    expect((await h['calls:list']({}))[0]!.status).toBe('imported');
  });

  it('two quick Transcribe clicks queue the call once', async () => {
    const { backend, events, callId, h } = await backendWithCall(TEST_MODEL);
    const [first, second] = await Promise.all([h['transcription:start']({ callId }), h['transcription:start']({ callId })]);
    expect(first).toMatchObject({ callId, state: 'queued' });
    expect(second).toMatchObject({ callId });
    expect(await h['transcription:jobs']({})).toHaveLength(1);
    await backend.queue.idle();
    expect(finished(events)).toEqual([{ callId, outcome: 'transcribed', message: null }]);
  }, 120_000);

  it('cancelling stops the engine and returns the call to imported, with no transcript', async () => {
    const { backend, events, callId, h } = await backendWithCall(TRAINED_MODEL ?? TEST_MODEL, 'sales-followup-azure.wav');
    await h['transcription:start']({ callId });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await h['transcription:cancel']({ callId })).toEqual({ cancelled: true });
    await backend.queue.idle();
    expect(finished(events)).toEqual([{ callId, outcome: 'cancelled', message: null }]);
    expect(changes(events)).toEqual([
      { reason: 'transcription', calls: [callId], parts: ['call'] },
      { reason: 'transcription', calls: [callId], parts: ['call'] },
    ]);
    expect(await h['calls:get']({ callId })).toMatchObject({ status: 'imported', hasTranscript: false, peaks: null });
    expect(await h['calls:transcript']({ callId })).toBeNull();
    expect(existsSync(join(backend.libraryFolder(), 'calls', callId, '.work'))).toBe(false);
  });

  it('a quit mid-job leaves the call interrupted (never a partial transcript) and Resume runs it again', async () => {
    const { backend, callId, h } = await backendWithCall(TEST_MODEL, 'sales-followup-azure.wav');
    await h['transcription:start']({ callId });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await backend.close(); // what quitting does: stops the engine, lets writes land, releases the library
    const restarted = await createBackend({
      userDataDir: dir.path,
      dialogs: new ScriptedDialogs(),
      emit: () => {},
      whisperBinary: WHISPER_BINARY,
    });
    const call = await restarted.handlers['calls:get']({ callId });
    expect(call).toMatchObject({ status: 'interrupted', hasTranscript: false });
    expect(call.statusMessage).toMatch(/closed while this call was being transcribed/);
    await restarted.handlers['transcription:start']({ callId });
    await restarted.queue.idle();
    expect((await restarted.handlers['calls:get']({ callId })).status).toBe('transcribed');
  }, 180_000);

  it('a file that is not a model is refused when chosen', async () => {
    dir = tempDir('queue');
    const backend = await createBackend({
      userDataDir: dir.path,
      dialogs: Object.assign(new ScriptedDialogs(), { models: [audio('jfk.wav')] }),
      emit: () => {},
      whisperBinary: WHISPER_BINARY,
    });
    await expect(backend.handlers['models:chooseFile']({})).rejects.toMatchObject({ code: 'MODEL_UNUSABLE' });
    expect(await backend.handlers['models:info']({})).toMatchObject({ current: null });
  });
});
