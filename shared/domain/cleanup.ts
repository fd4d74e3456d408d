import type { Segment } from './transcript';

/** Whisper's marks for sound that is not speech: "[BLANK_AUDIO]", "(music)", "[ Silence ]"… */
const NON_SPEECH = /^[\s[(]*(blank[_ ]audio|no audio|music|silence|inaudible|no speech|applause|laughter|noise|sound)[\s\])]*\.?$/i;

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Drops what whisper produces when it has nothing to hear or gets stuck: non-speech marks, segments
 * with no words, and a segment that repeats one of the two before it (the start of a repetition loop).
 */
export function cleanSegments(segments: Segment[]): Segment[] {
  const kept: Segment[] = [];
  for (const segment of segments) {
    const text = normalise(segment.text);
    if (text === '' || segment.words.length === 0 || NON_SPEECH.test(segment.text.trim())) continue;
    const recent = kept.slice(-2).map((s) => normalise(s.text));
    // Short replies ("Yes.", "Okay.") legitimately repeat; loops repeat whole phrases.
    if (text.split(' ').length >= 3 && recent.includes(text)) continue;
    kept.push(segment);
  }
  return kept;
}
