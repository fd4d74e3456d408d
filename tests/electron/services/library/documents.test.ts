import { fork } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openDocument, type DocumentSpec } from '../../../../electron/services/library/documents';
import { tempDir } from '../../../helpers/fixtures';

type Doc = { schemaVersion: number; calls: unknown[] };
const spec: DocumentSpec<Doc> = {
  label: 'The test index',
  schema: z.object({ schemaVersion: z.literal(1), calls: z.array(z.unknown()) }),
  version: 1,
  migrations: {},
};
const empty = (): Doc => ({ schemaVersion: 1, calls: [] });

let dir: ReturnType<typeof tempDir>;
afterEach(() => dir?.cleanup());

describe('documents', () => {
  it('creates a missing document from its initial value and writes it', async () => {
    dir = tempDir();
    const path = join(dir.path, 'library.json');
    const db = await openDocument(path, spec, empty);
    db.data.calls.push({ id: 'a' });
    await db.write();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ schemaVersion: 1, calls: [{ id: 'a' }] });
  });

  it('reports invalid JSON as corrupt and leaves the file byte for byte', async () => {
    dir = tempDir();
    const path = join(dir.path, 'library.json');
    writeFileSync(path, '{"schemaVersion":1,"calls":[{"id":');
    await expect(openDocument(path, spec, empty)).rejects.toMatchObject({
      code: 'CORRUPT_DOCUMENT',
      message: expect.stringMatching(/not valid JSON.*left untouched/),
    });
    expect(readFileSync(path, 'utf8')).toBe('{"schemaVersion":1,"calls":[{"id":');
  });

  it('reports a document of the wrong shape as corrupt, naming the field', async () => {
    dir = tempDir();
    const path = join(dir.path, 'library.json');
    writeFileSync(path, JSON.stringify({ schemaVersion: 1, calls: 'oops' }));
    await expect(openDocument(path, spec, empty)).rejects.toMatchObject({
      code: 'CORRUPT_DOCUMENT',
      message: expect.stringContaining('calls'),
    });
  });

  it('refuses a document from a newer version of the app', async () => {
    dir = tempDir();
    const path = join(dir.path, 'library.json');
    writeFileSync(path, JSON.stringify({ schemaVersion: 7, calls: [] }));
    await expect(openDocument(path, spec, empty)).rejects.toMatchObject({ code: 'NEWER_VERSION' });
    expect(JSON.parse(readFileSync(path, 'utf8')).schemaVersion).toBe(7);
  });

  it('runs the migration hook from each older version and saves the result', async () => {
    dir = tempDir();
    const path = join(dir.path, 'library.json');
    writeFileSync(path, JSON.stringify({ schemaVersion: 1, items: ['x'] }));
    type V2 = { schemaVersion: number; calls: string[] };
    const v2: DocumentSpec<V2> = {
      label: 'The test index',
      schema: z.object({ schemaVersion: z.literal(2), calls: z.array(z.string()) }),
      version: 2,
      migrations: { 1: ({ items, ...rest }) => ({ ...rest, calls: items }) },
    };
    const db = await openDocument(path, v2, null);
    expect(db.data).toEqual({ schemaVersion: 2, calls: ['x'] });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ schemaVersion: 2, calls: ['x'] });
  });

  it('a crash between temp-write and rename leaves the previous document readable', async () => {
    dir = tempDir();
    const path = join(dir.path, 'library.json');
    const db = await openDocument(path, spec, empty);
    db.data.calls.push('kept');
    await db.write();
    // What a crash leaves: lowdb's half-written temp file beside the intact document.
    const temp = join(dir.path, '.library.json.tmp');
    writeFileSync(temp, '{"schemaVersion":1,"calls":["half');
    const reopened = await openDocument(path, spec, empty);
    expect(reopened.data.calls).toEqual(['kept']);
    reopened.data.calls.push('next');
    await reopened.write();
    expect(JSON.parse(readFileSync(path, 'utf8')).calls).toEqual(['kept', 'next']);
    expect(existsSync(temp)).toBe(false);
  });

  it('a process killed mid-write never leaves a torn document', async () => {
    dir = tempDir();
    const path = join(dir.path, 'library.json');
    for (let round = 0; round < 5; round++) {
      const child = fork(join(__dirname, 'crash-writer.ts'), [path], {
        stdio: 'ignore',
        execArgv: ['--import', 'tsx'],
        env: { ...process.env, TSX_DISABLE_CACHE: '1' },
      });
      await new Promise((resolve) => child.once('message', resolve));
      await new Promise((resolve) => setTimeout(resolve, 30 + Math.random() * 120));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      const reopened = await openDocument(path, spec, empty);
      expect(reopened.data.calls).toHaveLength(200);
    }
  });
});

