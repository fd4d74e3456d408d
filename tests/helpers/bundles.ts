import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import yauzl from 'yauzl';
import type { ExportClip } from '../../electron/services/bundles/exportBundle';
import type { ClipTurn } from '../../shared/domain/clip';
import type { RawEntry } from './rawZip';

/** A clip of a call for `exportBundle`, with turns in the call's time. */
export function exportClip(options: {
  id: string;
  title: string;
  note?: string;
  callTitle: string;
  start: number;
  end: number;
  audioFiles: string[];
  turns?: ClipTurn[];
}): ExportClip {
  return {
    clip: {
      id: options.id,
      origin: { kind: 'call', callId: 'call-0001' },
      callTitle: options.callTitle,
      start: options.start,
      end: options.end,
      title: options.title,
      note: options.note ?? '',
      createdAt: '2026-03-02T10:00:00.000Z',
    },
    turns: options.turns ?? [],
    recordedAt: '2026-02-27T15:30:00.000Z',
    audioFiles: options.audioFiles,
  };
}

export const turn = (start: number, end: number, speaker: string, role: ClipTurn['role'], text: string, extra: Partial<ClipTurn> = {}): ClipTurn => ({
  start,
  end,
  speaker,
  role,
  text,
  painLevels: [],
  missedFollowUp: false,
  moments: [],
  ...extra,
});

/** Every entry of a zip, name and bytes, in order (read with yauzl, independently of the importer). */
export async function zipContents(path: string): Promise<RawEntry[]> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true });
  const out: RawEntry[] = [];
  try {
    for (;;) {
      const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
        zip.once('entry', resolve);
        zip.once('end', () => resolve(null));
        zip.once('error', reject);
        zip.readEntry();
      });
      zip.removeAllListeners();
      if (!entry) break;
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      out.push({ name: entry.fileName, data: Buffer.concat(chunks), method: entry.compressionMethod === 0 ? 0 : 8 });
    }
  } finally {
    zip.close();
  }
  return out;
}

/** Unzips a bundle into `dir` the way a user's unzip tool would. */
export async function unzip(path: string, dir: string): Promise<void> {
  for (const entry of await zipContents(path)) {
    const target = join(dir, String(entry.name));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, entry.data ?? Buffer.alloc(0));
  }
}

/** Every path under `dir` (folders end with `/`), relative and sorted: what "nothing else was written" compares. */
export function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        out.push(`${relative(dir, path)}/`);
        walk(path);
      } else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}
