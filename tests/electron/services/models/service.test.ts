import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../../electron/services/backend';
import { threadsFor } from '../../../../shared/transcription/engineProfile';
import { ScriptedDialogs } from '../../../helpers/dialogs';
import { audio, tempDir } from '../../../helpers/fixtures';
import { TEST_MODEL } from '../../../helpers/whisper';

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

async function open(userDataDir: string) {
  backend = await createBackend({
    userDataDir,
    dialogs: Object.assign(new ScriptedDialogs(), { models: [TEST_MODEL] }),
    emit: () => {},
    whisperBinary: ENGINE,
  });
  return backend;
}

/** Transcribes jfk.wav and answers with the arguments the engine was started with. */
async function engineArgsOfATranscription(b: Backend): Promise<string[]> {
  const record = join(dir!.path, 'engine-argv.json');
  process.env.ENGINE_ARGV_RECORD = record;
  await b.handlers['models:chooseFile']({});
  const [outcome] = await b.handlers['calls:import']({ paths: [audio('jfk.wav')] });
  if (outcome?.kind !== 'imported') throw new Error('import failed');
  await b.handlers['transcription:start']({ callId: outcome.call.id });
  await b.queue.idle();
  expect((await b.handlers['calls:get']({ callId: outcome.call.id })).status).toBe('transcribed');
  return (JSON.parse(readFileSync(record, 'utf8')) as { args: string[] }).args;
}
const after = (args: string[], flag: string) => args[args.indexOf(flag) + 1];

describe('transcription speed (models service, real backend)', () => {
  it('starts Balanced: threads for this machine, beam 5 with DTW, as before the choice existed', async () => {
    dir = tempDir('speed');
    const b = await open(dir.path);
    const info = await b.handlers['models:info']({});
    expect(info).toMatchObject({ speed: 'balanced', threads: threadsFor(availableParallelism()), threadsSetting: null });
    expect(info.machine.cores).toBe(availableParallelism());
    expect(info.speedWhy).toMatch(/^Beam search 5 with words timed where they are heard; /);
    const args = await engineArgsOfATranscription(b);
    expect([after(args, '-bs'), after(args, '-bo'), after(args, '--dtw'), after(args, '--threads')]).toEqual(['5', '5', 'tiny.en', String(info.threads)]);
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
