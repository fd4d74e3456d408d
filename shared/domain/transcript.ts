import { z } from 'zod';

/** Times are seconds from the start of the call. `p` is the recogniser's confidence (1 for imported text). */
export const Word = z.object({ text: z.string(), start: z.number(), end: z.number(), p: z.number().min(0).max(1) });
export type Word = z.infer<typeof Word>;

export const Turn = z.object({
  id: z.string(),
  speakerId: z.string(),
  start: z.number(),
  end: z.number(),
  text: z.string(),
  words: z.array(Word),
  /** How sure speaker detection is of this turn's speaker (0…1); absent when not detected from voices. */
  speakerConfidence: z.number().min(0).max(1).optional(),
  /** 'user' when the reviewer chose this turn's speaker: re-detection keeps it (shared/speakers/fixes.ts). */
  speakerSetBy: z.enum(['user']).optional(),
});
export type Turn = z.infer<typeof Turn>;

export const TranscriptSource = z.object({
  kind: z.enum(['whisper', 'vtt', 'srt']),
  /** Model file name for whisper; the imported file's name otherwise. */
  name: z.string(),
  language: z.string().nullable(),
  createdAt: z.iso.datetime(),
  /** When speakers were last detected again (Re-detect speakers): the turns were redrawn then. */
  speakersDetectedAt: z.iso.datetime().optional(),
});
export type TranscriptSource = z.infer<typeof TranscriptSource>;

export const Transcript = z.object({ source: TranscriptSource, turns: z.array(Turn) });
export type Transcript = z.infer<typeof Transcript>;

/**
 * Which transcript this is, as opposed to which edit of it: transcribing again or importing a file
 * makes a new source (a new `createdAt`), and so does re-detecting its speakers (the turns are redrawn,
 * so edits recorded against the old ones no longer apply); edits keep the source. null: no transcript.
 */
export const transcriptVersion = (t: Transcript | null): string | null =>
  t ? `${t.source.kind}:${t.source.name}:${t.source.createdAt}:${t.source.speakersDetectedAt ?? ''}` : null;

/** A recognised stretch of speech before it is given a speaker (one whisper segment). */
export type Segment = { start: number; end: number; text: string; words: Word[] };

export const turnText = (words: Word[]): string =>
  words
    .map((w) => w.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
