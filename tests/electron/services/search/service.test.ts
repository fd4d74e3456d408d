import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tagCommand } from '../../../../shared/domain/chains';
import { emptyAnnotations } from '../../../../shared/domain/annotations';
import { createBackend, type Backend } from '../../../../electron/services/backend';
import { TRANSCRIPT_FILE } from '../../../../electron/services/library/schema';
import { SEARCH_INDEX_FILE, SEARCH_PENDING_FILE } from '../../../../electron/services/search/service';
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

async function callWithTranscript(backend: Backend, dialogs: ScriptedDialogs): Promise<string> {
  const [outcome] = await backend.handlers['calls:import']({ paths: [audio('jfk.wav')] });
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

  it('saves the index beside the library and rebuilds it from the documents when it is damaged or missing', async () => {
    const userData = join(dir.path, `user-${++users}`);
    const first = await open(userData);
    const callId = await callWithTranscript(first.backend, first.dialogs);
    await first.backend.flushSearch();
    const folder = first.backend.libraryFolder();
    const file = join(folder, SEARCH_INDEX_FILE);
    expect(readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3');
    await first.backend.close();

    writeFileSync(file, 'not a database at all');
    const damaged = await open(userData);
    expect((await search(damaged.backend, { text: 'budget' })).hits.map((x) => x.callId)).toEqual([callId]);
    await damaged.backend.close(); // saves the rebuilt index
    expect(readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3');

    rmSync(file);
    const missing = await open(userData);
    expect(await turnIds(missing.backend, { text: 'budget' })).toHaveLength(1);
    await missing.backend.close();
  });

  it('opens the saved index at the next start rather than reading every document again', async () => {
    const userData = join(dir.path, `user-${++users}`);
    const first = await open(userData);
    const callId = await callWithTranscript(first.backend, first.dialogs);
    const libraryFolder = first.backend.libraryFolder();
    await first.backend.close();
    // Changed behind the app's back (no pending note): a reopened index still holds the saved words.
    const transcriptFile = join(libraryFolder, 'calls', callId, TRANSCRIPT_FILE);
    writeFileSync(transcriptFile, readFileSync(transcriptFile, 'utf8').replace('pricing', 'onboarding'));
    const reopened = await open(userData);
    expect(await turnIds(reopened.backend, { text: 'pricing' })).toHaveLength(2);
    expect(await turnIds(reopened.backend, { text: 'onboarding' })).toEqual([]);
    await reopened.backend.close();
  });

  it('re-reads the calls changed after the last save (the app stopped before saving again)', async () => {
    const userData = join(dir.path, `user-${++users}`);
    const first = await open(userData);
    const callId = await callWithTranscript(first.backend, first.dialogs);
    const libraryFolder = first.backend.libraryFolder();
    await first.backend.close();
    // What a crash leaves: the document changed on disk, its id noted as pending, the index file older.
    const transcriptFile = join(libraryFolder, 'calls', callId, TRANSCRIPT_FILE);
    writeFileSync(transcriptFile, readFileSync(transcriptFile, 'utf8').replace('pricing', 'onboarding'));
    appendFileSync(join(libraryFolder, SEARCH_PENDING_FILE), `${callId}\n`);
    const reopened = await open(userData);
    expect(await turnIds(reopened.backend, { text: 'onboarding' })).toHaveLength(1);
    await reopened.backend.close();
    expect(existsSync(join(libraryFolder, SEARCH_PENDING_FILE))).toBe(false);
  });
});
