import { z } from 'zod';
import type { Segment, Word } from '../domain/transcript';

/** The part of whisper.cpp's `--output-json-full` we read. Offsets are milliseconds. */
const Token = z.object({
  text: z.string(),
  offsets: z.object({ from: z.number(), to: z.number() }),
  p: z.number(),
  /** Token time from dynamic time warping (centiseconds), when whisper ran with --dtw; -1 otherwise. */
  t_dtw: z.number().optional(),
});
const WhisperJson = z.object({
  result: z.object({ language: z.string() }).partial().optional(),
  transcription: z.array(z.object({ offsets: z.object({ from: z.number(), to: z.number() }), text: z.string(), tokens: z.array(Token) })),
});

/** whisper.cpp's control tokens ([_BEG_], [_TT_150]…) and non-speech marks carry no words. */
const isControl = (text: string) => /^\s*\[_[A-Z]+_?\d*\]\s*$/.test(text) || /^\s*\[_/.test(text);

/**
 * Turns whisper.cpp's token list into words: a token that starts with a space begins a word, the others
 * (word pieces, punctuation) extend it. A word's confidence is its least confident piece.
 */
export function parseWhisperJson(json: unknown, offsetSec = 0): { language: string | null; segments: Segment[] } {
  const parsed = WhisperJson.parse(json);
  const segments: Segment[] = parsed.transcription.map((segment) => {
    const words: Word[] = [];
    for (const token of segment.tokens) {
      if (isControl(token.text) || token.text === '') continue;
      // DTW times follow the audio far more closely than the decoder's timestamp tokens.
      const dtw = token.t_dtw !== undefined && token.t_dtw >= 0 ? token.t_dtw / 100 : null;
      const start = (dtw ?? token.offsets.from / 1000) + offsetSec;
      const end = start + Math.max(0, token.offsets.to - token.offsets.from) / 1000;
      const last = words.at(-1);
      if (last && !/^\s/.test(token.text)) {
        last.text += token.text;
        last.end = Math.max(last.end, end);
        last.p = Math.min(last.p, token.p);
      } else {
        words.push({ text: token.text, start, end, p: clamp01(token.p) });
      }
    }
    // A word ends where the next begins, at the latest: keeps words in order when DTW moved starts.
    words.forEach((w, i) => {
      const next = words[i + 1];
      if (next && w.end > next.start) w.end = Math.max(w.start, next.start);
    });
    return {
      start: segment.offsets.from / 1000 + offsetSec,
      end: segment.offsets.to / 1000 + offsetSec,
      text: segment.text.trim(),
      words,
    };
  });
  return { language: parsed.result?.language ?? null, segments };
}

const clamp01 = (p: number) => Math.max(0, Math.min(1, p));
