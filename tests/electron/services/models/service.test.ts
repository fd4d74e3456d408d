import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../../electron/services/backend';
import { threadsFor } from '../../../../shared/transcription/engineProfile';
import { ScriptedDialogs } from '../../../helpers/dialogs';
import { audio, tempDir } from '../../../helpers/fixtures';
import { TEST_MODEL, WHISPER_BINARY } from '../../../helpers/whisper';
import { quantizeBinaryBeside } from '../../../../electron/services/transcription/binary';

// The argv-recording stand-in for whisper-cli: what matters here is the configuration it is started with.
const ENGINE = join(__dirname, '../transcription/argv-recording-engine.mjs');

let dir: ReturnType<typeof tempDir> | null = null;
let backend: Backend | null = null;
afterEach(async () => {
  await backend?.close();
  backend = null;
  delete process.env.ENGINE_ARGV_RECORD;
  dir?.cleanup();
  dir = null;
});

/** The stand-in engine with the real whisper-quantize beside it, as the app ships them. */
function engineFolder(): string {
  const folder = join(dir!.path, 'engine');
  mkdirSync(folder, { recursive: true });
  if (!existsSync(join(folder, 'whisper-cli'))) {
    symlinkSync(ENGINE, join(folder, 'whisper-cli'));
    symlinkSync(quantizeBinaryBeside(WHISPER_BINARY), join(folder, 'whisper-quantize'));
  }
  return join(folder, 'whisper-cli');
}

async function open(userDataDir: string, whisperBinary = ENGINE) {
  backend = await createBackend({
    userDataDir,
    dialogs: Object.assign(new ScriptedDialogs(), { models: [TEST_MODEL] }),
    emit: () => {},
    whisperBinary,
  });
  return backend;
}

/** Transcribes jfk.wav and answers with the arguments the engine was started with. */
async function engineArgsOfATranscription(b: Backend): Promise<string[]> {
  return (await engineRecordOfATranscription(b)).args;
}
/** …and the ggml file type of the model it was given (1: f16, 7: q8_0). */
async function engineRecordOfATranscription(b: Backend, recording = 'jfk.wav'): Promise<{ args: string[]; modelFileType: number }> {
  const record = join(dir!.path, 'engine-argv.json');
  process.env.ENGINE_ARGV_RECORD = record;
  await b.handlers['models:chooseFile']({});
  const [outcome] = await b.handlers['calls:import']({ paths: [audio(recording)] });
  if (outcome?.kind !== 'imported') throw new Error('import failed');
  await b.handlers['transcription:start']({ callId: outcome.call.id });
  await b.queue.idle();
  expect((await b.handlers['calls:get']({ callId: outcome.call.id })).status).toBe('transcribed');
  return JSON.parse(readFileSync(record, 'utf8')) as { args: string[]; modelFileType: number };
}
const after = (args: string[], flag: string) => args[args.indexOf(flag) + 1];

describe('transcription speed (models service, real backend)', () => {
  it('starts Balanced: threads for this machine, beam 4 with flash attention on an 8-bit copy of the model, made once', async () => {
    dir = tempDir('speed');
    const b = await open(dir.path, engineFolder());
    const info = await b.handlers['models:info']({});
    expect(info).toMatchObject({ speed: 'balanced', threads: threadsFor(availableParallelism()), threadsSetting: null });
    expect(info.machine.cores).toBe(availableParallelism());
    expect(info.speedWhy).toMatch(/^Beam search 4 on an 8-bit copy of the model; /);
    const { args, modelFileType } = await engineRecordOfATranscription(b);
    expect([after(args, '-bs'), after(args, '-bo'), after(args, '--threads')]).toEqual(['4', '4', String(info.threads)]);
    expect(args).toContain('--flash-attn');
    expect(args).not.toContain('--dtw');
    expect(modelFileType).toBe(7); // q8_0
    // Settings says where it ran: no GPU backend beside this engine, so the processor.
    expect((await b.handlers['models:info']({})).engineDevice).toEqual({ device: 'CPU', gpuFailure: null });
    const copies = join(dir.path, 'models', '8-bit');
    const [copy] = readdirSync(copies);
    expect(copy).toMatch(/^for-tests-ggml-tiny\.en\.\d+-\d+\.q8_0\.bin$/);
    const made = statSync(join(copies, copy!)).mtimeMs;
    expect((await engineRecordOfATranscription(b, 'jfk.mp3')).modelFileType).toBe(7);
    expect(readdirSync(copies)).toEqual([copy]);
    expect(statSync(join(copies, copy!)).mtimeMs).toBe(made);
  }, 60_000);

  it('Balanced still transcribes, with the model as it is, when the 8-bit copy cannot be made', async () => {
    dir = tempDir('speed');
    const b = await open(dir.path); // no whisper-quantize beside this engine
    const { args, modelFileType } = await engineRecordOfATranscription(b);
    expect(after(args, '--model')).toBe(TEST_MODEL);
    expect(modelFileType).toBe(1); // f16
    expect(args).toContain('--flash-attn');
  }, 60_000);

  it('Accuracy runs the model as it is with DTW word timing and flash attention off', async () => {
    dir = tempDir('speed');
    const b = await open(dir.path, engineFolder());
    await b.handlers['models:setSpeed']({ speed: 'accuracy' });
    const args = await engineArgsOfATranscription(b);
    expect([after(args, '-bs'), after(args, '--dtw'), after(args, '--model')]).toEqual(['5', 'tiny.en', TEST_MODEL]);
    expect(args).toContain('--no-flash-attn');
  }, 60_000);

  it('Speed is saved, and the next transcription runs greedy (-bs 1 -bo 1) with flash attention and no DTW', async () => {
    dir = tempDir('speed');
    let b = await open(dir.path);
    expect(await b.handlers['models:setSpeed']({ speed: 'speed' })).toMatchObject({ speed: 'speed' });
    await b.close();
    b = await open(dir.path); // saved: a restart keeps it
    expect((await b.handlers['models:info']({})).speed).toBe('speed');
    const args = await engineArgsOfATranscription(b);
    expect([after(args, '-bs'), after(args, '-bo')]).toEqual(['1', '1']);
    expect(args).toContain('--flash-attn');
    expect(args).not.toContain('--dtw');
  }, 60_000);

  it('a thread count the user set wins over the profile', async () => {
    dir = tempDir('speed');
    const b = await open(dir.path);
    await b.handlers['models:setThreads']({ threads: 5 });
    const info = await b.handlers['models:setSpeed']({ speed: 'accuracy' });
    expect(info).toMatchObject({ threads: 5, threadsSetting: 5, speed: 'accuracy' });
    expect(info.speedWhy).toMatch(/You set 5 threads: that is used instead\.$/);
    const args = await engineArgsOfATranscription(b);
    expect([after(args, '--threads'), after(args, '-bs')]).toEqual(['5', '5']);
  }, 60_000);
});
