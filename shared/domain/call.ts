import { z } from 'zod';
import { AppErrorShape } from '../errors';

export const CallId = z.string().regex(/^[a-z0-9-]{8,64}$/, 'not a call id');
export type CallId = z.infer<typeof CallId>;

/** The id of the demo call the app ships (resources/demo): one per library. */
export const DEMO_CALL_ID = 'demo-discovery-call';

export const SpeakerRole = z.enum(['rep', 'prospect', 'other', 'unknown']);
export type SpeakerRole = z.infer<typeof SpeakerRole>;

/**
 * A speaker named from a voice profile: `applied` while the name and role are the profile's, `undone` once
 * the reviewer said it is not that person (the profile is then not matched to this speaker again).
 */
export const VoiceMatch = z.object({ profileId: z.string(), similarity: z.number(), status: z.enum(['applied', 'undone']) });
export type VoiceMatch = z.infer<typeof VoiceMatch>;

export const Speaker = z.object({ id: z.string(), name: z.string(), role: SpeakerRole, voiceMatch: VoiceMatch.optional() });
export type Speaker = z.infer<typeof Speaker>;

export const CallStatus = z.enum(['imported', 'transcribing', 'transcribed', 'interrupted', 'failed', 'damaged']);
export type CallStatus = z.infer<typeof CallStatus>;

export const Title = z.string().trim().min(1, 'A title cannot be empty').max(200, 'A title is at most 200 characters');

/** One audio file of a call: the whole mix, or one speaker's track. */
export const AudioTrack = z.object({
  file: z.string(),
  originalName: z.string(),
  speakerId: z.string().nullable(),
  format: z.string(),
  codec: z.string(),
  durationSec: z.number().nonnegative(),
  channels: z.number().int().positive(),
  sampleRate: z.number().int().positive(),
  sizeBytes: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AudioTrack = z.infer<typeof AudioTrack>;

/** The part of a call the library index keeps, enough to list it without opening its document. */
export const CallSummary = z.object({
  id: CallId,
  title: Title,
  recordedAt: z.iso.datetime(),
  importedAt: z.iso.datetime(),
  durationSec: z.number().nonnegative(),
  speakers: z.array(Speaker),
  status: CallStatus,
  trackCount: z.number().int().positive(),
  /** sha256 of the recording, or of the track hashes for a multi-track call: what de-duplication compares. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  /** Why the call is failed or interrupted, in words for the user. */
  statusMessage: z.string().nullable().default(null),
  /** Set once a transcript exists (it may be older than a transcription now running). */
  hasTranscript: z.boolean().default(false),
  /** The demo call the app ships (resources/demo): listed with a badge, never counted in a rep's trend. */
  demo: z.boolean().optional(),
});
export type CallSummary = z.infer<typeof CallSummary>;

/** The cached waveform: Int8 [min, max] pairs per bucket, channel after channel, in `file`. */
export const PeaksInfo = z.object({
  file: z.string(),
  bucketsPerSecond: z.number().positive(),
  channels: z.number().int().positive(),
  buckets: z.number().int().nonnegative(),
});
export type PeaksInfo = z.infer<typeof PeaksInfo>;

export const Call = CallSummary.extend({
  tracks: z.array(AudioTrack).min(1),
  /** How many people speak in a mono call, when the user said so (1–6); null: found from the voices. */
  speakerCount: z.number().int().min(1).max(6).nullable().default(null),
  peaks: PeaksInfo.nullable().default(null),
});
export type Call = z.infer<typeof Call>;

/** One track of one channel: the voices can only be told apart by how they sound (speaker detection). */
export const isMonoCall = (call: Pick<Call, 'tracks'>): boolean => call.tracks.length === 1 && call.tracks[0]!.channels === 1;

/** What the Review view receives: the call plus where its audio streams from. */
export const CallDetail = Call.extend({
  tracks: z.array(AudioTrack.extend({ url: z.string() })),
  peaksUrl: z.string().nullable(),
});
export type CallDetail = z.infer<typeof CallDetail>;

export const ImportOutcome = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('imported'), source: z.string(), call: CallSummary }),
  z.object({ kind: z.literal('duplicate'), source: z.string(), existing: CallSummary }),
  z.object({ kind: z.literal('failed'), source: z.string(), error: AppErrorShape }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcome>;
