import { z } from 'zod';
import { AppError } from '../errors';
import { MomentKind, PainLevel } from '../domain/annotations';
import { SpeakerRole } from '../domain/call';
import { ClipNote, ClipTitle } from '../domain/clip';
import { PlaylistDescription, PlaylistName } from '../domain/playlist';

export const BUNDLE_FORMAT = 'call-review-bundle';
/** Raise when the manifest changes in a way an older app would misread (and teach `parseManifest` the old one). */
export const BUNDLE_VERSION = 1;

/**
 * Bounds on what a bundle may hold. A bundle comes from another machine (or anyone), so every list and
 * string has a ceiling: a manifest within them is at most a few MB and a player page stays usable.
 */
export const MANIFEST_LIMITS = {
  clips: 500,
  turnsPerClip: 2_000,
  turnText: 20_000,
  speakerName: 200,
  callTitle: 200,
  /** An hour: longer than any clip anyone shares, short enough that a clip is never a whole call library. */
  clipSeconds: 3_600,
  /** The manifest file itself (checked on its bytes, before parsing). */
  manifestBytes: 8 * 1024 * 1024,
} as const;

/** Where a clip's audio is inside the bundle: `audio/01.m4a`. A fixed shape, so it can never name a path elsewhere. */
export const BundleAudioPath = z.string().regex(/^audio\/[0-9]{2,3}\.(m4a|webm|ogg)$/, 'an audio file must be named like audio/01.m4a (.m4a, .webm or .ogg)');

/** A clip's transcript turn, with times in seconds from the start of the clip's own audio. */
export const BundleTurn = z
  .object({
    start: z.number().nonnegative(),
    end: z.number().nonnegative(),
    speaker: z.string().max(MANIFEST_LIMITS.speakerName),
    role: SpeakerRole,
    text: z.string().max(MANIFEST_LIMITS.turnText),
    painLevels: z.array(PainLevel).max(3).default([]),
    missedFollowUp: z.boolean().default(false),
    moments: z.array(MomentKind).max(MomentKind.options.length).default([]),
  })
  .refine((t) => t.end >= t.start, 'a turn ends before it starts');
export type BundleTurn = z.infer<typeof BundleTurn>;

export const BundleClip = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'a clip id is 1–100 letters, digits, - or _'),
    title: ClipTitle,
    note: ClipNote.default(''),
    callTitle: z.string().max(MANIFEST_LIMITS.callTitle),
    recordedAt: z.iso.datetime(),
    durationSec: z.number().positive().max(MANIFEST_LIMITS.clipSeconds),
    audio: BundleAudioPath,
    turns: z.array(BundleTurn).max(MANIFEST_LIMITS.turnsPerClip),
  })
  // Half a second of slack: encoders round a clip's length to their frame size.
  .refine((c) => c.turns.every((t) => t.end <= c.durationSec + 0.5), 'a turn ends after the end of its clip');
export type BundleClip = z.infer<typeof BundleClip>;

export const BundleManifest = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(BUNDLE_VERSION),
    /** The bundle's identity: importing the same bundle twice finds the first import. */
    id: z.uuid(),
    createdAt: z.iso.datetime(),
    playlist: z.object({ name: PlaylistName, description: PlaylistDescription.default('') }),
    clips: z.array(BundleClip).min(1, 'a bundle holds at least one clip').max(MANIFEST_LIMITS.clips),
  })
  .refine((m) => new Set(m.clips.map((c) => c.id)).size === m.clips.length, 'two clips have the same id')
  .refine((m) => new Set(m.clips.map((c) => c.audio)).size === m.clips.length, 'two clips name the same audio file');
export type BundleManifest = z.infer<typeof BundleManifest>;

/**
 * Reads a manifest's JSON text. A manifest from a newer app (a higher `version`) is refused as such, so
 * the user is told to update rather than that the bundle is damaged; anything else that does not match
 * the schema is CORRUPT_DOCUMENT naming the first field at fault.
 */
export function parseManifest(text: string): BundleManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw corrupt('manifest.json is not valid JSON');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw corrupt('manifest.json is not a JSON object');
  const { format, version } = raw as Record<string, unknown>;
  if (format !== BUNDLE_FORMAT) throw corrupt(`manifest.json is not a Call Review bundle manifest (format “${String(format).slice(0, 50)}”)`);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw corrupt('manifest.json has no valid format version');
  if (version > BUNDLE_VERSION) {
    throw new AppError('NEWER_VERSION', `This bundle was made by a newer Call Review (bundle format ${version}); update the app to open it.`);
  }
  const parsed = BundleManifest.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw corrupt(`manifest.json, ${first?.path.join('.') || 'manifest'}: ${first?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

const corrupt = (why: string) => new AppError('CORRUPT_DOCUMENT', `This bundle can't be opened: ${why}.`);
