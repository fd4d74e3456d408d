import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseManifest } from '../../../shared/bundle/manifest';
import type { Handlers } from '../../../shared/contract';
import type { Clip } from '../../../shared/domain/clip';
import { AppError } from '../../../shared/errors';
import type { LibraryRef } from '../library/ref';
import type { ResolvedItem } from '../playlists/items';
import type { PlaylistsService } from '../playlists/service';
import type { Dialogs } from '../ports';
import { exportBundle, type ExportClip } from './exportBundle';
import { importBundle } from './importBundle';

export type BundlesDeps = {
  ref: Pick<LibraryRef, 'get'>;
  dialogs: Pick<Dialogs, 'pickSavePath' | 'pickBundleFile'>;
  /** Adding the imported playlist emits `library:changed` (through the playlists store), as every playlist change does. */
  playlists: Pick<PlaylistsService, 'itemsOf' | 'clipItem' | 'bundleFolder' | 'addBundlePlaylist'>;
};

const SAVE_DIALOG = { title: 'Export as a bundle', filterName: 'Call Review bundle' };

/**
 * Sharing without a server: a playlist (or one clip) out as a bundle `.zip`, and a bundle in as a playlist
 * whose clips play from the bundle's audio, kept in `<library>/bundles/<bundleId>/`.
 */
export function createBundlesService({ ref, dialogs, playlists }: BundlesDeps) {
  /** The bundle's `recordedAt` of each bundle clip, by bundle then audio file (read once per export). */
  async function bundleDates(items: readonly ResolvedItem[]): Promise<Map<string, Map<string, string>>> {
    const dates = new Map<string, Map<string, string>>();
    for (const { clip } of items) {
      if (clip.origin.kind !== 'bundle' || dates.has(clip.origin.bundleId)) continue;
      const byFile = new Map<string, string>();
      try {
        const text = await readFile(join(playlists.bundleFolder(clip.origin.bundleId), 'manifest.json'), 'utf8');
        for (const c of parseManifest(text).clips) byFile.set(c.audio, c.recordedAt);
      } catch {
        // The dates are the only thing read here: without them, the clip's own date stands in.
      }
      dates.set(clip.origin.bundleId, byFile);
    }
    return dates;
  }

  async function exportClips(items: readonly ResolvedItem[]): Promise<ExportClip[]> {
    const calls = new Map(
      ref
        .get()
        .list()
        .map((c) => [c.id, c.recordedAt]),
    );
    const dates = await bundleDates(items);
    const recordedAt = (clip: Clip) =>
      (clip.origin.kind === 'call' ? calls.get(clip.origin.callId) : dates.get(clip.origin.bundleId)?.get(clip.origin.file)) ?? clip.createdAt;
    return items.map((item) => ({ clip: item.clip, turns: item.turns, recordedAt: recordedAt(item.clip), audioFiles: item.audioPaths }));
  }

  const handlers = {
    'bundles:export': async (input) => {
      const { what, description, items } =
        'playlistId' in input
          ? await playlists.itemsOf(input.playlistId).then(({ playlist, items }) => ({ what: playlist.name, description: playlist.description, items }))
          : await playlists.clipItem(input.clipId).then((item) => ({ what: item.clip.title, description: '', items: [item] }));
      if (items.length === 0) throw new AppError('INVALID_INPUT', `“${what}” has no clips to export: add a clip to it first.`);
      // Refused whole rather than exported without them: a bundle that quietly lacks a clip the sender sees
      // in the playlist is worse than being told which ones to fix. Checked before asking where to save.
      const unplayable = items.filter((i) => i.unavailable !== null);
      if (unplayable.length > 0) {
        const list = unplayable.map((i) => `“${i.clip.title}” (${i.unavailable})`).join('; ');
        throw new AppError(
          'FILE_MISSING',
          `“${what}” can't be exported: ${unplayable.length === 1 ? 'a clip has' : `${unplayable.length} clips have`} no audio to cut from: ${list}. Remove ${unplayable.length === 1 ? 'it' : 'them'} from the playlist, or bring the call back, and export again.`,
        );
      }
      const clips = await exportClips(items);
      const dest = await dialogs.pickSavePath(`${what}.zip`, 'zip', SAVE_DIALOG);
      if (!dest) return { savedTo: null, clipCount: 0 };
      const saved = await exportBundle({ playlist: { name: what, description }, clips, dest });
      return { savedTo: saved.path, clipCount: saved.clipCount };
    },

    'bundles:import': async () => {
      const library = ref.get();
      const locked = library.problem();
      if (locked?.code === 'LIBRARY_LOCKED') throw new AppError(locked.code, locked.message);
      const zipPath = await dialogs.pickBundleFile();
      if (!zipPath) return { playlistId: null, name: null, alreadyImported: false };
      const imported = await importBundle(zipPath, library.folder);
      const { manifest } = imported;
      try {
        const { playlist, created } = await playlists.addBundlePlaylist({
          bundleId: imported.bundleId,
          name: manifest.playlist.name,
          description: manifest.playlist.description,
          clips: manifest.clips.map((c) => ({
            callTitle: c.callTitle,
            start: 0,
            end: c.durationSec,
            title: c.title,
            note: c.note,
            file: c.audio,
            turns: c.turns,
          })),
        });
        // A bundle imported before whose playlist was since deleted comes back as a new playlist: not "already imported".
        return { playlistId: playlist.id, name: playlist.name, alreadyImported: !created };
      } catch (e) {
        // Audio with no playlist playing it is of no use: a first import leaves nothing behind.
        if (!imported.alreadyImported) await rm(imported.folder, { recursive: true, force: true }).catch(() => undefined);
        throw e;
      }
    },
  } satisfies Partial<Handlers>;

  return { handlers };
}
