import { z } from 'zod';
import { Clip, ClipTurn } from '../domain/clip';
import { Playlist, SavedSearch } from '../domain/playlist';

/** The playlists document in the library folder: every clip once, the playlists that order them, the saved searches. */
export const PlaylistsDocument = z.object({
  schemaVersion: z.literal(1),
  clips: z.array(Clip),
  playlists: z.array(Playlist),
  savedSearches: z.array(SavedSearch),
});
export type PlaylistsDocument = z.infer<typeof PlaylistsDocument>;
export const emptyPlaylistsDocument = (): PlaylistsDocument => ({ schemaVersion: 1, clips: [], playlists: [], savedSearches: [] });

/** A playlist as the list of playlists shows it. A smart one's count is what its search finds now. */
export const PlaylistSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  clipCount: z.number().int().nonnegative(),
  totalSec: z.number().nonnegative(),
  smart: z.object({ searchId: z.string(), searchName: z.string(), contextSec: z.number() }).nullable(),
  bundleId: z.string().nullable(),
  updatedAt: z.string(),
  /** Why a smart playlist's clips could not be found just now (its search failed); null otherwise. */
  problem: z.string().nullable(),
});
export type PlaylistSummary = z.infer<typeof PlaylistSummary>;

/**
 * One clip as the player needs it: its transcript now (from the call, or what the bundle brought), where
 * its audio streams from, and, when it can't play, why (the clip itself is kept).
 */
export const PlaylistItem = z.object({
  clip: Clip,
  turns: z.array(ClipTurn),
  /** The recording (the first track of a per-speaker call); null when the clip can't play. */
  audioUrl: z.string().nullable(),
  /** A per-speaker call's other tracks, played alongside `audioUrl` as the Review player does. */
  followerUrls: z.array(z.string()),
  unavailable: z.string().nullable(),
});
export type PlaylistItem = z.infer<typeof PlaylistItem>;

export const PlaylistView = z.object({ playlist: Playlist, items: z.array(PlaylistItem) });
export type PlaylistView = z.infer<typeof PlaylistView>;
