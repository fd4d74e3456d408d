import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../shared/contract';
import { createDispatch } from '../../shared/dispatch';
import { createBackend, type Backend } from '../../electron/services/backend';
import { ScriptedDialogs } from '../helpers/dialogs';
import { audio, tempDir } from '../helpers/fixtures';
import { WHISPER_BINARY } from '../helpers/whisper';

const dir = tempDir('contract');
afterAll(() => dir.cleanup());
// Each test starts the app on the same library: the previous one closes first, as quitting does.
const started: Backend[] = [];
afterEach(async () => {
  for (const b of started.splice(0)) await b.close();
});

async function backend() {
  const events: string[] = [];
  const b = await createBackend({
    userDataDir: dir.path,
    dialogs: Object.assign(new ScriptedDialogs(), { files: [[audio('jfk.wav')]] }),
    emit: (event, payload) => events.push(`${event}:${'reason' in payload ? payload.reason : ''}`),
    whisperBinary: WHISPER_BINARY,
  });
  started.push(b);
  return { ...b, events, dispatch: createDispatch(b.handlers, () => {}) };
}

describe('bridge contract', () => {
  it('the backend implements exactly the contract methods', async () => {
    const { handlers } = await backend();
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort());
    expect(methodNames.every((m) => /^[a-z]+:[a-zA-Z]+$/.test(m))).toBe(true);
  });

  it('rejects an unknown method with UNKNOWN_METHOD', async () => {
    const { dispatch } = await backend();
    expect(await dispatch('calls:format', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: 'Unknown bridge method: calls:format' },
    });
    expect(await dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it.each([
    ['calls:get', { callId: '../../etc' }],
    ['calls:import', { paths: ['relative/file.wav'] }],
    ['calls:import', { paths: [] }],
    ['calls:rename', { callId: '0f4e21c8-6811-4f72-959a-2c25b9584e57', title: '   ' }],
    ['calls:importTracks', { tracks: [{ path: '/a.wav', speakerName: 'A' }] }],
    ['calls:setRecordedAt', { callId: '0f4e21c8-6811-4f72-959a-2c25b9584e57', recordedAt: 'yesterday' }],
    ['calls:list', { extra: true }],
  ])('rejects invalid input to %s with INVALID_INPUT before any handler runs', async (method, input) => {
    const { dispatch } = await backend();
    const result = await dispatch(method, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('carries a service error across as data with its code', async () => {
    const { dispatch } = await backend();
    const result = await dispatch('calls:get', { callId: '0f4e21c8-6811-4f72-959a-2c25b9584e57' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('runs a whole user flow through the dispatcher and emits library:changed', async () => {
    const { dispatch, events } = await backend();
    const picked = await dispatch('calls:pickFiles', { multiple: true });
    expect(picked).toEqual({ ok: true, value: [{ path: audio('jfk.wav'), name: 'jfk.wav' }] });
    const imported = await dispatch('calls:import', { paths: [audio('jfk.wav')] });
    expect(imported).toMatchObject({ ok: true, value: [{ kind: 'imported' }] });
    const list = await dispatch('calls:list', {});
    const id = (list as { value: { id: string }[] }).value[0]!.id;
    expect(await dispatch('calls:rename', { callId: id, title: '  JFK speech  ' })).toMatchObject({
      ok: true,
      value: { title: 'JFK speech' },
    });
    const detail = await dispatch('calls:get', { callId: id });
    expect(contract.methods['calls:get'].output.parse((detail as { value: unknown }).value).tracks[0]!.url).toBe(`/media/${id}/audio.wav`);
    expect(await dispatch('calls:delete', { callId: id })).toEqual({ ok: true, value: { deleted: true } });
    expect(events).toEqual(['library:changed:import', 'library:changed:rename', 'library:changed:delete']);
  });
});
