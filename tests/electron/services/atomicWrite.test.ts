import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syncFolder, writeFileAtomic } from '../../../electron/services/atomicWrite';
import { tempDirs } from '../../helpers/fixtures';

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

describe('writeFileAtomic', () => {
  it('writes the whole file and leaves no temporary file', async () => {
    const { path: dir } = dirs.make();
    const path = join(dir, 'call.json');
    await writeFileAtomic(path, '{"a":1}');
    await writeFileAtomic(path, new Int8Array([1, -1, 2]));
    expect([...readFileSync(path)]).toEqual([1, 255, 2]);
    expect(readdirSync(dir)).toEqual(['call.json']);
  });

  it('keeps the previous version as the backup, as a new file the next write does not touch', async () => {
    const { path: dir } = dirs.make();
    const path = join(dir, 'call.json');
    const backup = `${path}.bak`;
    await writeFileAtomic(path, 'one', { backup });
    expect(readdirSync(dir)).toEqual(['call.json']); // nothing to keep yet
    await writeFileAtomic(path, 'two', { backup });
    await writeFileAtomic(path, 'three', { backup });
    expect(readFileSync(path, 'utf8')).toBe('three');
    expect(readFileSync(backup, 'utf8')).toBe('two');
    expect(statSync(path).ino).not.toBe(statSync(backup).ino);
    expect(readdirSync(dir).sort()).toEqual(['call.json', 'call.json.bak']);
  });

  it('many writes at once to one file end with the last one asked for', async () => {
    const { path: dir } = dirs.make();
    const path = join(dir, 'library.json');
    await Promise.all(Array.from({ length: 30 }, (_, i) => writeFileAtomic(path, `version ${i}`, { backup: `${path}.bak` })));
    expect(readFileSync(path, 'utf8')).toBe('version 29');
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe('version 28');
  });

  it('a temporary file left by a crash is reused, not piled up', async () => {
    const { path: dir } = dirs.make();
    const path = join(dir, 'transcript.json');
    writeFileSync(join(dir, '.transcript.json.tmp'), '{"half');
    await writeFileAtomic(path, 'whole');
    expect(readdirSync(dir)).toEqual(['transcript.json']);
  });

  it('a failed write leaves the file and its backup as they were', async () => {
    const { path: dir } = dirs.make();
    const path = join(dir, 'call.json');
    await writeFileAtomic(path, 'one', { backup: `${path}.bak` });
    await writeFileAtomic(path, 'two', { backup: `${path}.bak` });
    mkdirSync(join(dir, '.call.json.tmp')); // a folder in the way of the temporary file (works as root too)
    await expect(writeFileAtomic(path, 'three', { backup: `${path}.bak` })).rejects.toMatchObject({ code: 'EISDIR' });
    expect(readFileSync(path, 'utf8')).toBe('two');
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe('one');
  });

  it('flushes a folder', async () => {
    await expect(syncFolder(dirs.make().path)).resolves.toBeUndefined();
  });
});
