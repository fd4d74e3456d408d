import { randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, open, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { BUNDLE_FORMAT, BUNDLE_VERSION, BundleManifest, MANIFEST_LIMITS, type BundleClip, type BundleTurn } from '../../../shared/bundle/manifest';
import type { Clip, ClipTurn } from '../../../shared/domain/clip';
import { AppError } from '../../../shared/errors';
import { saveError, syncFolder } from '../atomicWrite';
import { clipAudioFormat, cutClipAudio } from './clipAudio';
import { renderPlayerHtml } from './player';
import { readmeText } from './readme';

export type ExportClip = {
  clip: Clip;
  /** The turns the clip overlaps, with times as in the call (or the audio file `audioFiles` names). */
  turns: ClipTurn[];
  recordedAt: string;
  /** Absolute paths of the call's audio: one file, or one per speaker's track (mixed into one). */
  audioFiles: string[];
};

export type ExportBundleOptions = {
  playlist: { name: string; description: string };
  clips: ExportClip[];
  /** The `.zip` to write (replaced if it exists, only once the whole bundle is written). */
  dest: string;
  signal?: AbortSignal;
  /** The bundle's identity; a new one for each export unless given (re-exporting the same bundle). */
  bundleId?: string;
};

export type ExportBundleResult = { path: string; bytes: number; clipCount: number; bundleId: string };

/**
 * Writes a playlist as one `.zip`: `manifest.json`, a self-contained `index.html` player, `README.txt` and
 * each clip's audio (`audio/01.m4a`…) cut from its call. Clips are encoded into a temporary folder, the zip
 * is written to a temporary file beside `dest` and renamed over it at the end, so a failed or cancelled
 * export leaves nothing behind and never a half-written bundle.
 */
export async function exportBundle(options: ExportBundleOptions): Promise<ExportBundleResult> {
  const { clips, dest, signal } = options;
  if (clips.length === 0) throw new AppError('INVALID_INPUT', 'There are no clips to export: add a clip to the playlist first.');
  if (clips.length > MANIFEST_LIMITS.clips) {
    throw new AppError('INVALID_INPUT', `A bundle holds at most ${MANIFEST_LIMITS.clips} clips; this playlist has ${clips.length}.`);
  }
  await checkAudioPresent(clips);
  const format = clipAudioFormat();
  const digits = clips.length > 99 ? 3 : 2;
  const work = await mkdtemp(join(tmpdir(), 'call-review-bundle-'));
  const partial = join(dirname(dest), `.${basename(dest)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    const entries: BundleClip[] = [];
    const files: Array<{ path: string; name: string }> = [];
    for (const [i, item] of clips.entries()) {
      throwIfCancelled(signal);
      const name = `audio/${String(i + 1).padStart(digits, '0')}.${format.ext}`;
      const path = join(work, basename(name));
      const { clip } = item;
      const cut = await cutClipAudio({ inputs: item.audioFiles, start: clip.start, end: clip.end, output: path, format, signal });
      if (cut.durationSec < 0.05) {
        throw new AppError('INVALID_INPUT', `The clip “${clip.title}” starts after the end of its call's audio (${clip.start.toFixed(1)} s).`);
      }
      const durationSec = Math.round(cut.durationSec * 1000) / 1000;
      entries.push({
        id: clip.id,
        title: clip.title,
        note: clip.note,
        callTitle: clip.callTitle.slice(0, MANIFEST_LIMITS.callTitle),
        recordedAt: item.recordedAt,
        durationSec,
        audio: name,
        turns: clipTurns(item.turns, clip.start, durationSec),
      });
      files.push({ path, name });
    }
    const createdAt = new Date();
    // Checked here, as an import would: a bundle this app writes is always one it can open.
    const manifest = BundleManifest.parse({
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      id: options.bundleId ?? randomUUID(),
      createdAt: createdAt.toISOString(),
      playlist: { name: options.playlist.name, description: options.playlist.description },
      clips: entries,
    });
    throwIfCancelled(signal);

    const zip = new ZipFile();
    const mtime = createdAt;
    zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), 'manifest.json', { mtime });
    zip.addBuffer(Buffer.from(renderPlayerHtml(manifest)), 'index.html', { mtime });
    zip.addBuffer(Buffer.from(readmeText(manifest)), 'README.txt', { mtime });
    // Compressed audio does not shrink further: stored as is, which also lets a zip tool stream it.
    for (const file of files) zip.addFile(file.path, file.name, { mtime, compress: false });
    zip.end();
    try {
      await pipeline(zip.outputStream, createWriteStream(partial, { flags: 'wx' }), { signal });
      const handle = await open(partial, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(partial, dest);
      await syncFolder(dirname(dest));
    } catch (e) {
      if (signal?.aborted) throw cancelled();
      throw saveError(e, dest);
    }
    const { size } = await stat(dest);
    return { path: dest, bytes: size, clipCount: entries.length, bundleId: manifest.id };
  } catch (e) {
    await rm(partial, { force: true }).catch(() => undefined);
    if (signal?.aborted) throw cancelled();
    throw e;
  } finally {
    await rm(work, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** The turns within the clip, their times moved to the clip's own clock and cut to its length. */
export function clipTurns(turns: readonly ClipTurn[], clipStart: number, durationSec: number): BundleTurn[] {
  const within: BundleTurn[] = [];
  for (const t of turns) {
    const start = Math.max(0, t.start - clipStart);
    const end = Math.min(durationSec, t.end - clipStart);
    if (end <= 0 || start >= durationSec) continue;
    within.push({
      start: round(start),
      end: round(Math.max(start, end)),
      speaker: t.speaker.slice(0, MANIFEST_LIMITS.speakerName),
      role: t.role,
      text: t.text.length > MANIFEST_LIMITS.turnText ? `${t.text.slice(0, MANIFEST_LIMITS.turnText - 1)}…` : t.text,
      painLevels: [...new Set(t.painLevels)],
      missedFollowUp: t.missedFollowUp,
      moments: [...new Set(t.moments)],
    });
    if (within.length === MANIFEST_LIMITS.turnsPerClip) break;
  }
  return within;
}

/** Every clip's audio, checked before any encoding: a missing file is named, with its clip and call. */
async function checkAudioPresent(clips: readonly ExportClip[]): Promise<void> {
  for (const { clip, audioFiles } of clips) {
    if (audioFiles.length === 0) throw new AppError('FILE_MISSING', `The clip “${clip.title}” has no audio to cut from.`);
    for (const file of audioFiles) {
      const found = await stat(file).then(
        (s) => s.isFile(),
        () => false,
      );
      if (!found) {
        throw new AppError('FILE_MISSING', `The audio of “${clip.callTitle}” (clip “${clip.title}”) is missing: ${file}. Nothing was exported.`);
      }
    }
  }
}

const round = (sec: number) => Math.round(sec * 1000) / 1000;
const cancelled = () => new AppError('CANCELLED', 'The export was cancelled; nothing was saved.');
function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelled();
}
