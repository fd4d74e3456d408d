import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Emit, Handlers } from '../../../shared/contract';
import { Clip, type ClipTurn } from '../../../shared/domain/clip';
import { playlistsChanged } from '../../../shared/domain/libraryChange';
import { Playlist } from '../../../shared/domain/playlist';
import { AppError } from '../../../shared/errors';
import { clipBoundsError } from '../../../shared/playlists/clipRange';
import { addClip, clipIn, deleteClip, deleteSearch, playlistIn, removeClip, reorder, searchIn } from '../../../shared/playlists/edits';
import type { PlaylistsDocument, PlaylistSummary } from '../../../shared/playlists/views';
import { SearchQuery } from '../../../shared/search/query';
import type { LibraryRef } from '../library/ref';
import { BUNDLES_DIR, forBridge, itemResolver, type ResolvedItem, type RunQuery } from './items';
import { createPlaylistsStore } from './store';

export type PlaylistsDeps = {
  ref: Pick<LibraryRef, 'get'>;
  emit: Emit;
  /** The library search (`search:query`): what a smart playlist's saved search runs through. */
  query: RunQuery;
};

/** One clip of an imported bundle, as the bundle's manifest gives it; its audio is `bundles/<bundleId>/<file>`. */
export type BundleClipInput = Pick<Clip, 'callTitle' | 'start' | 'end' | 'title' | 'note'> & { file: string; turns: ClipTurn[] };

const now = () => new Date().toISOString();
const span = (clips: readonly Pick<Clip, 'start' | 'end'>[]) => clips.reduce((sum, c) => sum + (c.end - c.start), 0);

/**
 * Clips, playlists (ordinary and smart) and saved searches, kept in the library's `playlists.json`.
 * Every change is saved, then `library:changed` (naming no call) tells open views to reload.
 */