describe('documents: the last good copy', () => {
  const write = async (path: string, calls: unknown[]) => {
    const db = await openDocument(path, spec, empty);
    db.data.calls = calls;
    await db.write();
  };

  it('each write keeps the previous version as <name>.bak', async () => {
    dir = tempDir();
    const path = join(dir.path, 'call.json');
    await write(path, ['one']);
    await write(path, ['one', 'two']);
    expect(JSON.parse(readFileSync(`${path}.bak`, 'utf8')).calls).toEqual(['one']);
    expect(JSON.parse(readFileSync(path, 'utf8')).calls).toEqual(['one', 'two']);
  });

  it('a truncated document is restored from its last good copy, the damaged file kept aside and the caller told', async () => {
    dir = tempDir();
    const path = join(dir.path, 'call.json');
    await write(path, ['one']);
    await write(path, ['one', 'two']);
    writeFileSync(path, '{"schemaVersion":1,"calls":["one","tw');
    const told: unknown[] = [];
    const db = await openDocument(path, spec, empty, (r) => told.push(r));
    expect(db.data.calls).toEqual(['one']);
    expect(JSON.parse(readFileSync(path, 'utf8')).calls).toEqual(['one']);
    const aside = readdirSync(dir.path).filter((n) => n.startsWith('call.json.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir.path, aside[0]!), 'utf8')).toBe('{"schemaVersion":1,"calls":["one","tw');
    expect(told).toEqual([{ label: 'The test index', path, keptAside: join(dir.path, aside[0]!) }]);
  });

  it('a document of the wrong shape is restored too; a missing one is put back with nothing kept aside', async () => {
    dir = tempDir();
    const path = join(dir.path, 'call.json');
    await write(path, ['one']);
    await write(path, ['two']);
    writeFileSync(path, JSON.stringify({ schemaVersion: 1, calls: 'oops' }));
    expect((await openDocument(path, spec, null)).data.calls).toEqual(['one']);
    rmSync(path);
    const told: unknown[] = [];
    expect((await openDocument(path, spec, null, (r) => told.push(r))).data.calls).toEqual(['one']);
    expect(told).toEqual([{ label: 'The test index', path, keptAside: null }]);
  });

  it('without a good copy a damaged document is still reported as corrupt and left byte for byte', async () => {
    dir = tempDir();
    const path = join(dir.path, 'call.json');
    await write(path, ['one']);
    await write(path, ['two']);
    writeFileSync(path, 'damaged');
    writeFileSync(`${path}.bak`, 'damaged too');
    await expect(openDocument(path, spec, empty)).rejects.toMatchObject({ code: 'CORRUPT_DOCUMENT' });
    expect(readFileSync(path, 'utf8')).toBe('damaged');
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe('damaged too');
    expect(readdirSync(dir.path).sort()).toEqual(['call.json', 'call.json.bak']);
  });

  it('a document from a newer version is refused, never replaced by its older copy', async () => {
    dir = tempDir();
    const path = join(dir.path, 'call.json');
    await write(path, ['one']);
    await write(path, ['two']);
    writeFileSync(path, JSON.stringify({ schemaVersion: 7, calls: [] }));
    await expect(openDocument(path, spec, empty)).rejects.toMatchObject({ code: 'NEWER_VERSION' });
    expect(JSON.parse(readFileSync(path, 'utf8')).schemaVersion).toBe(7);
  });
});
