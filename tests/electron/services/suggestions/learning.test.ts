import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../../shared/contract';
import { dequantize } from '../../../../shared/meaning/vectors';
import { acceptSuggestionCommand, dismissSuggestionCommand } from '../../../../shared/suggestions/commands';
import { suggest, type Suggestion } from '../../../../shared/suggestions';
import { DEMO_CALL_ID } from '../../../../shared/domain/call';
import { EMBEDDING_DIMS } from '../../../../shared/meaning/vectors';
import { CUE_NAMES, type LearnedWeights } from '../../../../shared/suggestions/learned';
import { openLibrary } from '../../../../electron/services/library/library';
import { LEARNED_WEIGHTS_FILE } from '../../../../electron/services/suggestions/learnedWeights';
import { LOCAL_EXAMPLES_FILE, readLocalExamples, writeLocalExamples, type LocalRecord } from '../../../../electron/services/suggestions/localExamples';
import { createLearningService } from '../../../../electron/services/suggestions/service';
import { createTrainer } from '../../../../electron/services/suggestions/trainHost';
import { shippedModel } from '../../../../electron/services/suggestions/shipped';
import { tempDirs } from '../../../helpers/fixtures';
import { TEXT_MODEL, TEXT_MODEL_PRESENT } from '../../../helpers/textModel';
import { callWithVtt, testLibrary, type TestLibrary } from '../../../helpers/vttLibrary';
import { createBackend } from '../../../../electron/services/backend';
import { ScriptedDialogs } from '../../../helpers/dialogs';
import { WHISPER_BINARY } from '../../../helpers/whisper';

const DEMO_DIR = resolve(__dirname, '../../../../resources/demo');
const dirs = tempDirs();
afterAll(() => dirs.cleanup());

/** 1.5 s a turn: the recordings are 11 s long. */
const at = (sec: number) => `00:00:${sec.toFixed(3).padStart(6, '0')}`;
const vtt = (lines: [string, string][]) =>
  ['WEBVTT', '', ...lines.flatMap(([who, text], i) => [`${at(i * 1.5)} --> ${at(i * 1.5 + 1.4)}`, `<v ${who}>${text}`, ''])].join('\n');

/**
 * Call A: mild "could be smoother" remarks the rules read as nothing; the shipped model reads the first
 * as a pain (p ≈ 0.71, threshold 0.57) and each as a door. Call B: one more of them, a pain only by the
 * shipped model's reading (p ≈ 0.67): the remark the reviewer dismissed in A decides it.
 */
const CALL_A = vtt([
  ['Dana', 'How are things going with the team these days?'],
  ['Sam', 'I guess the billing side could be smoother.'],
  ['Dana', 'And how are things on the reporting front?'],
  ['Sam', 'Honestly, I guess the reporting could be smoother too.'],
  ['Dana', 'How are things going with your support team?'],
  ['Sam', 'I guess the support side could be a bit smoother.'],
  ['Dana', 'Got it. Let me show you our dashboard.'],
]);
const CALL_B = vtt([
  ['Dana', 'How are things going with the team these days?'],
  ['Sam', 'I guess the reporting side could be smoother.'],
  ['Dana', 'Great. Let me show you our dashboard.'],
]);

async function withModel(lib: TestLibrary) {
  lib.dialogs.folders.push(dirname(TEXT_MODEL.model));
  await lib.backend.handlers['meaning:chooseFolder']({});
}

/** A call from a VTT (on a recording of its own: the library refuses the same file twice), Dana its rep and Sam the prospect, with its turn vectors computed. */
async function call(lib: TestLibrary, text: string, file: 'jfk.wav' | 'jfk.mp3') {
  const { callId, detail } = await callWithVtt(lib, dirs.make('vtt').path, file, text);
  for (const s of detail.speakers) {
    await lib.backend.handlers['calls:updateSpeaker']({ callId, speakerId: s.id, role: s.name === 'Dana' ? 'rep' : 'prospect' });
  }
  await lib.backend.meaningSettled();
  return callId;
}

