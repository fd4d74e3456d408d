import { z } from 'zod';
import { PainLevel, MomentKind } from './annotations';
import { CallId, SpeakerRole } from './call';
import { NAME_MAX_LENGTH } from './playlist';

export const ClipTitle = z.string().trim().min(1, 'A clip needs a title').max(NAME_MAX_LENGTH, `A clip title is at most ${NAME_MAX_LENGTH} characters`);
export const ClipNote = z.string().max(5000, 'A note is at most 5,000 characters');

/** Where a clip's audio is: a call of this library, or the audio file an imported bundle brought. */
export const ClipOrigin = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('call'), callId: CallId }),
  /** `file` is relative to the bundle's folder in the library (`bundles/<bundleId>/`). */
  z.object({ kind: z.literal('bundle'), bundleId: z.string().min(1), file: z.string().min(1) }),
]);
export type ClipOrigin = z.infer<typeof ClipOrigin>;

/**
 * One turn of a clip's transcript as it travels with the clip (a bundle, the player): who spoke, what was
 * said, and the marks on it. Times are seconds from the start of the clip's source (the call or the bundle's
 * audio file), like the clip's own `start`/`end`.
 */
export const ClipTurn = z.object({
  start: z.number().nonnegative(),
  end: z.number().nonnegative(),
  speaker: z.string(),
  role: SpeakerRole,
  text: z.string(),
  painLevels: z.array(PainLevel).default([]),
  missedFollowUp: z.boolean().default(false),
  moments: z.array(MomentKind).default([]),
});
export type ClipTurn = z.infer<typeof ClipTurn>;

/**
 * A time range of one call with a title and a note. Anchored to the recording's time (not to turns), like
 * marks: editing the transcript changes the words the clip shows, never its range.
 */
export const Clip = z
  .object({
    id: z.string().min(1),
    origin: ClipOrigin,
    /** The call's title when the clip was made (the call may be renamed or deleted later). */
    callTitle: z.string(),
    start: z.number().nonnegative(),
    end: z.number().positive(),
    title: ClipTitle,
    note: ClipNote.default(''),
    createdAt: z.iso.datetime(),
    /** Bundle clips only: the transcript the bundle brought (a call's clip reads its call's transcript). */
    turns: z.array(ClipTurn).optional(),
  })
  .refine((c) => c.end > c.start, 'A clip ends after it starts');
export type Clip = z.infer<typeof Clip>;
