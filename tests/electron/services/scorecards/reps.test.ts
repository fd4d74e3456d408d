import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../../electron/services/backend';
import { emptyAnnotations } from '../../../../shared/domain/annotations';
import { tagCommand } from '../../../../shared/domain/chains';
import { DEFAULT_CRITERIA } from '../../../../shared/scorecard/rubric';
import { ScriptedDialogs } from '../../../helpers/dialogs';
import { audio, tempDir } from '../../../helpers/fixtures';
import { WHISPER_BINARY } from '../../../helpers/whisper';

const dir = tempDir('reps');
afterAll(() => dir.cleanup());

/** A call of jfk audio with a two-speaker transcript; Dana is the rep. */
async function callWithRep(backend: Backend, dialogs: ScriptedDialogs, file: string, recordedAt: string): Promise<string> {
  const [outcome] = await backend.handlers['calls:import']({ paths: [audio(file)] });
  const callId = outcome?.kind === 'imported' ? outcome.call.id : '';
  const vtt = join(dir.path, `${file}.vtt`);
  writeFileSync(
    vtt,
    [
      'WEBVTT',
      '',
      '00:00:00.000 --> 00:00:04.000',
      '<v Dana>What made you look at this now?',
      '',
      '00:00:04.000 --> 00:00:11.000',
      '<v Sam>Onboarding takes weeks and we lose renewals.',
      '',
    ].join('\n'),
  );
  dialogs.transcripts.push(vtt);
  await backend.handlers['transcripts:import']({ callId });
  await backend.handlers['calls:setRecordedAt']({ callId, recordedAt });
  const speakers = (await backend.handlers['calls:get']({ callId })).speakers;
  for (const s of speakers) await backend.handlers['calls:updateSpeaker']({ callId, speakerId: s.id, role: s.name === 'Dana' ? 'rep' : 'prospect' });
  return callId;
}

describe('reps and their trend across calls (real library)', () => {
  it('lists the rep and plots one point per call from the call’s own documents', async () => {
    const dialogs = new ScriptedDialogs();
    const backend = await createBackend({ userDataDir: join(dir.path, 'trend'), dialogs, emit: () => {}, whisperBinary: WHISPER_BINARY });
    const second = await callWithRep(backend, dialogs, 'jfk.mp3', '2026-11-02T10:00:00.000Z');
    const first = await callWithRep(backend, dialogs, 'jfk.wav', '2026-11-01T10:00:00.000Z');
    const symptom = { id: 's1', level: 1 as const, span: { start: 4, end: 11 }, author: 'Dana', createdAt: '2026-11-24T10:00:00.000Z' };
    await backend.handlers['annotations:apply']({ callId: second, command: tagCommand(emptyAnnotations(), symptom, null, 'Onboarding') });

    expect(await backend.handlers['reps:list']({})).toEqual([{ name: 'Dana', callCount: 2, lastRecordedAt: '2026-11-02T10:00:00.000Z' }]);
    const { points, unreadable } = await backend.handlers['reps:trend']({ name: 'dana' });
    expect(unreadable).toEqual([]);
    expect(points.map((p) => [p.callId, p.depthReached])).toEqual([
      [first, 0],
      [second, 1],
    ]);
    // Dana speaks 4 s of the 11: the ratio is the rep's share of rep + prospect talk.
    expect(points[0]!.talkRatio).toBeCloseTo(4 / 11, 2);
    expect(points[0]!.title).toBe('jfk');

    // A call whose document can't be read is named, and the others still plot.
    const doc = join(backend.libraryFolder(), 'calls', first, 'call.json');
    writeFileSync(doc, '{ not json');
    rmSync(`${doc}.bak`); // with no last good copy to restore it from
    const reopened = await createBackend({ userDataDir: join(dir.path, 'trend'), dialogs, emit: () => {}, whisperBinary: WHISPER_BINARY });
    const after = await reopened.handlers['reps:trend']({ name: 'Dana' });
    expect(after.points.map((p) => p.callId)).toEqual([second]);
    expect(after.unreadable).toEqual(['jfk']);
  });

  it('the rubric’s criteria are the method’s until the library sets its own, and can go back', async () => {
    const userDataDir = join(dir.path, 'rubric');
    const backend = await createBackend({ userDataDir, dialogs: new ScriptedDialogs(), emit: () => {}, whisperBinary: WHISPER_BINARY });
    expect((await backend.handlers['library:info']({})).rubricCriteria).toEqual(DEFAULT_CRITERIA);
    const own = [{ id: 'agenda', title: 'Set an agenda', description: 'Said what the call is for.' }];
    expect((await backend.handlers['library:setRubricCriteria']({ criteria: own })).rubricCriteria).toEqual(own);
    await backend.close(); // a restart: the app closes (and lets go of the library) first
    const reopened = await createBackend({ userDataDir, dialogs: new ScriptedDialogs(), emit: () => {}, whisperBinary: WHISPER_BINARY });
    expect((await reopened.handlers['library:info']({})).rubricCriteria).toEqual(own);
    await expect(reopened.handlers['library:setRubricCriteria']({ criteria: [own[0]!, own[0]!] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await reopened.handlers['library:setRubricCriteria']({ criteria: null })).rubricCriteria).toEqual(DEFAULT_CRITERIA);
  });
});
