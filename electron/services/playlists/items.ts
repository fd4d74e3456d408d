import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { Annotations } from '../../../shared/domain/annotations';
import type { Call } from '../../../shared/domain/call';
import type { Clip } from '../../../shared/domain/clip';
import type { Playlist } from '../../../shared/domain/playlist';
import type { Turn } from '../../../shared/domain/transcript';
import { hitClipRange, turnClipTitle } from '../../../shared/playlists/clipRange';
import { clipTurns } from '../../../shared/playlists/clipTurns';
import type { PlaylistItem } from '../../../shared/playlists/views';
import type { ParsedSearchQuery, SearchResult } from '../../../shared/search/query';
import type { Library } from '../library/library';
import { mediaUrl } from '../library/service';

/** Where imported bundles keep their audio, in the library folder: `bundles/<bundleId>/<file>`. */
export const BUNDLES_DIR = 'bundles';
/**
 * The URL a bundle clip's audio streams from (served from `bundles/<bundleId>/` by the media protocol).
 * `file` is `audio/01.m4a`: each segment is encoded on its own, as an encoded `/` is refused by the protocol.
 */
export const bundleMediaUrl = (bundleId: string, file: string) =>
  `/bundle-media/${encodeURIComponent(bundleId)}/${file.split('/').map(encodeURIComponent).join('/')}`;

/** A playlist item plus the audio files on disk it plays (what a bundle export cuts its audio from). */
export type ResolvedItem = PlaylistItem & { audioPaths: string[] };

export type RunQuery = (query: ParsedSearchQuery) => Promise<SearchResult>;

type CallSource = { call: Call; turns: readonly Turn[]; annotations: Annotations } | { problem: string };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Reads each call once however many clips it has, and turns clips into what the player needs. */
export function itemResolver(library: Library) {
  const calls = new Map<string, Promise<CallSource>>();
  const source = (callId: string, title: string): Promise<CallSource> => {
    let found = calls.get(callId);
    if (!found) {
      found = read(library, callId, title);
      calls.set(callId, found);
    }
    return found;
  };

  async function resolve(clip: Clip): Promise<ResolvedItem> {
    const origin = clip.origin;
    if (origin.kind === 'bundle') {
      const path = join(library.folder, BUNDLES_DIR, origin.bundleId, origin.file);
      const present = await access(path).then(
        () => true,
        () => false,
      );
      return {
        clip,
        turns: clip.turns ?? [],
        audioUrl: present ? bundleMediaUrl(origin.bundleId, origin.file) : null,
        followerUrls: [],
        unavailable: present ? null : `The audio of “${clip.title}” is missing from its bundle’s folder (${path}).`,
        audioPaths: present ? [path] : [],
      };
    }
    const from = await source(origin.callId, clip.callTitle);
    if ('problem' in from) return { clip, turns: [], audioUrl: null, followerUrls: [], unavailable: from.problem, audioPaths: [] };
    const [leader, ...others] = from.call.tracks;
    return {
      clip,
      turns: clipTurns(clip, from.turns, from.call.speakers, from.annotations),
      audioUrl: leader ? mediaUrl(from.call.id, leader.file) : null,
      followerUrls: others.map((t) => mediaUrl(from.call.id, t.file)),
      unavailable: leader ? null : `The call “${from.call.title}” has no recording.`,
      audioPaths: from.call.tracks.map((t) => join(library.callDir(from.call.id), t.file)),
    };
  }

  /**
   * A smart playlist's clips, found again now: one per hit of its saved search (the hit's turn with the
   * playlist's context), with ids that stay the same for the same turn so a view keeps its place.
   */
  async function smartClips(playlist: Playlist, query: ParsedSearchQuery, run: RunQuery, now: string): Promise<Clip[]> {
    const contextSec = playlist.smart?.contextSec ?? 0;
    const { hits } = await run(query);
    const clips: Clip[] = [];
    for (const hit of hits) {
      const summary = library.list().find((c) => c.id === hit.callId);
      if (!summary) continue; // deleted since the index saw it
      const range = hitClipRange(hit, contextSec, summary.durationSec);
      if (range.end <= range.start) continue;
      const from = await source(hit.callId, hit.callTitle);
      const turn = 'problem' in from ? undefined : from.turns.find((t) => t.id === hit.turnId);
      clips.push({
        id: smartClipId(hit.callId, hit.turnId),
        origin: { kind: 'call', callId: hit.callId },
        callTitle: summary.title,
        ...range,
        title: turnClipTitle(turn ?? { text: hit.snippet, start: hit.start }),
        note: '',
        createdAt: now,
      });
    }
    return clips;
  }

  return { resolve, smartClips };
}

export const smartClipId = (callId: string, turnId: string) => `smart:${callId}:${turnId}`;

async function read(library: Library, callId: string, title: string): Promise<CallSource> {
  if (!library.list().some((c) => c.id === callId)) return { problem: `The call “${title}” was deleted.` };
  try {
    const [call, transcript, annotations] = await Promise.all([library.get(callId), library.getTranscript(callId), library.annotations(callId)]);
    return { call, turns: transcript?.turns ?? [], annotations };
  } catch (e) {
    return { problem: `The call “${title}” can't be read: ${message(e)}` };
  }
}

/** What crosses the bridge: the items without the paths on disk. */
export const forBridge = ({ audioPaths: _paths, ...item }: ResolvedItem): PlaylistItem => item;
