import { z } from 'zod';
import { SearchQuery } from '../search/query';

/** Longest playlist (and saved search, clip) name: the schema's limit, and the inputs' maxLength. */
export const NAME_MAX_LENGTH = 200;
export const PlaylistName = z
  .string()
  .trim()
  .min(1, 'A playlist needs a name')
  .max(NAME_MAX_LENGTH, `A playlist name is at most ${NAME_MAX_LENGTH} characters`);
export const PlaylistDescription = z.string().max(5000, 'A description is at most 5,000 characters');

/** A search the user named and kept, to run again (and to make a smart playlist from). */
export const SavedSearch = z.object({
  id: z.string().min(1),
  name: PlaylistName,
  query: SearchQuery,
  createdAt: z.iso.datetime(),
});
export type SavedSearch = z.infer<typeof SavedSearch>;

/**
 * An ordered list of clips (a clip can be in several playlists), or a smart playlist: the moments a saved
 * search finds, found again each time it is opened (`clipIds` stays empty until it is frozen into clips).
 * `bundleId`: the playlist came from an imported bundle (importing that bundle again finds it).
 */
export const Playlist = z.object({
  id: z.string().min(1),
  name: PlaylistName,
  description: PlaylistDescription.default(''),
  clipIds: z.array(z.string().min(1)),
  smart: z
    .object({ searchId: z.string().min(1), contextSec: z.number().min(0).max(60) })
    .nullable()
    .default(null),
  bundleId: z.string().min(1).nullable().default(null),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Playlist = z.infer<typeof Playlist>;