/** The call's suggestions as the Review view computes them, with the weights the bridge says are in use. */
async function suggestionsOf(h: Handlers, callId: string): Promise<Suggestion[]> {
  const [detail, transcript, rows, annotations, model] = await Promise.all([
    h['calls:get']({ callId }),
    h['calls:transcript']({ callId }),
    h['calls:turnVectors']({ callId }),
    h['annotations:get']({ callId }),
    h['suggestions:model']({}),
  ]);
  const q = new Int8Array(Buffer.from(rows!.vectors, 'base64'));
  const vectors = new Map(rows!.turnIds.map((id, i) => [id, dequantize(q.slice(i * rows!.dims, (i + 1) * rows!.dims))]));
  const weights = model.weights ?? shippedModel().weights;
  return suggest({ turns: transcript!.turns, speakers: detail.speakers, annotations, meaning: { vectors, weights } });
}

const painTurns = (s: readonly Suggestion[]) => s.filter((x) => x.kind === 'pain').map((x) => x.excerpt);

async function library(userDataDir = dirs.make('learning').path) {
  const lib = await testLibrary(userDataDir);
  return lib;
}

describe.runIf(TEXT_MODEL_PRESENT)('learning from the reviewer (a real backend, the fixtures’ text model)', () => {
  it('accepts and dismissals become examples, retraining changes the weights, and a second call’s suggestions change; undo takes a verdict back, deleting the call all of them', async () => {
    const lib = await library();
    const h = lib.backend.handlers;
    await withModel(lib);
    const a = await call(lib, CALL_A, 'jfk.wav');
    const b = await call(lib, CALL_B, 'jfk.mp3');
    expect(await h['suggestions:model']({})).toEqual({ revision: 0, weights: null });
    expect(painTurns(await suggestionsOf(h, b))).toEqual(['I guess the reporting side could be smoother.']);

    const first = await suggestionsOf(h, a);
    const pains = first.filter((s) => s.kind === 'pain');
    expect(pains.map((p) => p.excerpt)).toEqual(['I guess the billing side could be smoother.']);
    for (const s of pains) await h['annotations:apply']({ callId: a, command: dismissSuggestionCommand(s) });
    const door = first.find((s) => s.kind === 'door-opener')!;
    const annotations = await h['annotations:get']({ callId: a });
    const accepted = acceptSuggestionCommand(door, { id: 'mark-1', author: 'Reviewer', createdAt: new Date().toISOString() }, annotations);
    await h['annotations:apply']({ callId: a, command: accepted });
    await lib.backend.learningSettled();

    expect(await h['suggestions:learning']({})).toMatchObject({ examples: 2, notice: null });
    expect(existsSync(join(lib.backend.libraryFolder(), LOCAL_EXAMPLES_FILE))).toBe(true);
    const model = await h['suggestions:model']({});
    expect(model.revision).toBeGreaterThan(0);
    expect(model.weights!.models.pain.weights).not.toEqual(shippedModel().weights.models.pain.weights);
    expect(model.weights!.thresholds).toEqual(shippedModel().weights.thresholds);
    // The remark like those dismissed is no longer a pain in the second call; its door stays.
    const after = await suggestionsOf(h, b);
    expect(painTurns(after)).toEqual([]);
    expect(after.some((s) => s.kind === 'door-opener')).toBe(true);

    // Undoing the accept (removing its mark) takes its example back.
    await h['annotations:apply']({ callId: a, command: { type: 'remove', collection: 'moments', id: 'mark-1' } });
    await lib.backend.learningSettled();
    expect((await h['suggestions:learning']({})).examples).toBe(1);

    // Deleting the call deletes what was learned from it (its examples quote its turns).
    await h['calls:delete']({ callId: a });
    await lib.backend.learningSettled();
    expect(await h['suggestions:learning']({})).toMatchObject({ examples: 0 });
    expect((await h['suggestions:model']({})).weights).toBeNull();
    await lib.backend.close();
  }, 120_000);

  it('reset goes back to the shipped model and deletes the local examples; they stay deleted after a restart', async () => {
    const userDataDir = dirs.make('reset').path;
    const lib = await library(userDataDir);
    const h = lib.backend.handlers;
    await withModel(lib);
    const a = await call(lib, CALL_A, 'jfk.wav');
    const b = await call(lib, CALL_B, 'jfk.mp3');
    for (const s of (await suggestionsOf(h, a)).filter((x) => x.kind === 'pain'))
      await h['annotations:apply']({ callId: a, command: dismissSuggestionCommand(s) });
    await lib.backend.learningSettled();
    expect(painTurns(await suggestionsOf(h, b))).toEqual([]);

    const before = (await h['suggestions:model']({})).revision;
    expect(await h['suggestions:resetLearning']({})).toMatchObject({ examples: 0, notice: null });
    const model = await h['suggestions:model']({});
    expect(model).toEqual({ revision: before + 1, weights: null });
    expect(existsSync(join(lib.backend.libraryFolder(), LOCAL_EXAMPLES_FILE))).toBe(false);
    expect(painTurns(await suggestionsOf(h, b))).toEqual(['I guess the reporting side could be smoother.']);
    expect(lib.changes.some((c) => c.reason === 'learned-suggestions')).toBe(true);
    await lib.backend.close();

    const again = await createBackend({ userDataDir, dialogs: new ScriptedDialogs(), emit: () => {}, whisperBinary: WHISPER_BINARY });
    expect(await again.handlers['suggestions:learning']({})).toMatchObject({ examples: 0 });
    await again.close();
  }, 120_000);

  it('keeps an unreadable examples file aside with a notice, and learns on from the shipped model', async () => {
    const userDataDir = dirs.make('corrupt').path;
    const lib = await library(userDataDir);
    await withModel(lib);
    const a = await call(lib, CALL_A, 'jfk.wav');
    const folder = lib.backend.libraryFolder();
    await lib.backend.close();
    writeFileSync(join(folder, LOCAL_EXAMPLES_FILE), '{"version":1,"examples":[{"callId":');

    const again = await testLibrary(userDataDir);
    const h = again.backend.handlers;
    const info = await h['suggestions:learning']({});
    expect(info.examples).toBe(0);
    expect(info.notice).toMatch(/could not be read; the file was kept aside as .*learned-examples\.unreadable-.*\.json/);
    const aside = readdirSync(folder).filter((f) => f.startsWith('learned-examples.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(existsSync(join(folder, LOCAL_EXAMPLES_FILE))).toBe(false);

    const pain = (await suggestionsOf(h, a)).find((s) => s.kind === 'pain')!;
    await h['annotations:apply']({ callId: a, command: dismissSuggestionCommand(pain) });
    await again.backend.learningSettled();
    expect((await h['suggestions:learning']({})).examples).toBe(1);
    expect((await h['suggestions:model']({})).weights).not.toBeNull();
    await again.backend.close();
  }, 120_000);

  it('keeps the retrained weights beside the examples: a new start uses them without retraining; changed examples, another shipped model or an unreadable file retrain; reset deletes them', async () => {
    const lib = await library(dirs.make('kept').path);
    const h = lib.backend.handlers;
    await withModel(lib);
    const a = await call(lib, CALL_A, 'jfk.wav');
    const first = await suggestionsOf(h, a);
    for (const s of first.filter((x) => x.kind === 'pain')) await h['annotations:apply']({ callId: a, command: dismissSuggestionCommand(s) });
    const door = first.find((s) => s.kind === 'door-opener')!;
    const mark = { id: 'mark-1', author: 'Reviewer', createdAt: new Date().toISOString() };
    await h['annotations:apply']({ callId: a, command: acceptSuggestionCommand(door, mark, await h['annotations:get']({ callId: a })) });
    await lib.backend.learningSettled();
    const trained = (await h['suggestions:model']({})).weights!;
    const folder = lib.backend.libraryFolder();
    const weightsPath = join(folder, LEARNED_WEIGHTS_FILE);
    const stored = () => JSON.parse(readFileSync(weightsPath, 'utf8')) as { trainedFrom: { shipped: string; examples: string }; weights: LearnedWeights };
    expect(stored().weights).toEqual(trained);
    await lib.backend.close();

    // Each start: a learning service on the same folder, counting the trainings it asks for.
    const opened = await openLibrary(folder);
    const trainer = createTrainer();
    let trainings = 0;
    const start = () =>
      createLearningService({
        ref: { get: () => opened },
        emit: () => {},
        train: (local) => {
          trainings++;
          return trainer.train(local);
        },
      });
    try {
      let service = start();
      expect((await service.handlers['suggestions:model']()).weights).toEqual(trained);
      await service.settled();
      expect(trainings).toBe(0);
      service.shutdown();

      // Examples changed since (here by hand: one taken out): trained again, and the file says from what.
      const examples = JSON.parse(readFileSync(join(folder, LOCAL_EXAMPLES_FILE), 'utf8')) as { examples: unknown[] };
      examples.examples.pop();
      writeFileSync(join(folder, LOCAL_EXAMPLES_FILE), JSON.stringify(examples));
      const before = stored().trainedFrom.examples;
      service = start();
      expect((await service.handlers['suggestions:model']()).weights).toBeNull();
      await service.settled();
      expect(trainings).toBe(1);
      const retrained = (await service.handlers['suggestions:model']()).weights!;
      expect(retrained).not.toEqual(trained);
      expect(stored().weights).toEqual(retrained);
      expect(stored().trainedFrom.examples).not.toBe(before);
      service.shutdown();

      // Weights retrained from another shipped model (an earlier version of the app, whose features were
      // laid out otherwise): stale, not damaged — trained again, no notice, nothing kept aside.
      const earlier = { ...stored().weights, featureCount: 789 };
      writeFileSync(weightsPath, JSON.stringify({ ...stored(), weights: earlier, trainedFrom: { ...stored().trainedFrom, shipped: 'an-earlier-model' } }));
      service = start();
      expect((await service.handlers['suggestions:model']()).weights).toBeNull();
      expect((await service.handlers['suggestions:learning']()).notice).toBeNull();
      expect(readdirSync(folder).filter((f) => f.startsWith('learned-weights.unreadable-'))).toHaveLength(0);
      await service.settled();
      expect(trainings).toBe(2);
      expect(stored().trainedFrom.shipped).not.toBe('an-earlier-model');
      service.shutdown();

      // An unreadable file is kept aside, with a notice, and the weights are trained again.
      writeFileSync(weightsPath, '{"version":1,"trainedFrom":');
      service = start();
      const info = await service.handlers['suggestions:learning']();
      expect(info.notice).toMatch(/could not be read; the file was kept aside as .*learned-weights\.unreadable-.*\.json/);
      expect(readdirSync(folder).filter((f) => f.startsWith('learned-weights.unreadable-'))).toHaveLength(1);
      await service.settled();
      expect(trainings).toBe(3);
      expect((await service.handlers['suggestions:model']()).weights).toEqual(retrained);
      expect(stored().weights).toEqual(retrained);

      await service.handlers['suggestions:resetLearning']();
      expect(existsSync(weightsPath)).toBe(false);
      expect(existsSync(join(folder, LOCAL_EXAMPLES_FILE))).toBe(false);
      service.shutdown();
    } finally {
      await trainer.close();
      await opened.retire();
    }
  }, 120_000);
});

describe('resetting the demo call', () => {
  /** An example as the learning service stores it (its content does not matter here). */
  const example = (callId: string, markId: string): LocalRecord => ({
    callId,
    markId,
    local: {
      kind: 'pain',
      positive: false,
      example: {
        side: 'prospect',
        text: 'It could be smoother.',
        cues: CUE_NAMES.map(() => 0),
        vector: new Float32Array(EMBEDDING_DIMS).fill(0.1),
        previous: null,
      },
    },
  });

  it('forgets the examples learned from the demo call and keeps the others', async () => {
    const userDataDir = dirs.make('demo').path;
    const backend = await createBackend({ userDataDir, dialogs: new ScriptedDialogs(), emit: () => {}, whisperBinary: WHISPER_BINARY, demoDir: DEMO_DIR });
    try {
      const folder = backend.libraryFolder();
      await writeLocalExamples(folder, [example(DEMO_CALL_ID, 'mark-1'), example('another-call', 'mark-2'), example(DEMO_CALL_ID, 'mark-3')]);
      expect((await backend.handlers['suggestions:learning']({})).examples).toBe(3);

      expect(await backend.handlers['library:resetDemo']({})).toMatchObject({ id: DEMO_CALL_ID });
      await backend.learningSettled();
      expect((await backend.handlers['suggestions:learning']({})).examples).toBe(1);
      expect((await readLocalExamples(folder)).records.map((r) => [r.callId, r.markId])).toEqual([['another-call', 'mark-2']]);
    } finally {
      await backend.close();
    }
  }, 120_000);
});
