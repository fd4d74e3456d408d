import { existsSync, mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../../shared/contract';
import { createBackend } from '../../../../electron/services/backend';
import { readCallVectors } from '../../../../electron/services/meaning/store';
import { loadTextEmbedder } from '../../../../electron/services/meaning/textEmbedder';
import { cosine, dequantize, EMBEDDING_DIMS } from '../../../../shared/meaning/vectors';
import { ScriptedDialogs } from '../../../helpers/dialogs';
import { tempDirs } from '../../../helpers/fixtures';
import { TEXT_MODEL, TEXT_MODEL_PRESENT } from '../../../helpers/textModel';
import { callWithVtt, THREE_TURN_VTT } from '../../../helpers/vttLibrary';
import { TRAINED_MODEL, WHISPER_BINARY } from '../../../helpers/whisper';
import { audio } from '../../../helpers/fixtures';

const MODEL_DIR = dirname(TEXT_MODEL.model);
const dirs = tempDirs();
afterAll(() => dirs.cleanup());

type Progress = EventPayload<'meaning:progress'>;

/** A real backend keeping the text model's progress events; the model folder chosen when `withModel`. */
async function library(userDataDir = dirs.make('meaning').path) {
  const dialogs = new ScriptedDialogs();
  const progress: Progress[] = [];
  const changes: EventPayload<'library:changed'>[] = [];
  const emit = (event: string, payload: unknown) => {
    if (event === 'meaning:progress') progress.push(payload as Progress);
    if (event === 'library:changed') changes.push(payload as EventPayload<'library:changed'>);
  };
  const backend = await createBackend({ userDataDir, dialogs, emit, whisperBinary: WHISPER_BINARY });
  const chooseModel = async () => {
    dialogs.folders.push(MODEL_DIR);
    return backend.handlers['meaning:chooseFolder']({});
  };
  return { backend, h: backend.handlers, dialogs, progress, changes, userDataDir, chooseModel, lib: { backend, dialogs, changes, userDataDir } };
}

const rows = (out: { dims: number; vectors: string }) => {
  const bytes = new Int8Array(Buffer.from(out.vectors, 'base64'));
  return Array.from({ length: bytes.length / out.dims }, (_, i) => dequantize(bytes.slice(i * out.dims, (i + 1) * out.dims)));
};

/** A long call: `n` turns, the speakers taking turns, each of its own words, so every one needs computing. */
const longVtt = (n: number) =>
  [
    'WEBVTT',
    '',
    ...Array.from({ length: n }, (_, i) =>
      [
        `00:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000 --> 00:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.900`,
        `<v ${i % 2 ? 'Sam' : 'Dana'}>Turn ${i}: our renewals slipped by ${i} days last quarter because onboarding took too long.`,
        '',
      ].join('\n'),
    ),
  ].join('\n');

describe.runIf(TEXT_MODEL_PRESENT)('turn vectors per call (the fixtures’ text model, a real backend)', () => {
  it('computes none without a model, and the app works as before', async () => {
    const { h, lib, backend, progress } = await library();
    const work = dirs.make('vtt').path;
    const { callId } = await callWithVtt(lib, work);
    await backend.meaningSettled();
    expect(await h['calls:turnVectors']({ callId })).toBeNull();
    expect(progress).toEqual([]);
    const info = await h['meaning:info']({});
    expect(info).toMatchObject({ files: null, ready: false, problem: null, download: { state: 'available', inUse: false } });
    await backend.close();
  });

  it.runIf(TRAINED_MODEL)('a transcribed call’s turns get vectors when transcription finishes', async () => {
    const { h, backend, dialogs, chooseModel } = await library();
    await chooseModel();
    dialogs.models.push(TRAINED_MODEL);
    await h['models:chooseFile']({});
    const [outcome] = await h['calls:import']({ paths: [audio('jfk.wav')] });
    if (outcome?.kind !== 'imported') throw new Error('not imported');
    const callId = outcome.call.id;
    await h['transcription:start']({ callId });
    await backend.queue.idle();
    await backend.meaningSettled();
    const turns = (await h['calls:transcript']({ callId }))!.turns;
    expect(turns.length).toBeGreaterThan(0);
    expect((await h['calls:turnVectors']({ callId }))?.turnIds).toEqual(turns.map((t) => t.id));
    await backend.close();
  });

  it('refuses a folder without the model, or with a file that is not it, saying which', async () => {
    const { h, dialogs, backend } = await library();
    const empty = dirs.make('empty').path;
    dialogs.folders.push(empty);
    await expect(h['meaning:chooseFolder']({})).rejects.toThrow(/model.onnx, tokenizer.json, tokenizer_config.json are missing/);
    const fake = dirs.make('fake model').path;
    copyFileSync(TEXT_MODEL.tokenizer, join(fake, 'tokenizer.json'));
    copyFileSync(TEXT_MODEL.tokenizerConfig, join(fake, 'tokenizer_config.json'));
    writeFileSync(join(fake, 'model.onnx'), 'not a model');
    dialogs.folders.push(fake);
    await expect(h['meaning:chooseFolder']({})).rejects.toMatchObject({ code: 'MODEL_UNUSABLE' });
    expect((await h['meaning:info']({})).files).toBeNull(); // nothing was saved
    await backend.close();
  });

  it('imports a VTT call: its turns get vectors; an edit recomputes only that turn; a new start restores a lost file', async () => {
    const { h, lib, backend, progress, chooseModel, userDataDir } = await library();
    expect(await chooseModel()).toMatchObject({ ready: true, problem: null, files: TEXT_MODEL });
    const work = dirs.make('vtt').path;
    const { callId, turns } = await callWithVtt(lib, work);
    await backend.meaningSettled();

    const out = (await h['calls:turnVectors']({ callId }))!;
    expect(out).toMatchObject({ modelId: 'all-MiniLM-L6-v2', dims: EMBEDDING_DIMS, turnIds: turns.map((t) => t.id) });
    const embedder = await loadTextEmbedder(TEXT_MODEL);
    const direct = await embedder.embed(turns.map((t) => t.text));
    rows(out).forEach((row, i) => expect(cosine(row, direct[i]!)).toBeGreaterThan(0.99));
    expect(progress.filter((p) => p.callId === callId).at(-1)).toMatchObject({ turnsDone: 3, turnsTotal: 3 });
    expect(progress.at(-1)).toMatchObject({ state: 'idle' });

    // For the search service: the same rows, read from the call's folder.
    const dir = backend.libraryFolder() && join(backend.libraryFolder(), 'calls', callId);
    const stored = (await readCallVectors(dir))!;
    expect(stored.turnIds).toEqual(out.turnIds);
    expect(stored.vectors).toHaveLength(3 * EMBEDDING_DIMS);

    progress.length = 0;
    const second = turns[1]!;
    const text = 'Our customers leave because setting them up takes a month.';
    await h['transcript:edit']({ callId, splice: { at: 1, remove: [second], insert: [{ ...second, text }] } });
    await backend.meaningSettled();
    expect(progress.filter((p) => p.state === 'embedding').map((p) => p.turnsTotal)).toEqual([1, 1]); // one turn, start and end
    const edited = rows((await h['calls:turnVectors']({ callId }))!);
    const [fresh] = await embedder.embed([text]);
    expect(cosine(edited[1]!, fresh!)).toBeGreaterThan(0.99);
    expect(cosine(edited[0]!, direct[0]!)).toBeGreaterThan(0.99);
    await embedder.close();
    await backend.close();

    // The startup pass: a call with a transcript and no vectors gets them again.
    rmSync(join(dir, 'meaning.bin'));
    const again = await library(userDataDir);
    await again.backend.meaningSettled();
    expect((await again.h['calls:turnVectors']({ callId }))?.turnIds).toEqual(turns.map((t) => t.id));
    await again.backend.close();
  });

  it('stops a call’s work when the call is deleted', async () => {
    const { h, lib, backend, progress, chooseModel } = await library();
    await chooseModel();
    const work = dirs.make('vtt').path;
    const { callId } = await callWithVtt(lib, work, 'jfk.wav', longVtt(400));
    await expect.poll(() => progress.some((p) => p.callId === callId && p.turnsDone > 0), { timeout: 30_000 }).toBe(true);
    expect(progress.find((p) => p.callId === callId)?.turnsTotal).toBe(400);
    await h['calls:delete']({ callId });
    const at = progress.length;
    await backend.meaningSettled();
    const after = progress.slice(at);
    expect(after.filter((p) => p.state === 'embedding').length).toBeLessThanOrEqual(1); // at most the batch in hand
    expect(progress.at(-1)).toMatchObject({ state: 'idle' });
    expect(progress.some((p) => p.callId === callId && p.turnsDone === p.turnsTotal)).toBe(false);
    expect(existsSync(join(backend.libraryFolder(), 'calls', callId))).toBe(false);
    await backend.close();
  });

  it('switching the library stops the old one’s work and reads the new one’s calls', async () => {
    const { h, lib, backend, progress, chooseModel, dialogs } = await library();
    await chooseModel();
    const { callId: oldCall } = await callWithVtt(lib, dirs.make('vtt').path, 'jfk.wav', longVtt(400));
    await expect.poll(() => progress.some((p) => p.callId === oldCall && p.turnsDone > 0), { timeout: 30_000 }).toBe(true);
    dialogs.folders.push(dirs.make('other library').path);
    await h['library:chooseFolder']({});
    const at = progress.length;
    const { callId: newCall } = await callWithVtt(lib, dirs.make('vtt').path);
    await backend.meaningSettled();
    expect(progress.slice(at).filter((p) => p.callId === oldCall && p.state === 'embedding').length).toBeLessThanOrEqual(1);
    expect((await h['calls:turnVectors']({ callId: newCall }))?.turnIds).toHaveLength(3);
    await backend.close();
  });

  it('removing the model stops the work and deletes nothing of the calls', async () => {
    const { h, lib, backend, chooseModel } = await library();
    await chooseModel();
    const { callId } = await callWithVtt(lib, dirs.make('vtt').path, 'jfk.wav', THREE_TURN_VTT);
    await backend.meaningSettled();
    expect(await h['meaning:remove']({})).toMatchObject({ files: null, ready: false });
    expect(existsSync(TEXT_MODEL.model)).toBe(true); // a chosen folder is the user's: never deleted
    expect((await h['calls:turnVectors']({ callId }))?.turnIds).toHaveLength(3);
    mkdirSync(dirs.make('unused').path, { recursive: true });
    await backend.close();
  });
});
