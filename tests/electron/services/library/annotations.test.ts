import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../../shared/dispatch';
import { tagCommand } from '../../../../shared/domain/chains';
import { splitSplice } from '../../../../shared/domain/transcriptEdits';
import { emptyAnnotations } from '../../../../shared/domain/annotations';
import { createBackend } from '../../../../electron/services/backend';
import { ScriptedDialogs } from '../../../helpers/dialogs';
import { audio, tempDir } from '../../../helpers/fixtures';
import { WHISPER_BINARY } from '../../../helpers/whisper';

const dir = tempDir('annotations');
afterAll(() => dir.cleanup());
const open = () => createBackend({ userDataDir: dir.path, dialogs: new ScriptedDialogs(), emit: () => {}, whisperBinary: WHISPER_BINARY });

describe('annotations of a call', () => {
  it('each change is saved at once to the call’s own document, and its inverse undoes it', async () => {
    const backend = await open();
    const [outcome] = await backend.handlers['calls:import']({ paths: [audio('jfk.wav')] });
    const callId = outcome?.kind === 'imported' ? outcome.call.id : '';
    expect(await backend.handlers['annotations:get']({ callId })).toEqual(emptyAnnotations());

    const symptom = { id: 't1', level: 1 as const, span: { start: 0.3, end: 2.5 }, author: 'Dana', createdAt: '2026-11-24T10:00:00.000Z' };
    const command = tagCommand(emptyAnnotations(), symptom, null, 'Patriotism');
    const { annotations, inverse } = await backend.handlers['annotations:apply']({ callId, command });
    expect(annotations.tags).toHaveLength(1);

    const docPath = join(backend.libraryFolder(), 'calls', callId, 'call.json');
    expect(JSON.parse(readFileSync(docPath, 'utf8')).annotations.chains).toEqual([{ id: 'chain-t1', topic: 'Patriotism' }]);
    await backend.close(); // a restart: the app closes (and lets go of the library) first
    const reopened = await open();
    expect((await reopened.handlers['annotations:get']({ callId })).tags[0]).toMatchObject({ id: 't1', chainId: 'chain-t1' });

    const undone = await reopened.handlers['annotations:apply']({ callId, command: inverse });
    expect(undone.annotations).toEqual(emptyAnnotations());
    expect(JSON.parse(readFileSync(docPath, 'utf8')).annotations).toEqual(emptyAnnotations());
    // The call itself is untouched by annotating.
    expect((await reopened.handlers['calls:get']({ callId })).title).toBe('jfk');
  });

  it('transcript edits are saved at once and undone by their inverse; a stale edit is refused', async () => {
    const dialogs = new ScriptedDialogs();
    const backend = await createBackend({ userDataDir: join(dir.path, 'edits'), dialogs, emit: () => {}, whisperBinary: WHISPER_BINARY });
    const [outcome] = await backend.handlers['calls:import']({ paths: [audio('jfk.wav')] });
    const callId = outcome?.kind === 'imported' ? outcome.call.id : '';
    const vtt = join(dir.path, 'jfk.vtt');
    writeFileSync(vtt, 'WEBVTT\n\n00:00:00.300 --> 00:00:07.900\n<v JFK>And so my fellow Americans ask not\n');
    dialogs.transcripts.push(vtt);
    await backend.handlers['transcripts:import']({ callId });
    const before = (await backend.handlers['calls:transcript']({ callId }))!;

    const { inverse } = await backend.handlers['transcript:edit']({ callId, splice: splitSplice(before, 't1', 4) });
    await backend.close(); // a restart: the app closes (and lets go of the library) first
    const reopened = await createBackend({ userDataDir: join(dir.path, 'edits'), dialogs, emit: () => {}, whisperBinary: WHISPER_BINARY });
    const after = (await reopened.handlers['calls:transcript']({ callId }))!;
    expect(after.turns.map((t) => t.text)).toEqual(['And so my fellow', 'Americans ask not']);

    await expect(reopened.handlers['transcript:edit']({ callId, splice: splitSplice(before, 't1', 2) })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/changed since/),
    });
    await reopened.handlers['transcript:edit']({ callId, splice: inverse });
    expect(await reopened.handlers['calls:transcript']({ callId })).toEqual(before);
  });

  it('rejects a malformed command before it reaches the document', async () => {
    const backend = await open();
    const [call] = await backend.handlers['calls:list']({});
    const dispatch = createDispatch(backend.handlers, () => {});
    const result = await dispatch('annotations:apply', { callId: call!.id, command: { type: 'put', collection: 'tags', item: { id: 'x', level: 4 } } });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
