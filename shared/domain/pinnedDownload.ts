import { z } from 'zod';

/**
 * A set of model files pinned in the app (the speaker models, the text model), downloaded together
 * by electron/services/models/pinnedDownload.ts. Pure: no Node, DOM or Electron code.
 */

/**
 * One file of the set: fetched from `baseUrl` + `file` and installed as `<models folder>/<folder>/<file>`,
 * only once its size and sha256 are the ones given.
 */
export type PinnedFile = { baseUrl: string; file: string; folder: string; bytes: number; sha256: string };

/** Where the download of a set stands, as Settings shows it. */
export const PinnedDownloadStatus = z.object({
  /** partial: stopped part-way (cancelled, failed or quit), resumes; installed: every file verified on disk. */
  state: z.enum(['available', 'downloading', 'partial', 'installed']),
  receivedBytes: z.number().nonnegative(),
  /** All the set's files together. */
  totalBytes: z.number().positive(),
  /** The downloaded files are the ones in use. */
  inUse: z.boolean(),
  /** Why the last download failed, until it is tried again. */
  error: z.string().nullable(),
});
export type PinnedDownloadStatus = z.infer<typeof PinnedDownloadStatus>;

/** The bytes so far across all the set's files, while it downloads (an event). */
export const PinnedDownloadProgress = z.object({ receivedBytes: z.number(), totalBytes: z.number() });
export type PinnedDownloadProgress = z.infer<typeof PinnedDownloadProgress>;

/** How a download of the set ended (an event); the message says why it failed. */
export const PinnedDownloadOutcome = z.object({
  outcome: z.enum(['installed', 'cancelled', 'failed']),
  message: z.string().nullable(),
});
export type PinnedDownloadOutcome = z.infer<typeof PinnedDownloadOutcome>;
