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

  it("a damaged index is restored from its last good copy: the rep's name kept, the calls listed again from their documents", async () => {
    const library = await libraryWithTwoCalls();
    await library.setMyName('Dana');
    const [a] = library.list();
    await library.update(a!.id, (call) => ({ ...call, title: 'Renamed last' })); // the copy is one save behind this
    const indexPath = join(dir.path, 'library.json');
    writeFileSync(indexPath, '{"schemaVersion":1,"calls":[{"id":"');

    const reopened = await openLibrary(dir.path);
    expect(reopened.problem()).toBeNull();
    expect(reopened.myName()).toBe('Dana');
    expect(
      reopened
        .list()
        .map((c) => c.title)
        .sort(),
    ).toEqual(['Renamed last', 'sales-followup-azure']);
    const aside = readdirSync(dir.path).filter((n) => n.startsWith('library.json.unreadable-'));
    expect(readFileSync(join(dir.path, aside[0]!), 'utf8')).toBe('{"schemaVersion":1,"calls":[{"id":"');
    expect(reopened.notices()).toEqual([
      {
        id: expect.any(String),
        message: expect.stringMatching(/^The library index was damaged and was restored from its last good copy.*kept as library\.json\.unreadable-/),
      },
    ]);
    reopened.dismissNotice(reopened.notices()[0]!.id);
    expect(reopened.notices()).toEqual([]);
  });

  it('a damaged call document is restored from its last good copy when the call is opened, and the notice names the call', async () => {
    const library = await libraryWithTwoCalls();
    const [a] = library.list();
    const comment = (id: string) => ({
      type: 'put' as const,
      collection: 'comments' as const,
      item: { id, author: 'me', createdAt: new Date().toISOString(), at: 1, span: null, text: id },
    });
    await library.applyAnnotation(a!.id, comment('kept'));
    await library.applyAnnotation(a!.id, comment('last'));
    const docPath = join(dir.path, 'calls', a!.id, 'call.json');
    writeFileSync(docPath, readFileSync(docPath, 'utf8').slice(0, 100));

    const reopened = await openLibrary(dir.path);
    expect(reopened.notices()).toEqual([]);
    expect((await reopened.annotations(a!.id)).comments.map((c) => c.id)).toEqual(['kept']);
    expect(reopened.notices()).toEqual([
      {
        id: expect.any(String),
        message: expect.stringMatching(
          /^“jfk”: the call's document was damaged and was restored .*that save may be missing\. The damaged file was kept as calls\/.*\/call\.json\.unreadable-/,
        ),
      },
    ]);
    await reopened.applyAnnotation(a!.id, comment('after'));
    expect((await (await openLibrary(dir.path)).annotations(a!.id)).comments.map((c) => c.id)).toEqual(['kept', 'after']);
  });
});
