import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBundle } from '../../../../electron/services/bundles/exportBundle';
import { importBundle } from '../../../../electron/services/bundles/importBundle';
import { BUNDLE_LIMITS } from '../../../../electron/services/bundles/zipEntries';
import { parseManifest } from '../../../../shared/bundle/manifest';
import { AppError, type ErrorCode } from '../../../../shared/errors';
import { exportClip, listTree, turn, zipContents } from '../../../helpers/bundles';
import { audio, tempDirs } from '../../../helpers/fixtures';
import { mountTmpfs } from '../../../helpers/mounts';
import { rawZip, SYMLINK_MODE, type RawEntry } from '../../../helpers/rawZip';

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

/** Where everything happens: `library/` (the target) beside the hostile zips, so a stray write shows in its listing. */
let root: string;
let good: RawEntry[];
let manifestText: string;
const MB = 1024 * 1024;

beforeAll(async () => {
  root = dirs.make('bundle import').path;
  mkdirSync(join(root, 'library'));
  const dest = join(root, 'good.zip');
  await exportBundle({
    playlist: { name: 'Discovery moments', description: 'Two clips' },
    dest,
    clips: [
      exportClip({
        id: 'c1',
        title: 'Budget',
        callTitle: 'Azure',
        start: 10,
        end: 13,
        audioFiles: [audio('sales-followup-azure.wav')],
        turns: [turn(10, 12, 'Dana', 'rep', 'Tell me more about the budget.')],
      }),
      exportClip({ id: 'c2', title: 'JFK', callTitle: 'Speech', start: 0, end: 6, audioFiles: [audio('jfk.wav')] }),
    ],
  });
  good = await zipContents(dest);
  manifestText = good.find((e) => e.name === 'manifest.json')!.data!.toString('utf8');
});

/** A copy of the good bundle's entries with some replaced, removed or added. */
function variant(change: {
  replace?: Record<string, Buffer>;
  drop?: string[];
  add?: RawEntry[];
  manifest?: (m: Record<string, unknown>) => unknown;
}): RawEntry[] {
  const entries = good
    .filter((e) => !change.drop?.includes(String(e.name)))
    .map((e) => {
      const name = String(e.name);
      if (name === 'manifest.json' && change.manifest)
        return { ...e, data: Buffer.from(JSON.stringify(change.manifest(JSON.parse(manifestText) as Record<string, unknown>))) };
      return change.replace?.[name] ? { ...e, data: change.replace[name] } : e;
    });
  return [...entries, ...(change.add ?? [])];
}

let made = 0;
function writeZip(entries: RawEntry[] | Buffer): string {
  const path = join(root, `hostile-${++made}.zip`);
  writeFileSync(path, Buffer.isBuffer(entries) ? entries : rawZip(entries));
  return path;
}

/** Imports a hostile zip and checks it is refused and that nothing was written anywhere under `root`. */
async function refused(zip: string, code: ErrorCode, message: RegExp | string, limits?: Partial<typeof BUNDLE_LIMITS>): Promise<AppError> {
  const before = listTree(root);
  const e = await importBundle(zip, join(root, 'library'), { limits }).then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof AppError)) throw new Error(`expected the bundle to be refused, got ${String(e)}`);
  expect(e.code).toBe(code);
  if (typeof message === 'string') expect(e.message).toBe(message);
  else expect(e.message).toMatch(message);
  // The bundles folder may have been made (an audio check fails after extraction); nothing else, and empty.
  expect(listTree(root).filter((p) => p !== 'library/bundles/')).toEqual(before.filter((p) => p !== 'library/bundles/'));
  return e;
}

const refusedAs = (why: string) => `This bundle can't be imported: ${why}.`;

