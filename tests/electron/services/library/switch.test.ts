import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventName, EventPayload } from '../../../../shared/contract';
import { emptyAnnotations } from '../../../../shared/domain/annotations';
import { tagCommand } from '../../../../shared/domain/chains';
import { createBackend } from '../../../../electron/services/backend';
import { openLibrary } from '../../../../electron/services/library/library';
import { ScriptedDialogs } from '../../../helpers/dialogs';
import { audio, tempDir } from '../../../helpers/fixtures';
import { TEST_MODEL, WHISPER_BINARY } from '../../../helpers/whisper';

type Event = { [E in EventName]: { event: E; payload: EventPayload<E> } }[EventName];
const dir = tempDir('library switch');
afterAll(() => dir.cleanup());

describe('switching the library folder', () => {
  it('stops the jobs of the library left, and nothing stale is written back to it later', async () => {
    const events: Event[] = [];
    const dialogs = Object.assign(new ScriptedDialogs(), { models: [TEST_MODEL], folders: [join(dir.path, 'Other library')] });
    const backend = await createBackend({
      userDataDir: dir.path,
      dialogs,
      emit: (event, payload) => events.push({ event, payload } as Event),
      whisperBinary: WHISPER_BINARY,
    });
    const h = backend.handlers;
    await h['models:chooseFile']({});
    const outcomes = await h['calls:import']({ paths: [audio('sales-followup-azure.wav'), audio('jfk.wav')] });
    const [long, short] = outcomes.map((o) => (o.kind === 'imported' ? o.call.id : ''));
    const first = backend.libraryFolder();

    await h['transcription:start']({ callId: long! });
    await expect.poll(() => events.some((e) => e.event === 'transcription:progress' && e.payload.state === 'running'), { timeout: 10_000 }).toBe(true);
    // While it runs: to another folder and back, then the reviewer carries on in the first library.
    expect(await h['library:chooseFolder']({})).toMatchObject({ changed: true });
    expect(await h['library:useDefaultFolder']({})).toMatchObject({ folder: first });
    await h['calls:rename']({ callId: short!, title: 'Renamed while it ran' });
    await h['calls:rename']({ callId: long!, title: 'Discovery call' });
    const tag = { id: 't1', level: 1 as const, span: { start: 0.3, end: 2.5 }, author: 'Dana', createdAt: '2026-11-24T10:00:00.000Z' };
    await h['annotations:apply']({ callId: long!, command: tagCommand(emptyAnnotations(), tag, null, 'Budget') });
    await backend.queue.idle();

    // What the first library's files hold, read afresh: every change made after the switch is there.
    const library = await openLibrary(first);
    const titles = Object.fromEntries(library.list().map((c) => [c.id, c.title]));
    expect(titles).toEqual({ [short!]: 'Renamed while it ran', [long!]: 'Discovery call' });
    expect(await library.get(long!)).toMatchObject({ title: 'Discovery call', status: 'imported', hasTranscript: false });
    expect((await library.annotations(long!)).tags.map((t) => t.id)).toEqual(['t1']);
    // The job was stopped at the switch, and the user told why.
    const finished = events.filter((e) => e.event === 'transcription:finished').map((e) => e.payload);
    expect(finished).toEqual([{ callId: long, outcome: 'cancelled', message: expect.stringMatching(/stopped because the library folder was changed/) }]);
    await backend.close();
  }, 180_000);

  it('a retired library refuses writes with a clear message and writes nothing', async () => {
    const folder = join(dir.path, 'Retired');
    const library = await openLibrary(folder);
    const staging = await library.createStaging();
    await library.discardStaging(staging.dir);
    await library.retire();
    await expect(library.setMyName('Dana')).rejects.toMatchObject({ code: 'LIBRARY_CLOSED', message: expect.stringMatching(/no longer open.*not saved/) });
    expect((await openLibrary(folder)).myName()).toBeNull();
  });
});
