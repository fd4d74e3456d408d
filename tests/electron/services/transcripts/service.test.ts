import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../../electron/services/backend';
import { ScriptedDialogs } from '../../../helpers/dialogs';
import { audio, tempDir } from '../../../helpers/fixtures';
import { WHISPER_BINARY } from '../../../helpers/whisper';

const dir = tempDir('transcripts');
let users = 0;
afterAll(() => dir.cleanup());
const VTT = `WEBVTT

00:00:00.300 --> 00:00:07.900
<v Dana Rep>And so my fellow Americans, ask not what your country can do for you,</v>

00:00:08.000 --> 00:00:10.800
<v Sam Prospect>ask what you can do for your country.</v>
`;

async function setup() {
  const dialogs = new ScriptedDialogs();
  const backend = await createBackend({ userDataDir: join(dir.path, `user-${++users}`), dialogs, emit: () => {}, whisperBinary: WHISPER_BINARY });
  const [outcome] = await backend.handlers['calls:import']({ paths: [audio('jfk.wav')] });
  if (outcome?.kind !== 'imported') throw new Error('import failed');
  return { backend, h: backend.handlers, dialogs, callId: outcome.call.id };
}

describe('transcript import and export', () => {
  it('imports a Teams WebVTT as the call transcript, with its speakers, and exports every format', async () => {
    const { h, dialogs, callId } = await setup();
    const vtt = join(dir.path, 'Teams meeting transcript.vtt');
    writeFileSync(vtt, VTT);
    dialogs.transcripts.push(vtt);
    expect(await h['transcripts:import']({ callId })).toEqual({ imported: true });

    const call = await h['calls:get']({ callId });
    expect(call).toMatchObject({ status: 'transcribed', hasTranscript: true });
    expect(call.speakers.map((s) => s.name)).toEqual(['Dana Rep', 'Sam Prospect']);
    const transcript = await h['calls:transcript']({ callId });
    expect(transcript?.source).toMatchObject({ kind: 'vtt', name: 'Teams meeting transcript.vtt' });
    expect(transcript?.turns).toHaveLength(2);

    for (const format of ['srt', 'vtt', 'json', 'csv', 'txt'] as const) {
      const target = join(dir.path, `export.${format}`);
      dialogs.savePaths.push(target);
      expect(await h['transcripts:export']({ callId, format })).toEqual({ savedTo: target });
      expect(readFileSync(target, 'utf8')).toMatch(/Sam Prospect/);
    }
    dialogs.savePaths.push(null);
    expect(await h['transcripts:export']({ callId, format: 'srt' })).toEqual({ savedTo: null });
  });

  it('the rep is asked once: the remembered name makes that speaker the rep in the next imported call', async () => {
    const { h, dialogs, callId } = await setup();
    const vtt = join(dir.path, 'first.vtt');
    writeFileSync(vtt, VTT.replace('Dana Rep', 'Speaker 1'));
    dialogs.transcripts.push(vtt);
    await h['transcripts:import']({ callId });
    const first = await h['calls:get']({ callId });
    expect(first.speakers.every((s) => s.role === 'unknown')).toBe(true);
    const summary = await h['calls:setRep']({ callId, speakerId: first.speakers[0]!.id, rememberAs: 'Dana Rep' });
    expect(summary.speakers).toEqual([
      { id: 's1', name: 'Dana Rep', role: 'rep' },
      { id: 's2', name: 'Sam Prospect', role: 'prospect' },
    ]);
    expect(await h['library:info']({})).toMatchObject({ myName: 'Dana Rep' });

    const [second] = await h['calls:import']({ paths: [audio('sales-followup-azure.wav')] });
    const secondId = second?.kind === 'imported' ? second.call.id : '';
    dialogs.transcripts.push(join(dir.path, 'Teams meeting transcript.vtt'));
    writeFileSync(join(dir.path, 'Teams meeting transcript.vtt'), VTT);
    await h['transcripts:import']({ callId: secondId });
    expect((await h['calls:get']({ callId: secondId })).speakers.map((s) => s.role)).toEqual(['rep', 'prospect']);
    await expect(h['calls:setRep']({ callId, speakerId: 'nobody', rememberAs: null })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a file that is not subtitles, naming it, and keeps the call as it was', async () => {
    const { h, dialogs, callId } = await setup();
    const notes = join(dir.path, 'notes.vtt');
    writeFileSync(notes, 'Call notes\nNo timings here.');
    dialogs.transcripts.push(notes);
    await expect(h['transcripts:import']({ callId })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/notes\.vtt.*No subtitle cues/),
    });
    expect(await h['calls:get']({ callId })).toMatchObject({ status: 'imported', hasTranscript: false });
  });

  it('a damaged transcript is replaced by a new import and kept aside, unchanged, as a backup', async () => {
    const { backend, h, dialogs, callId } = await setup();
    const vtt = join(dir.path, 'damaged-then-fixed.vtt');
    writeFileSync(vtt, VTT);
    dialogs.transcripts.push(vtt);
    await h['transcripts:import']({ callId });
    const info = await h['library:info']({});
    const transcriptPath = join(info.folder, 'calls', callId, 'transcript.json');
    writeFileSync(transcriptPath, '{ "schemaVersion": 1, "transcr');
    rmSync(`${transcriptPath}.bak`, { force: true }); // and no last good copy to restore it from

    // A fresh start: the damaged file is read from disk, not from an open document.
    await backend.close();
    const restarted = await createBackend({ userDataDir: join(dir.path, `user-${users}`), dialogs, emit: () => {}, whisperBinary: WHISPER_BINARY });
    await expect(restarted.handlers['calls:transcript']({ callId })).rejects.toMatchObject({ code: 'CORRUPT_DOCUMENT' });
    dialogs.transcripts.push(vtt);
    expect(await restarted.handlers['transcripts:import']({ callId })).toEqual({ imported: true });
    expect((await restarted.handlers['calls:transcript']({ callId }))?.turns).toHaveLength(2);
    const backups = readdirSync(join(info.folder, 'calls', callId)).filter((n) => n.startsWith('transcript.json.unreadable-'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(info.folder, 'calls', callId, backups[0]!), 'utf8')).toBe('{ "schemaVersion": 1, "transcr');
  });

  it('exporting a call without a transcript says so', async () => {
    const { h, callId } = await setup();
    await expect(h['transcripts:export']({ callId, format: 'txt' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