describe('importing a bundle', () => {
  it.each<[string, () => RawEntry[], string | (() => string)]>([
    [
      'a zip-slip name',
      () => variant({ add: [{ name: '../evil.txt', data: Buffer.from('x') }] }),
      'the entry “../evil.txt” points outside the bundle’s folder (“..”)',
    ],
    [
      'a zip-slip inside a folder',
      () => variant({ add: [{ name: 'audio/../../evil.txt', data: Buffer.from('x') }] }),
      'the entry “audio/../../evil.txt” points outside the bundle’s folder (“..”)',
    ],
    [
      'an absolute path',
      () => variant({ add: [{ name: `${root}/evil.txt`, data: Buffer.from('x') }] }),
      () => `the entry “${root}/evil.txt” has an absolute path`,
    ],
    [
      'a Windows drive path',
      () => variant({ add: [{ name: 'C:/evil.txt', data: Buffer.from('x') }] }),
      'the entry “C:/evil.txt” has an absolute Windows path (a drive letter)',
    ],
    [
      'a Windows drive path with backslashes',
      () => variant({ add: [{ name: 'C:\\evil.txt', data: Buffer.from('x') }] }),
      'the entry “C:\\evil.txt” has a backslash in its name (a Windows path separator)',
    ],
    [
      'a UNC path',
      () => variant({ add: [{ name: '\\\\server\\share\\evil.txt', data: Buffer.from('x') }] }),
      'the entry “\\\\server\\share\\evil.txt” has a backslash in its name (a Windows path separator)',
    ],
    [
      'a backslash traversal',
      () => variant({ add: [{ name: '..\\evil.txt', data: Buffer.from('x') }] }),
      'the entry “..\\evil.txt” has a backslash in its name (a Windows path separator)',
    ],
    [
      'a symlink',
      () => variant({ drop: ['audio/02.m4a'], add: [{ name: 'audio/02.m4a', data: Buffer.from('/etc/passwd'), unixMode: SYMLINK_MODE }] }),
      'the entry “audio/02.m4a” is a symbolic link',
    ],
    ['a device', () => variant({ add: [{ name: 'tty', unixMode: 0o020666 }] }), 'the entry “tty” is not a file or a folder (a device or pipe)'],
    ['a name twice', () => variant({ add: [{ name: 'manifest.json', data: Buffer.from('{}') }] }), 'the entry “manifest.json” appears twice'],
    [
      'names equal but for case',
      () => variant({ add: [{ name: 'AUDIO/01.M4A', data: Buffer.from('x') }] }),
      'the entries “audio/01.m4a” and “AUDIO/01.M4A” would be the same file on Windows and macOS',
    ],
    [
      'names equal once Unicode-normalised',
      () =>
        variant({
          add: [
            { name: 'caf\u00e9.txt', data: Buffer.from('x') },
            { name: 'cafe\u0301.txt', data: Buffer.from('y') },
          ],
        }),
      'the entries “caf\u00e9.txt” and “cafe\u0301.txt” would be the same file on Windows and macOS',
    ],
    ['an encrypted entry', () => variant({ add: [{ name: 'secret.txt', data: Buffer.from('x'), flags: 0x801 }] }), 'the entry “secret.txt” is encrypted'],
    [
      'too many entries',
      () => variant({ add: Array.from({ length: BUNDLE_LIMITS.entries }, (_, i) => ({ name: `junk/${i}`, method: 0 as const })) }),
      `it has ${BUNDLE_LIMITS.entries + 5} entries, more than the 2000 a bundle may hold`,
    ],
    [
      'an oversized entry',
      () => variant({ add: [{ name: 'big.bin', method: 0, declaredSize: 300 * MB, declaredCompressedSize: 300 * MB }] }),
      'the entry “big.bin” is 300 MB uncompressed, more than the 200 MB allowed for one file',
    ],
    [
      'entries adding up past the total',
      () =>
        variant({
          add: Array.from({ length: 11 }, (_, i) => ({ name: `part${i}.bin`, method: 0 as const, declaredSize: 199 * MB, declaredCompressedSize: 199 * MB })),
        }),
      'its files add up to more than 2048 MB uncompressed',
    ],
    [
      'a zip bomb (50 MB of zeros in 50 KB)',
      () => variant({ add: [{ name: 'bomb.bin', data: Buffer.alloc(50 * MB) }] }),
      'the entry “bomb.bin” would inflate 1029 times (50 KB to 50.0 MB), more than the 100 times allowed (a zip bomb)',
    ],
  ])('refuses %s', async (_label, entries, why) => {
    await refused(writeZip(entries()), 'INVALID_INPUT', refusedAs(typeof why === 'string' ? why : why()));
    expect(existsSync(join(root, 'evil.txt'))).toBe(false);
  });

  it('refuses an entry that inflates past the size its header declares (a lying bomb)', async () => {
    const lying = variant({ drop: ['README.txt'], add: [{ name: 'README.txt', data: Buffer.alloc(10 * MB, 0x20), declaredSize: 100 }] });
    // Only entries the importer reads are inflated: the lie is in the manifest, which it must read.
    const manifestLie = variant({
      drop: ['manifest.json'],
      add: [{ name: 'manifest.json', data: Buffer.from(`${manifestText}${' '.repeat(MB)}`), declaredSize: manifestText.length }],
    });
    await importBundle(writeZip(lying), join(root, 'lying-library')).then(({ alreadyImported }) => expect(alreadyImported).toBe(false));
    await refused(writeZip(manifestLie), 'CORRUPT_DOCUMENT', /^This bundle can't be imported: the entry “manifest.json” is damaged \(/);
  });

  it.each<[string, () => RawEntry[] | Buffer, ErrorCode, string | RegExp]>([
    [
      'a file that is not a zip',
      () => Buffer.from('just text, not a zip at all'),
      'CORRUPT_DOCUMENT',
      /^This file isn't a bundle Call Review can open: it is not a readable zip file/,
    ],
    ['no manifest', () => variant({ drop: ['manifest.json'] }), 'CORRUPT_DOCUMENT', "This file isn't a Call Review bundle: it has no manifest.json."],
    [
      'an oversized manifest',
      () => variant({ drop: ['manifest.json'], add: [{ name: 'manifest.json', method: 0, data: Buffer.alloc(9 * MB, 0x20) }] }),
      'CORRUPT_DOCUMENT',
      "This bundle can't be opened: its manifest.json is larger than 8 MB.",
    ],
    [
      'a manifest that is not JSON',
      () => variant({ replace: { 'manifest.json': Buffer.from('{"format": "call-review-bundle",') } }),
      'CORRUPT_DOCUMENT',
      "This bundle can't be opened: manifest.json is not valid JSON.",
    ],
    [
      'a manifest not of the schema',
      () => variant({ manifest: (m) => ({ ...m, clips: [{ ...(m.clips as object[])[0], audio: '../../../evil.m4a' }] }) }),
      'CORRUPT_DOCUMENT',
      /^This bundle can't be opened: manifest.json, clips.0.audio: an audio file must be named like audio\/01.m4a/,
    ],
    [
      'a newer bundle format',
      () => variant({ manifest: (m) => ({ ...m, version: 2 }) }),
      'NEWER_VERSION',
      'This bundle was made by a newer Call Review (bundle format 2); update the app to open it.',
    ],
    [
      'a clip whose audio is missing',
      () => variant({ drop: ['audio/02.m4a'] }),
      'CORRUPT_DOCUMENT',
      "This bundle can't be opened: the clip “JFK” plays audio/02.m4a, which is not in the bundle.",
    ],
    [
      'audio that does not decode',
      () => variant({ replace: { 'audio/02.m4a': randomBytes(40_000) } }),
      'NOT_AUDIO',
      "This bundle can't be imported: the audio of the clip “JFK” (audio/02.m4a) it is not an audio file (or it is damaged).",
    ],
    [
      'audio the player cannot play (PCM WAV named .m4a)',
      () => variant({ replace: { 'audio/02.m4a': readFileSync(audio('jfk.wav')) } }),
      'NOT_AUDIO',
      "This bundle can't be imported: the audio of the clip “JFK” (audio/02.m4a) its audio is pcm_s16le, which the player cannot play (AAC, Opus or Vorbis expected).",
    ],
    [
      'audio of another length than the manifest says',
      () => {
        const [one, two] = [good.find((e) => e.name === 'audio/01.m4a')!.data!, good.find((e) => e.name === 'audio/02.m4a')!.data!];
        return variant({ replace: { 'audio/01.m4a': two, 'audio/02.m4a': one } });
      },
      'CORRUPT_DOCUMENT',
      /^This bundle can't be imported: the audio of the clip “Budget” \(audio\/01.m4a\) lasts 6.0 s, but the manifest says 3.0 s.$/,
    ],
  ])('refuses %s', async (_label, entries, code, message) => {
    await refused(writeZip(entries()), code, message);
  });

  it('imports a good bundle: the manifest and its audio only, into bundles/<id>; again, nothing is written', async () => {
    const library = join(root, 'library');
    const zip = join(root, 'good.zip');
    const before = listTree(root);
    const first = await importBundle(zip, library);
    const id = parseManifest(manifestText).id;
    expect(first).toMatchObject({ bundleId: id, folder: join(library, 'bundles', id), alreadyImported: false });
    expect(first.manifest.playlist.name).toBe('Discovery moments');
    expect(first.manifest.clips.map((c) => c.turns[0]?.text)).toEqual(['Tell me more about the budget.', undefined]);
    const added = listTree(root).filter((p) => !before.includes(p) && p !== 'library/bundles/');
    expect(added).toEqual([
      `library/bundles/${id}/`,
      `library/bundles/${id}/audio/`,
      `library/bundles/${id}/audio/01.m4a`,
      `library/bundles/${id}/audio/02.m4a`,
      `library/bundles/${id}/manifest.json`,
    ]);
    expect(listTree(join(library, 'bundles'))).toEqual([`${id}/`, `${id}/audio/`, `${id}/audio/01.m4a`, `${id}/audio/02.m4a`, `${id}/manifest.json`]);
    expect(readFileSync(join(first.folder, 'audio/01.m4a'))).toEqual(good.find((e) => e.name === 'audio/01.m4a')!.data);

    const after = listTree(root);
    // A folder's mtime changes when anything is created or removed in it, even a temporary folder.
    const mtimes = () => [statSync(join(library, 'bundles')).mtimeMs, statSync(first.folder).mtimeMs];
    const before2 = mtimes();
    const again = await importBundle(zip, library);
    expect(again).toMatchObject({ bundleId: id, folder: first.folder, alreadyImported: true });
    expect(listTree(root)).toEqual(after);
    expect(mtimes()).toEqual(before2);
  });

  it('ignores files the manifest does not name (a re-zip on a Mac), after checking them like the rest', async () => {
    const library = dirs.make('junk library').path;
    const zip = writeZip(
      variant({
        manifest: (m) => ({ ...m, id: '3f1d2c4b-5a69-4788-9abc-def012345678' }),
        add: [
          { name: '__MACOSX/' },
          { name: '__MACOSX/audio/._01.m4a', data: Buffer.from('resource fork') },
          { name: '.DS_Store', data: Buffer.from('x') },
          { name: 'notes.html', data: Buffer.from('<script>alert(1)</script>') },
        ],
      }),
    );
    const result = await importBundle(zip, library);
    expect(result.alreadyImported).toBe(false);
    expect(listTree(library)).toEqual([
      'bundles/',
      'bundles/3f1d2c4b-5a69-4788-9abc-def012345678/',
      'bundles/3f1d2c4b-5a69-4788-9abc-def012345678/audio/',
      'bundles/3f1d2c4b-5a69-4788-9abc-def012345678/audio/01.m4a',
      'bundles/3f1d2c4b-5a69-4788-9abc-def012345678/audio/02.m4a',
      'bundles/3f1d2c4b-5a69-4788-9abc-def012345678/manifest.json',
    ]);
  });

  it('a full disk is DISK_FULL and leaves no incoming folder', async () => {
    const disk = mountTmpfs(64); // the good bundle's audio is about 80 KB
    if (!disk) return;
    try {
      const e = await importBundle(join(root, 'good.zip'), disk.path).catch((err: unknown) => err as AppError);
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('DISK_FULL');
      expect(listTree(disk.path)).toEqual(['bundles/']);
    } finally {
      disk.unmount();
    }
  });
});
