import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/services/backend';
import { LOCK_DIR } from '../../../electron/services/library/lock';
import { emptyAnnotations } from '../../../shared/domain/annotations';
import { tagCommand } from '../../../shared/domain/chains';
import { ScriptedDialogs } from '../../helpers/dialogs';
import { audio, tempDir } from '../../helpers/fixtures';
import { WHISPER_BINARY } from '../../helpers/whisper';

const dir = tempDir('backend close');
afterAll(() => dir.cleanup());

describe('closing the backend on quit', () => {
  it('resolves once the writes in flight have landed, then releases the library; later writes are refused', async () => {
    const backend = await createBackend({ userDataDir: dir.path, dialogs: new ScriptedDialogs(), emit: () => {}, whisperBinary: WHISPER_BINARY });
    const h = backend.handlers;
    const [imported] = await h['calls:import']({ paths: [audio('jfk.wav')] });
    const callId = imported?.kind === 'imported' ? imported.call.id : '';
    const folder = backend.libraryFolder();

    // The last keystrokes before quitting: sent, not yet saved, when the app starts closing.
    const landed: string[] = [];
    const writes = Array.from({ length: 20 }, (_, i) => {
      const tag = { id: `t${i}`, level: 1 as const, span: { start: i / 2, end: i / 2 + 0.4 }, author: 'Dana', createdAt: '2026-11-24T10:00:00.000Z' };
      return h['annotations:apply']({ callId, command: tagCommand(emptyAnnotations(), tag, null, `Topic ${i}`) }).then(() => landed.push(`t${i}`));
    });
    const renamed = h['calls:rename']({ callId, title: 'Last words' }).then(() => landed.push('rename'));
    await backend.close();
    expect(landed).toHaveLength(21);
    await Promise.all([...writes, renamed]);

    const doc = JSON.parse(readFileSync(join(folder, 'calls', callId, 'call.json'), 'utf8'));
    expect(doc.call.title).toBe('Last words');
    expect(doc.annotations.tags).toHaveLength(20);
    expect(existsSync(join(folder, LOCK_DIR))).toBe(false);
    await expect(h['calls:rename']({ callId, title: 'After quit' })).rejects.toMatchObject({ code: 'LIBRARY_CLOSED' });
  });
});
