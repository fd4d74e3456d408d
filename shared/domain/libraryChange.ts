import { z } from 'zod';
import { CallId } from './call';

/** The parts of a call a change can touch: its document (title, speakers, status…), its transcript, its annotations. */
export const CallPart = z.enum(['call', 'transcript', 'annotations']);
export type CallPart = z.infer<typeof CallPart>;

/**
 * What a `library:changed` event is about, so that a view reloads only what it shows of what changed
 * (reloading a long call's transcript re-runs its suggestions and re-renders every row).
 * `calls`: the calls whose parts changed; null when it may be any call (another library folder, a
 * rebuilt index). A change of no call (models, the rep's name, the rubric) has no calls and no parts.
 */
export const LibraryChange = z.object({
  reason: z.string(),
  calls: z.array(CallId).nullable(),
  parts: z.array(CallPart),
});
export type LibraryChange = z.infer<typeof LibraryChange>;

const ALL_PARTS = CallPart.options;

/** Some calls' parts changed. */
export const callsChanged = (reason: string, calls: string[], parts: CallPart[]): LibraryChange => ({ reason, calls, parts });

/** The whole library changed under the views: every part of every call may be different. */
export const everythingChanged = (reason: string): LibraryChange => ({ reason, calls: null, parts: [...ALL_PARTS] });

/** The reason of a change of clips, playlists or saved searches (no call's documents; the search index
 * re-reads the clips imported bundles brought). */
const PLAYLISTS_CHANGED = 'playlists';

/** Clips, playlists or saved searches changed: no call's documents. */
export const playlistsChanged = (): LibraryChange => ({ reason: PLAYLISTS_CHANGED, calls: [], parts: [] });

/** Whether a change is one of clips, playlists or saved searches; `orAnyCall`: or may be of any call (another library). */
export const touchesPlaylists = (change: LibraryChange, orAnyCall = false): boolean =>
  change.reason === PLAYLISTS_CHANGED || (orAnyCall && change.calls === null);

/** Library-wide settings changed (models, the rep's name, the rubric), no call's documents. */
export const settingsChanged = (reason: string): LibraryChange => ({ reason, calls: [], parts: [] });

/** Whether a change may have touched this part of this call. */
export const touches = (change: LibraryChange, callId: string, part: CallPart): boolean =>
  (change.calls === null || change.calls.includes(callId)) && change.parts.includes(part);
