import { z } from 'zod';
import { CallId, SpeakerRole } from './call';

/** One call a voice profile learned from: which speaker, and how much of their speech it heard. */
export const VoiceSource = z.object({
  callId: CallId,
  callTitle: z.string(),
  speakerId: z.string(),
  seconds: z.number().nonnegative(),
  addedAt: z.iso.datetime(),
});
export type VoiceSource = z.infer<typeof VoiceSource>;

export const ProfileName = z.string().trim().min(1, 'A voice needs a name').max(100);

/**
 * A person's voice, kept with their consent to name them on mono calls: the mean direction of their
 * confident speech's embeddings (speaker-model numbers, not audio), and the calls it came from.
 */
export const VoiceProfile = z.object({
  id: z.string().min(1),
  name: ProfileName,
  role: SpeakerRole,
  /** Unit length; its size is the speaker model's (192 for CAM++). */
  vector: z.array(z.number()).min(1),
  sources: z.array(VoiceSource).min(1),
  createdAt: z.iso.datetime(),
});
export type VoiceProfile = z.infer<typeof VoiceProfile>;

/** What the renderer sees of a profile: never the vector. */
export const VoiceProfileSummary = VoiceProfile.omit({ vector: true }).extend({ seconds: z.number().nonnegative() });
export type VoiceProfileSummary = z.infer<typeof VoiceProfileSummary>;

export const summarizeProfile = ({ vector: _vector, ...rest }: VoiceProfile): VoiceProfileSummary => ({
  ...rest,
  seconds: rest.sources.reduce((sum, s) => sum + s.seconds, 0),
});
