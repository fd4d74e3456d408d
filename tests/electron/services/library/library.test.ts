import { readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importRecordings } from '../../../../electron/services/importer/importer';
import { openLibrary } from '../../../../electron/services/library/library';
import { audio, tempDir } from '../../../helpers/fixtures';

let dir: ReturnType<typeof tempDir>;
afterEach(() => dir?.cleanup());

async function libraryWithTwoCalls() {
  dir = tempDir();
  const library = await openLibrary(dir.path);
  await importRecordings(library, [audio('jfk.wav'), audio('sales-followup-azure.wav')]);
  return library;
}

describe('library', () => {
  it('keeps an index plus one document per call, and a rename touches only that call and the index', async () => {
    const library = await libraryWithTwoCalls();
    const [a, b] = library.list();
    const otherDoc = join(dir.path, 'calls', b!.id, 'call.json');
    const before = readFileSync(otherDoc, 'utf8');
    await library.update(a!.id, (call) => ({ ...call, title: 'Discovery with Acme' }));
    expect(readFileSync(otherDoc, 'utf8')).toBe(before);
    const reopened = await openLibrary(dir.path);
    expect((await reopened.get(a!.id)).title).toBe('Discovery with Acme');
    expect(reopened.list().find((c) => c.id === a!.id)?.title).toBe('Discovery with Acme');
  });

  it('deleting a call removes its folder and its index line', async () => {
    const library = await libraryWithTwoCalls();
    const [a] = library.list();
    await library.remove(a!.id);
    expect(readdirSync(join(dir.path, 'calls'))).toHaveLength(1);
    expect((await openLibrary(dir.path)).list().map((c) => c.id)).not.toContain(a!.id);
    await expect(library.get(a!.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('an unreadable index is reported, not overwritten, and can be rebuilt from the call folders', async () => {
    await libraryWithTwoCalls();
    const indexPath = join(dir.path, 'library.json');
    writeFileSync(indexPath, '{ this is not json');
    rmSync(`${indexPath}.bak`); // and no last good copy to restore it from
    const library = await openLibrary(dir.path);
    expect(library.problem()).toMatchObject({ code: 'CORRUPT_DOCUMENT' });
    expect(library.list()).toEqual([]);
    await expect(library.createStaging()).rejects.toMatchObject({ code: 'CORRUPT_DOCUMENT' });
    expect(readFileSync(indexPath, 'utf8')).toBe('{ this is not json');

    await library.rebuildIndex();
    expect(library.problem()).toBeNull();
    expect(
      library
        .list()
        .map((c) => c.title)
        .sort(),
    ).toEqual(['jfk', 'sales-followup-azure']);
    const backups = readdirSync(dir.path).filter((n) => n.startsWith('library.json.unreadable-'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir.path, backups[0]!), 'utf8')).toBe('{ this is not json');
  });

  it('a corrupt call document is reported when the call is opened and left untouched', async () => {
    const library = await libraryWithTwoCalls();
    const [a] = library.list();
    const docPath = join(dir.path, 'calls', a!.id, 'call.json');
    writeFileSync(docPath, '[]');
    const reopened = await openLibrary(dir.path);
    await expect(reopened.get(a!.id)).rejects.toMatchObject({ code: 'CORRUPT_DOCUMENT' });
    await expect(reopened.update(a!.id, (c) => c)).rejects.toMatchObject({ code: 'CORRUPT_DOCUMENT' });
    expect(readFileSync(docPath, 'utf8')).toBe('[]');
  });

  it('a new transcript (re-transcription) replaces a damaged transcript document and keeps it aside', async () => {
    const library = await libraryWithTwoCalls();
    const [a] = library.list();
    const transcript = (name: string) => ({
      source: { kind: 'whisper' as const, name, language: 'en', createdAt: new Date().toISOString() },
      turns: [],
    });
    await library.saveTranscript(a!.id, transcript('first.bin'), (c) => c);
    const path = join(dir.path, 'calls', a!.id, 'transcript.json');
    writeFileSync(path, 'not json at all');
    rmSync(`${path}.bak`); // and no last good copy to restore it from
    const reopened = await openLibrary(dir.path);
    await expect(reopened.getTranscript(a!.id)).rejects.toMatchObject({ code: 'CORRUPT_DOCUMENT' });

    await reopened.saveTranscript(a!.id, transcript('second.bin'), (c) => c);
    expect((await reopened.getTranscript(a!.id))?.source.name).toBe('second.bin');
    expect((await (await openLibrary(dir.path)).getTranscript(a!.id))?.source.name).toBe('second.bin');
    const backups = readdirSync(join(dir.path, 'calls', a!.id)).filter((n) => n.startsWith('transcript.json.unreadable-'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir.path, 'calls', a!.id, backups[0]!), 'utf8')).toBe('not json at all');
  });

  it('drops copies left in staging by a crash mid-import', async () => {
    dir = tempDir();
    const library = await openLibrary(dir.path);
    const staged = await library.createStaging();
    writeFileSync(join(staged.dir, 'audio.wav'), 'partial');
    await openLibrary(dir.path);
    expect(existsSync(staged.dir)).toBe(false);
  });
});
