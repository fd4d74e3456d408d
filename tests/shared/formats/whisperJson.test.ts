import { describe, expect, it } from 'vitest';
import { parseWhisperJson } from '../../../shared/formats/whisperJson';

const token = (text: string, from: number, to: number, p = 0.9, t_dtw = -1) => ({ text, offsets: { from, to }, p, t_dtw });
const json = (tokens: ReturnType<typeof token>[], text = ' x') => ({
  result: { language: 'en' },
  transcription: [{ offsets: { from: 0, to: 3000 }, text, tokens }],
});

describe('parseWhisperJson', () => {
  it('joins word pieces and punctuation into words, skipping control tokens', () => {
    const { segments, language } = parseWhisperJson(
      json([
        token('[_BEG_]', 0, 0),
        token(' Hel', 100, 300, 0.9),
        token('lo', 300, 500, 0.6),
        token(',', 500, 520),
        token(' world', 600, 900),
        token('[_TT_45]', 900, 900),
      ]),
    );
    expect(language).toBe('en');
    const rounded = segments[0]!.words.map((x) => ({ ...x, start: +x.start.toFixed(3), end: +x.end.toFixed(3) }));
    expect(rounded).toEqual([
      { text: ' Hello,', start: 0.1, end: 0.52, p: 0.6 },
      { text: ' world', start: 0.6, end: 0.9, p: 0.9 },
    ]);
  });

  it('prefers DTW times and keeps words in order', () => {
    const { segments } = parseWhisperJson(json([token(' ask', 100, 400, 0.9, 74), token(' not', 400, 600, 0.9, 90)]));
    const [ask, not] = segments[0]!.words;
    expect(ask!.start).toBeCloseTo(0.74);
    expect(ask!.end).toBeCloseTo(0.9); // cut at the next word's start
    expect(not!.start).toBeCloseTo(0.9);
  });

  it('shifts times by a window offset', () => {
    const { segments } = parseWhisperJson(json([token(' hi', 100, 400)]), 600);
    expect(segments[0]!.words[0]!.start).toBeCloseTo(600.1);
    expect(segments[0]!.start).toBe(600);
  });

  it('rejects output that is not whisper.cpp JSON', () => {
    expect(() => parseWhisperJson({ transcription: 'nope' })).toThrow();
  });
});
