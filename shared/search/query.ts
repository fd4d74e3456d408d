import { z } from 'zod';
import { CallId, SpeakerRole } from '../domain/call';
import { MomentKind, PainLevel } from '../domain/annotations';

/** A search over every call: words and "phrases", narrowed by filters; either part may be empty. */
export const SearchQuery = z.object({
  text: z.string().max(500).default(''),
  painLevels: z.array(PainLevel).max(3).optional(),
  missedFollowUp: z.boolean().optional(),
  moments: z.array(MomentKind).max(2).optional(),
  /** Turns with a comment; with a name, a comment by that author (case-insensitive). */
  commented: z.boolean().optional(),
  commentAuthor: z.string().trim().min(1).max(100).optional(),
  /** Who spoke the turn, by name (case-insensitive); `rep`: the call's rep, whoever spoke. */
  speaker: z.string().trim().min(1).max(100).optional(),
  rep: z.string().trim().min(1).max(100).optional(),
  role: SpeakerRole.optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  /** Calls recorded in the last N days, counted when the search runs (a saved search stays "recent"). */
  lastDays: z.number().int().min(1).max(3650).optional(),
  /** Part of the call's title, case-insensitive. */
  callTitle: z.string().trim().min(1).max(200).optional(),
  limit: z.number().int().min(1).max(500).default(50),
  /** Search by meaning: `text` is read as an idea, not words; the other filters still apply. */
  meaning: z.boolean().optional(),
  /** "Find moments like this": turns near this one in meaning, across all calls (itself left out). */
  like: z.object({ callId: CallId, turnId: z.string().min(1).max(200) }).optional(),
});
export type SearchQuery = z.input<typeof SearchQuery>;
export type ParsedSearchQuery = z.output<typeof SearchQuery>;

export const SearchHit = z.object({
  callId: CallId,
  callTitle: z.string(),
  recordedAt: z.string(),
  turnId: z.string(),
  start: z.number(),
  end: z.number(),
  speaker: z.string(),
  role: SpeakerRole,
  snippet: z.string(),
  /** Character ranges of `snippet` that matched the query's words, to highlight. */
  highlights: z.array(z.tuple([z.number(), z.number()])),
  /** Set when the moment is in a clip an imported bundle brought (no call of this library): it plays there. */
  clip: z.object({ playlistId: z.string(), clipId: z.string(), playlistName: z.string() }).nullable().default(null),
  /** Found by meaning: the cosine between the query and the turn (0–1; higher is closer). */
  score: z.number().nullable().default(null),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.object({
  hits: z.array(SearchHit),
  tookMs: z.number(),
  /** While the index is being built (first start, a rebuild): how many calls it has read of how many. */
  indexing: z.object({ done: z.number().int(), total: z.number().int() }).nullable().default(null),
  /** A search by meaning that could not run, and why (no text model yet): shown instead of "no results". */
  meaningUnavailable: z.string().nullable().default(null),
});
export type SearchResult = z.infer<typeof SearchResult>;