export function createPlaylistsService({ ref, emit, query }: PlaylistsDeps) {
  const store = createPlaylistsStore(ref);
  const changed = () => emit('library:changed', playlistsChanged());
  const change = async <T>(edit: (doc: PlaylistsDocument) => T): Promise<T> => {
    const result = await store.change(edit);
    changed();
    return result;
  };

  /** The call's duration now; an unknown call is refused. */
  function callOf(callId: string) {
    const call = ref
      .get()
      .list()
      .find((c) => c.id === callId);
    if (!call) throw new AppError('NOT_FOUND', 'That call is not in this library (it may have been deleted).');
    return call;
  }
  function checkBounds(start: number, end: number, durationSec: number): void {
    const problem = clipBoundsError(start, end, durationSec);
    if (problem) throw new AppError('INVALID_INPUT', problem);
  }

  /** A smart playlist's clips as its search finds them now. */
  async function smartClips(doc: PlaylistsDocument, playlist: Playlist, resolver = itemResolver(ref.get())): Promise<Clip[]> {
    const search = searchIn(doc, playlist.smart!.searchId);
    return resolver.smartClips(playlist, search.query, query, now());
  }

  /** A playlist's items with their audio on disk: what the player shows and a bundle export cuts from. */
  async function itemsOf(playlistId: string): Promise<{ playlist: Playlist; items: ResolvedItem[] }> {
    const doc = await store.read();
    const playlist = playlistIn(doc, playlistId);
    const resolver = itemResolver(ref.get());
    const clips = playlist.smart ? await smartClips(doc, playlist, resolver) : playlist.clipIds.map((id) => clipIn(doc, id));
    const items: ResolvedItem[] = [];
    for (const clip of clips) items.push(await resolver.resolve(clip));
    return { playlist, items };
  }

  async function summary(doc: PlaylistsDocument, playlist: Playlist): Promise<PlaylistSummary> {
    const base = {
      id: playlist.id,
      name: playlist.name,
      description: playlist.description,
      bundleId: playlist.bundleId,
      updatedAt: playlist.updatedAt,
    };
    if (!playlist.smart) {
      const clips = playlist.clipIds.map((id) => clipIn(doc, id));
      return { ...base, clipCount: clips.length, totalSec: span(clips), smart: null, problem: null };
    }
    const search = doc.savedSearches.find((s) => s.id === playlist.smart!.searchId);
    const smart = { ...playlist.smart, searchName: search?.name ?? '' };
    try {
      const clips = await smartClips(doc, playlist);
      return { ...base, clipCount: clips.length, totalSec: span(clips), smart, problem: null };
    } catch (e) {
      return { ...base, clipCount: 0, totalSec: 0, smart, problem: e instanceof Error ? e.message : String(e) };
    }
  }

  const handlers = {
    'clips:list': async () => [...(await store.read()).clips],
    'clips:create': async ({ callId, start, end, title, note, playlistId }) => {
      const call = callOf(callId);
      checkBounds(start, end, call.durationSec);
      const clip: Clip = { id: randomUUID(), origin: { kind: 'call', callId }, callTitle: call.title, start, end, title, note: note ?? '', createdAt: now() };
      return change((doc) => {
        doc.clips.push(clip);
        if (playlistId) addClip(doc, playlistId, clip.id, undefined, clip.createdAt);
        return clip;
      });
    },
    'clips:update': async ({ clipId, title, note, start, end }) => {
      const doc = await store.read();
      const clip = clipIn(doc, clipId);
      const range = { start: start ?? clip.start, end: end ?? clip.end };
      if (start !== undefined || end !== undefined) {
        if (clip.origin.kind !== 'call') throw new AppError('INVALID_INPUT', 'A clip from a bundle keeps the range it came with.');
        const callId = clip.origin.callId;
        const call = ref
          .get()
          .list()
          .find((c) => c.id === callId);
        if (!call) throw new AppError('NOT_FOUND', `The call “${clip.callTitle}” was deleted: the clip’s range can’t change.`);
        checkBounds(range.start, range.end, call.durationSec);
      }
      return change((draft) => {
        const target = clipIn(draft, clipId);
        Object.assign(target, range, title === undefined ? {} : { title }, note === undefined ? {} : { note });
        return target;
      });
    },
    'clips:delete': async ({ clipId }) => {
      await change((doc) => deleteClip(doc, clipId, now()));
      return { deleted: true as const };
    },
    'playlists:list': async () => {
      const doc = await store.read();
      const summaries: PlaylistSummary[] = [];
      for (const playlist of doc.playlists) summaries.push(await summary(doc, playlist));
      return summaries;
    },
    'playlists:get': async ({ playlistId }) => {
      const { playlist, items } = await itemsOf(playlistId);
      return { playlist, items: items.map(forBridge) };
    },
    'playlists:create': async ({ name, description, clipIds, smart }) => {
      if (smart && clipIds?.length) throw new AppError('INVALID_INPUT', 'A smart playlist’s clips come from its search: create it without clips.');
      const at = now();
      const playlist: Playlist = {
        id: randomUUID(),
        name,
        description: description ?? '',
        clipIds: [],
        smart: smart ?? null,
        bundleId: null,
        createdAt: at,
        updatedAt: at,
      };
      return change((doc) => {
        if (smart) searchIn(doc, smart.searchId);
        doc.playlists.push(playlist);
        for (const clipId of clipIds ?? []) addClip(doc, playlist.id, clipId, undefined, at);
        return playlistIn(doc, playlist.id);
      });
    },
    'playlists:update': async ({ playlistId, name, description, contextSec }) =>
      change((doc) => {
        const playlist = playlistIn(doc, playlistId);
        if (contextSec !== undefined) {
          if (!playlist.smart) throw new AppError('INVALID_INPUT', `“${playlist.name}” is not a smart playlist: each of its clips has its own range.`);
          playlist.smart.contextSec = contextSec;
        }
        if (name !== undefined) playlist.name = name;
        if (description !== undefined) playlist.description = description;
        playlist.updatedAt = now();
        return playlist;
      }),
    'playlists:reorder': async ({ playlistId, clipIds }) => change((doc) => reorder(doc, playlistId, clipIds, now())),
    'playlists:addClip': async ({ playlistId, clipId, index }) => change((doc) => addClip(doc, playlistId, clipId, index, now())),
    'playlists:removeClip': async ({ playlistId, clipId }) => change((doc) => removeClip(doc, playlistId, clipId, now())),
    'playlists:delete': async ({ playlistId }) => {
      // Its clips stay (they may be in other playlists; `clips:list` still lists them).
      await change((doc) => {
        playlistIn(doc, playlistId);
        doc.playlists = doc.playlists.filter((p) => p.id !== playlistId);
      });
      return { deleted: true as const };
    },
    'playlists:freeze': async ({ playlistId }) => {
      const doc = await store.read();
      const playlist = playlistIn(doc, playlistId);
      if (!playlist.smart) throw new AppError('INVALID_INPUT', `“${playlist.name}” is already an ordinary playlist.`);
      const found = await smartClips(doc, playlist);
      return change((draft) => {
        const target = playlistIn(draft, playlistId);
        if (!target.smart) throw new AppError('INVALID_INPUT', `“${target.name}” is already an ordinary playlist.`);
        const at = now();
        const clips = found.map((c) => ({ ...c, id: randomUUID(), createdAt: at }));
        draft.clips.push(...clips);
        target.clipIds = clips.map((c) => c.id);
        target.smart = null;
        target.updatedAt = at;
        return target;
      });
    },
    'searches:list': async () => [...(await store.read()).savedSearches],
    'searches:save': async ({ name, query: saved }) =>
      change((doc) => {
        const search = { id: randomUUID(), name, query: SearchQuery.parse(saved), createdAt: now() };
        doc.savedSearches.push(search);
        return search;
      }),
    'searches:delete': async ({ searchId }) => {
      await change((doc) => deleteSearch(doc, searchId));
      return { deleted: true as const };
    },
  } satisfies Partial<Handlers>;

  return {
    handlers,
    itemsOf,
    /** One clip as a playlist item, with its audio on disk (exporting a single clip). */
    async clipItem(clipId: string): Promise<ResolvedItem> {
      return itemResolver(ref.get()).resolve(clipIn(await store.read(), clipId));
    },
    /** Every clip an imported bundle brought, with the playlist it came in (what the search indexes of them). */
    async bundleClips(): Promise<{ clip: Clip; playlist: Playlist }[]> {
      const doc = await store.read();
      return doc.clips.flatMap((clip) => {
        const playlist = clip.origin.kind === 'bundle' ? doc.playlists.find((p) => p.clipIds.includes(clip.id)) : undefined;
        return playlist ? [{ clip, playlist }] : [];
      });
    },
    /** The folder an imported bundle's audio goes to, in the library in use. */
    bundleFolder: (bundleId: string) => join(ref.get().folder, BUNDLES_DIR, bundleId),
    /**
     * Adds the playlist an imported bundle brings, its clips playing from the bundle's audio. Importing the
     * same bundle again finds the playlist it made (`created: false`) and adds nothing.
     */
    async addBundlePlaylist(input: { bundleId: string; name: string; description: string; clips: BundleClipInput[] }) {
      const already = (await store.read()).playlists.find((p) => p.bundleId === input.bundleId);
      if (already) return { playlist: already, created: false };
      const at = now();
      const clips = input.clips.map((c) => {
        const parsed = Clip.safeParse({ ...c, id: randomUUID(), origin: { kind: 'bundle', bundleId: input.bundleId, file: c.file }, createdAt: at });
        if (!parsed.success)
          throw new AppError('INVALID_INPUT', `The bundle’s clip “${c.title}” is not valid: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
        return parsed.data;
      });
      return change((doc) => {
        const existing = doc.playlists.find((p) => p.bundleId === input.bundleId);
        if (existing) return { playlist: existing, created: false };
        const playlist = Playlist.parse({
          id: randomUUID(),
          name: input.name,
          description: input.description,
          clipIds: clips.map((c) => c.id),
          bundleId: input.bundleId,
          createdAt: at,
          updatedAt: at,
        });
        doc.clips.push(...clips);
        doc.playlists.push(playlist);
        return { playlist, created: true };
      });
    },
  };
}

export type PlaylistsService = ReturnType<typeof createPlaylistsService>;
