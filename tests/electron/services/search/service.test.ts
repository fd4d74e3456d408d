import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tagCommand } from '../../../../shared/domain/chains';
import { emptyAnnotations } from '../../../../shared/domain/annotations';
import { createBackend, type Backend } from '../../../../electron/services/backend';
import { TRANSCRIPT_FILE } from '../../../../electron/services/library/schema';
import { SEARCH_INDEX_FILE } from '../../../../electron/services/search/service';
import { ScriptedDialogs } from '../../../helpers/dialogs';
import { audio, tempDir } from '../../../helpers/fixtures';
import { SearchQuery } from '../../../../shared/search/query';
import { WHISPER_BINARY } from '../../../helpers/whisper';

const dir = tempDir('search service');
afterAll(() => dir.cleanup());
let users = 0;

const VTT = `WEBVTT

00:00:00.300 --> 00:00:04.000
<v Dana Rep>What does the pricing look like for your team today?</v>

00:00:04.500 --> 00:00:10.800
<v Sam Prospect>Honestly the price we pay now is a problem for my budget.</v>
`;

async function open(userDataDir: string) {
  const dialogs = new ScriptedDialogs();
  const backend = await createBackend({ userDataDir, dialogs, emit: () => {}, whisperBinary: WHISPER_BINARY });
  return { backend, h: backend.handlers, dialogs };
}

async function callWithTranscript(backend: Backend, dialogs: ScriptedDialogs, recording = 'jfk.wav'): Promise<string> {
  const [outcome] = await backend.handlers['calls:import']({ paths: [audio(recording)] });
  if (outcome?.kind !== 'imported') throw new Error('import failed');
  const vtt = join(dir.path, `call-${++users}.vtt`);
  writeFileSync(vtt, VTT);
  dialogs.transcripts.push(vtt);
  await backend.handlers['transcripts:import']({ callId: outcome.call.id });
  return outcome.call.id;
}

/** The handlers take a parsed query (the bridge parses what the page sends). */
const search = (backend: Backend, query: SearchQuery) => backend.handlers['search:query'](SearchQuery.parse(query));
const turnIds = async (backend: Backend, query: SearchQuery) => (await search(backend, query)).hits.map((h) => h.turnId);

