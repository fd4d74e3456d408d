import type { Turn } from '../../../shared/domain/transcript';
import { LOW_SPEAKER_CONFIDENCE } from '../../../shared/speakers/assign';

/** The palette has six speaker colours; a seventh speaker shares the first one's. */
export const SPEAKER_SLOTS = 6;

/**
 * Whether the voice evidence for a turn's speaker was weak (very short, overlapped, a voice close to two
 * others): the row and the lane mark it so the reviewer knows where to look. A speaker the user set is sure.
 */
export const speakerUncertain = (turn: Pick<Turn, 'speakerConfidence' | 'speakerSetBy'>): boolean =>
  turn.speakerSetBy !== 'user' && turn.speakerConfidence !== undefined && turn.speakerConfidence < LOW_SPEAKER_CONFIDENCE;

export const UNCERTAIN_TITLE = 'Speaker uncertain: little or overlapping voice evidence. Check who said this.';
