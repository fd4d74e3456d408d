import { dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ScriptedDialogs } from '../../../helpers/dialogs';
import { tempDirs } from '../../../helpers/fixtures';
import { TEXT_MODEL, TEXT_MODEL_PRESENT } from '../../../helpers/textModel';
import { callWithVtt } from '../../../helpers/vttLibrary';
import { WHISPER_BINARY } from '../../../helpers/whisper';
import { createBackend } from '../../../../electron/services/backend';

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

const vtt = (lines: [string, string][]) =>
  [
    'WEBVTT',
    '',
    ...lines.flatMap(([who, text], i) => [
      `00:00:${String(i * 5).padStart(2, '0')}.000 --> 00:00:${String(i * 5 + 4).padStart(2, '0')}.000`,
      `<v ${who}>${text}`,
      '',
    ]),
  ].join('\n');
const FIRST = vtt([
  ['Dana', 'What made you look at this now?'],
  ['Sam', 'If we fall short of the target again, I could lose my position.'],
  ['Dana', 'Let me show you our dashboard.'],
]);
const SECOND = vtt([
  ['Dana', 'How is the warehouse doing this season?'],
  ['Lee', 'Pickers walk two hours a day between aisles, and orders ship late.'],
  ['Dana', 'Where do the late orders hurt you most?'],
]);

describe.runIf(TEXT_MODEL_PRESENT)('search by meaning (a real backend, the fixtures’ text model)', () => {
  it('finds a turn that says it in other words, ranked, with the same filters as word search; nonsense finds nothing', async () => {
    const dialogs = new ScriptedDialogs();
    const userDataDir = dirs.make('meaning-search').path;
    const backend = await createBackend({ userDataDir, dialogs, emit: () => {}, whisperBinary: WHISPER_BINARY });
    const h = backend.handlers;
    const lib = { backend, dialogs, changes: [], userDataDir };
    const work = dirs.make('vtt').path;

    // Before the model: a meaning search says why it can't run, and word search works as before.
    const first = await callWithVtt(lib, work, 'jfk.wav', FIRST);
    expect(await h['search:query']({ limit: 20, text: 'worried about being fired', meaning: true })).toMatchObject({
      hits: [],
      meaningUnavailable: expect.stringMatching(/text model/),
    });

    dialogs.folders.push(dirname(TEXT_MODEL.model));
    await h['meaning:chooseFolder']({});
    const second = await callWithVtt(lib, work, 'jfk.mp3', SECOND);
    await backend.meaningSettled();

    const query = 'I could be fired if our sales target slips';
    expect((await h['search:query']({ limit: 20, text: query })).hits).toEqual([]); // not in these words
    const found = await h['search:query']({ limit: 20, text: query, meaning: true });
    expect(found.meaningUnavailable).toBeNull();
    expect(found.hits[0]).toMatchObject({ callId: first.callId, turnId: first.turns[1]!.id, speaker: 'Sam', score: expect.any(Number) });
    found.hits.slice(1).forEach((hit, i) => expect(hit.score!).toBeLessThanOrEqual(found.hits[i]!.score!));

    // The filters still apply: only Lee's turns.
    const lees = await h['search:query']({ limit: 20, text: query, meaning: true, speaker: 'Lee' });
    expect(lees.hits.every((hit) => hit.callId === second.callId && hit.speaker === 'Lee')).toBe(true);

    expect((await h['search:query']({ limit: 20, text: 'purple elephant banana quantum', meaning: true })).hits).toEqual([]);
    await backend.close();
  }, 120_000);

  it('"find moments like this" from a turn finds the turn of another call that means the same, not itself', async () => {
    const dialogs = new ScriptedDialogs();
    const userDataDir = dirs.make('like-this').path;
    const backend = await createBackend({ userDataDir, dialogs, emit: () => {}, whisperBinary: WHISPER_BINARY });
    const h = backend.handlers;
    const lib = { backend, dialogs, changes: [], userDataDir };
    dialogs.folders.push(dirname(TEXT_MODEL.model));
    await h['meaning:chooseFolder']({});
    const work = dirs.make('vtt').path;
    const first = await callWithVtt(lib, work, 'jfk.wav', FIRST);
    const again = vtt([
      ['Ana', 'So where are you with the forecast?'],
      ['Kim', 'Honestly, if we miss our target again this quarter, I might lose my job.'],
    ]);
    const second = await callWithVtt(lib, work, 'jfk.mp3', again);
    await callWithVtt(lib, work, 'sales-followup-azure.wav', SECOND);
    await backend.meaningSettled();

    const like = await h['search:query']({ limit: 20, text: '', like: { callId: first.callId, turnId: first.turns[1]!.id } });
    expect(like.hits.some((hit) => hit.callId === first.callId && hit.turnId === first.turns[1]!.id)).toBe(false);
    expect(like.hits[0]).toMatchObject({ callId: second.callId, turnId: second.turns[1]!.id });
    await backend.close();
  }, 120_000);
});