describe('search through the backend', () => {
  it('follows imports, transcript edits, marks and deletes call by call, with no wait after the change', async () => {
    const userData = join(dir.path, `user-${++users}`);
    const { backend, h, dialogs } = await open(userData);
    const callId = await callWithTranscript(backend, dialogs);

    const [hit] = (await search(backend, { text: 'budgets' })).hits;
    expect(hit).toMatchObject({ callId, callTitle: 'jfk', speaker: 'Sam Prospect', role: 'unknown' });
    expect(await turnIds(backend, { text: 'pricing' })).toHaveLength(2); // "pricing" and "price" share a stem

    const transcript = (await h['calls:transcript']({ callId }))!;
    const second = transcript.turns[1]!;
    await h['transcript:edit']({ callId, splice: { at: 1, remove: [second], insert: [{ ...second, text: 'The renewal is a problem for my budget.' }] } });
    expect(await turnIds(backend, { text: 'renewal' })).toEqual([second.id]);
    expect(await turnIds(backend, { text: '"price we pay"' })).toEqual([]);

    const tag = { id: 'p1', level: 3 as const, span: { start: 5, end: 6 }, author: 'Dana', createdAt: '2026-11-24T10:00:00.000Z' };
    await h['annotations:apply']({ callId, command: tagCommand(emptyAnnotations(), tag, null, 'Budget') });
    expect(await turnIds(backend, { painLevels: [3] })).toEqual([second.id]);

    await h['calls:delete']({ callId });
    expect(await turnIds(backend, { text: 'budget' })).toEqual([]);
    await backend.close();
  });

  it('keeps the index in a file beside the library and rebuilds it from the documents when it is damaged or missing', async () => {
    const userData = join(dir.path, `user-${++users}`);
    const first = await open(userData);
    const callId = await callWithTranscript(first.backend, first.dialogs);
    await first.backend.searchSettled();
    const folder = first.backend.libraryFolder();
    const file = join(folder, SEARCH_INDEX_FILE);
    expect(readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3');
    await first.backend.close();

    writeFileSync(file, 'not a database at all, and long enough to be read as one: '.repeat(100));
    const damaged = await open(userData);
    await damaged.backend.searchSettled();
    const found = await search(damaged.backend, { text: 'budget' });
    expect(found.hits.map((x) => x.callId)).toEqual([callId]);
    expect(found.indexing).toBeNull();
    await damaged.backend.close();
    expect(readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3');

    rmSync(file);
    const missing = await open(userData);
    await missing.backend.searchSettled();
    expect(await turnIds(missing.backend, { text: 'budget' })).toHaveLength(1);
    await missing.backend.close();
  });

  it('at the next start reads again only the calls whose files changed since they were indexed', async () => {
    const userData = join(dir.path, `user-${++users}`);
    const first = await open(userData);
    const callId = await callWithTranscript(first.backend, first.dialogs);
    const otherId = await callWithTranscript(first.backend, first.dialogs, 'jfk.mp3');
    const libraryFolder = first.backend.libraryFolder();
    await first.backend.close();
    // The other call's transcript gets a whole-second time (so it can be put back exactly) and is indexed so.
    const keptFile = join(libraryFolder, 'calls', otherId, TRANSCRIPT_FILE);
    const second = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    utimesSync(keptFile, second, second);
    const settle = await open(userData);
    await settle.backend.searchSettled();
    await settle.backend.close();

    // One call's words changed while the app was not looking (a crash between a write and its indexing)…
    const changedFile = join(libraryFolder, 'calls', callId, TRANSCRIPT_FILE);
    writeFileSync(changedFile, readFileSync(changedFile, 'utf8').replace('pricing', 'onboarding'));
    // …and the other's too, but with its time and size as they were: a call its stamp says is unchanged is not read.
    writeFileSync(keptFile, readFileSync(keptFile, 'utf8').replace('pricing', 'renewal')); // same length
    utimesSync(keptFile, second, second);
    const reopened = await open(userData);
    await reopened.backend.searchSettled();
    expect((await search(reopened.backend, { text: 'onboarding' })).hits.map((h) => h.callId)).toEqual([callId]);
    expect((await search(reopened.backend, { text: 'renewal' })).hits).toEqual([]);
    expect((await search(reopened.backend, { text: '"pricing look"' })).hits.map((h) => h.callId)).toEqual([otherId]);
    await reopened.backend.close();
  });

  it('finds the words of the clips an imported bundle brought, and forgets them with the clip', async () => {
    const userData = join(dir.path, `user-${++users}`);
    const { backend, h } = await open(userData);
    const turns = [
      {
        start: 0,
        end: 3,
        speaker: 'Ines Prospect',
        role: 'prospect' as const,
        text: 'Our churn doubled this quarter.',
        painLevels: [2 as const],
        missedFollowUp: false,
        moments: [],
      },
      {
        start: 3,
        end: 5,
        speaker: 'Rui Rep',
        role: 'rep' as const,
        text: 'Let me show you the dashboard.',
        painLevels: [],
        missedFollowUp: false,
        moments: ['pitch' as const],
      },
    ];
    const clip = { file: 'audio/01.m4a', callTitle: 'Initech discovery', start: 0, end: 5, title: 'Churn', note: '', turns };
    const { playlist } = await backend.playlists.addBundlePlaylist({ bundleId: 'bundle-1', name: 'Best discoveries', description: '', clips: [clip] });
    const [hit] = (await search(backend, { text: 'churn' })).hits;
    expect(hit).toMatchObject({
      callTitle: 'Initech discovery',
      speaker: 'Ines Prospect',
      role: 'prospect',
      clip: { playlistId: playlist.id, playlistName: 'Best discoveries' },
    });
    expect((await search(backend, { painLevels: [2] })).hits).toHaveLength(1);
    expect((await search(backend, { moments: ['pitch'], text: 'dashboard' })).hits).toHaveLength(1);

    await h['clips:delete']({ clipId: hit!.clip!.clipId });
    expect((await search(backend, { text: 'churn' })).hits).toEqual([]);
    await backend.close();
  });
});
