import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../../electron/services/backend';
import { ScriptedDialogs } from '../../../helpers/dialogs';
import { audio, tempDir } from '../../../helpers/fixtures';
import { WHISPER_BINARY } from '../../../helpers/whisper';

const dir = tempDir('library handlers');
afterAll(() => dir.cleanup());
const start = () => createBackend({ userDataDir: dir.path, dialogs: new ScriptedDialogs(), emit: () => {}, whisperBinary: WHISPER_BINARY });

describe('library handlers', () => {
  it('rebuilding the index says which calls could not be read, and why', async () => {
    const first = await start();
    const outcomes = await first.handlers['calls:import']({ paths: [audio('jfk.wav'), audio('jfk.mp3')] });
    const [damaged, readable] = outcomes.map((o) => (o.kind === 'imported' ? o.call.id : ''));
    const { folder } = await first.handlers['library:info']({});
    writeFileSync(join(folder, 'calls', damaged!, 'call.json'), '{ "schemaVersion": 1, "cal');
    writeFileSync(join(folder, 'library.json'), 'not an index');
    // Neither has a last good copy to be restored from.
    rmSync(join(folder, 'calls', damaged!, 'call.json.bak'), { force: true });
    rmSync(join(folder, 'library.json.bak'));

    await first.close(); // a restart: the app closes (and lets go of the library) first
    const restarted = await start();
    const h = restarted.handlers;
    expect((await h['library:info']({})).problem).toMatchObject({ code: 'CORRUPT_DOCUMENT' });
    const rebuilt = await h['library:rebuildIndex']({});
    expect(rebuilt).toMatchObject({ problem: null, callCount: 1 });
    expect(rebuilt.unreadableCalls).toEqual([
      { folder: damaged, problem: { code: 'CORRUPT_DOCUMENT', message: expect.stringMatching(/call's document can't be read/) } },
    ]);
    expect((await h['calls:list']({})).map((c) => c.id)).toEqual([readable]);
    await restarted.close();
  });

  it('a call document restored while a method answers is announced, shown in the library info, and dismissed', async () => {
    const first = await start();
    const [outcome] = await first.handlers['calls:import']({ paths: [audio('jfk.wav')] });
    const callId = outcome!.kind === 'imported' ? outcome!.call.id : '';
    await first.handlers['calls:rename']({ callId, title: 'Acme discovery' });
    await first.handlers['calls:rename']({ callId, title: 'Acme discovery, day 2' });
    const { folder } = await first.handlers['library:info']({});
    await first.close(); // the app quits; the damage happens while it is closed
    writeFileSync(join(folder, 'calls', callId, 'call.json'), '{ "schemaVersion": 1, "cal');

    const events: unknown[] = [];
    const second = await createBackend({
      userDataDir: dir.path,
      dialogs: new ScriptedDialogs(),
      emit: (e, p) => events.push([e, p]),
      whisperBinary: WHISPER_BINARY,
    });
    const h = second.handlers;
    expect((await h['library:info']({})).notices).toEqual([]);
    expect((await h['calls:get']({ callId })).title).toBe('Acme discovery');
    expect(events).toContainEqual(['library:changed', { reason: 'notices', calls: [], parts: [] }]);
    const [notice] = (await h['library:info']({})).notices;
    expect(notice?.message).toMatch(/^“Acme discovery, day 2”: the call's document was damaged and was restored from its last good copy/);
    // The index follows the restored document.
    expect((await h['calls:list']({})).find((c) => c.id === callId)?.title).toBe('Acme discovery');
    expect((await h['library:dismissNotice']({ id: notice!.id })).notices).toEqual([]);
    await second.close();
  });
});
