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

    const h = (await start()).handlers;
    expect((await h['library:info']({})).problem).toMatchObject({ code: 'CORRUPT_DOCUMENT' });
    const rebuilt = await h['library:rebuildIndex']({});
    expect(rebuilt).toMatchObject({ problem: null, callCount: 1 });
    expect(rebuilt.unreadableCalls).toEqual([
      { folder: damaged, problem: { code: 'CORRUPT_DOCUMENT', message: expect.stringMatching(/call's document can't be read/) } },
    ]);
    expect((await h['calls:list']({})).map((c) => c.id)).toEqual([readable]);
  });
});
