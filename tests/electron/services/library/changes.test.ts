import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../../shared/contract';
import { createBackend } from '../../../../electron/services/backend';
import { ScriptedDialogs } from '../../../helpers/dialogs';
import { audio, tempDir } from '../../../helpers/fixtures';
import { WHISPER_BINARY } from '../../../helpers/whisper';

/** Every `library:changed` names the calls and the parts of them that changed, so views reload only those. */
const dir = tempDir('library changes');
afterAll(() => dir.cleanup());
let users = 0;

async function setup() {
  const dialogs = new ScriptedDialogs();
  const changes: EventPayload<'library:changed'>[] = [];
  const backend = await createBackend({
    userDataDir: join(dir.path, `user-${++users}`),
    dialogs,
    emit: (event, payload) => {
      if (event === 'library:changed') changes.push(payload as EventPayload<'library:changed'>);
    },
    whisperBinary: WHISPER_BINARY,
  });
  return { h: backend.handlers, dialogs, changes };
}

describe('library:changed says what changed', () => {
  it('names the call and the part each handler wrote', async () => {
    const { h, dialogs, changes } = await setup();
    const [a, b] = await h['calls:import']({ paths: [audio('jfk.wav'), audio('jfk.mp3')] });
    if (a?.kind !== 'imported' || b?.kind !== 'imported') throw new Error('import failed');
    const [callA, callB] = [a.call.id, b.call.id];
    expect(changes.splice(0)).toEqual([{ reason: 'import', calls: [callA, callB], parts: ['call'] }]);

    await h['calls:rename']({ callId: callB, title: 'Second call' });
    await h['calls:setRecordedAt']({ callId: callB, recordedAt: '2026-01-02T10:00:00Z' });
    expect(changes.splice(0)).toEqual([
      { reason: 'rename', calls: [callB], parts: ['call'] },
      { reason: 'recordedAt', calls: [callB], parts: ['call'] },
    ]);

    const vtt = join(dir.path, 'call.vtt');
    writeFileSync(vtt, 'WEBVTT\n\n00:00:00.000 --> 00:00:05.000\n<v Dana Rep>Hello there.\n\n00:00:05.000 --> 00:00:11.000\n<v Sam Prospect>Hi.\n');
    dialogs.transcripts.push(vtt);
    await h['transcripts:import']({ callId: callA });
    expect(changes.splice(0)).toEqual([{ reason: 'transcript', calls: [callA], parts: ['call', 'transcript'] }]);
    const call = await h['calls:get']({ callId: callA });
    await h['calls:updateSpeaker']({ callId: callA, speakerId: call.speakers[0]!.id, name: 'Dana' });
    expect(changes.splice(0)).toEqual([{ reason: 'speakers', calls: [callA], parts: ['call'] }]);

    await h['library:setMyName']({ name: 'Dana' });
    expect(changes.splice(0)).toEqual([{ reason: 'myName', calls: [], parts: [] }]);

    await h['calls:delete']({ callId: callB });
    expect(changes.splice(0)).toEqual([{ reason: 'delete', calls: [callB], parts: ['call', 'transcript', 'annotations'] }]);
  });

  it('a transcript edit answers with the turns main saved, and announces nothing (the editing page has them)', async () => {
    const { h, dialogs, changes } = await setup();
    const [a] = await h['calls:import']({ paths: [audio('jfk.wav')] });
    if (a?.kind !== 'imported') throw new Error('import failed');
    const callId = a.call.id;
    const vtt = join(dir.path, 'edit.vtt');
    writeFileSync(vtt, 'WEBVTT\n\n00:00:00.000 --> 00:00:05.000\n<v Dana Rep>Hello there.\n\n00:00:05.000 --> 00:00:11.000\n<v Sam Prospect>Hi.\n');
    dialogs.transcripts.push(vtt);
    await h['transcripts:import']({ callId });
    changes.length = 0;

    const before = (await h['calls:transcript']({ callId }))!;
    const t2 = before.turns[1]!;
    const answer = await h['transcript:edit']({ callId, splice: { at: 1, remove: [t2], insert: [{ ...t2, text: 'Hi!' }] } });
    const saved = (await h['calls:transcript']({ callId }))!;
    expect(answer.turns).toEqual([saved.turns[1]]);
    expect(answer.turns[0]).toEqual({ ...t2, text: 'Hi!' });
    expect(answer.inverse).toEqual({ at: 1, remove: [{ ...t2, text: 'Hi!' }], insert: [t2] });
    expect(changes).toEqual([]);
  });

  it('switching the library folder is a change of everything', async () => {
    const { h, dialogs, changes } = await setup();
    dialogs.folders.push(join(dir.path, 'elsewhere'));
    await h['library:chooseFolder']({});
    expect(changes).toEqual([{ reason: 'folder', calls: null, parts: ['call', 'transcript', 'annotations'] }]);
  });
});
