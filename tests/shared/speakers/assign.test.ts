import { describe, expect, it } from 'vitest';
import type { Word } from '../../../shared/domain/transcript';
import { LOW_SPEAKER_CONFIDENCE, turnsBySpeakers } from '../../../shared/speakers/assign';
import type { SpeakerSegment } from '../../../shared/speakers/diarization';

/** Words of `text`, 0.3 s each with 0.05 s between, from `start`. */
function words(text: string, start: number, gap = 0.05): Word[] {
  return text.split(' ').map((t, i) => ({ text: ` ${t}`, start: start + i * (0.3 + gap), end: start + i * (0.3 + gap) + 0.3, p: 0.9 }));
}
const seg = (start: number, end: number, speaker: number, confidence = 0.9): SpeakerSegment => ({ start, end, speaker, confidence });
const ids = ['rep', 'prospect', 'third'];
const summary = (turns: ReturnType<typeof turnsBySpeakers>) => turns.map((t) => `${t.speakerId}: ${t.text}`);

describe('turnsBySpeakers', () => {
  it('gives each word to the speaker heard over it and splits a whisper segment where the voice changes', () => {
    // One whisper segment holding both voices: "How are you? Fine thanks." with the change after "you?".
    const all = [...words('How are you?', 0), ...words('Fine thanks.', 1.1)];
    const turns = turnsBySpeakers(all, [seg(0, 1.05, 0), seg(1.05, 2, 1)], ids);
    expect(summary(turns)).toEqual(['rep: How are you?', 'prospect: Fine thanks.']);
    expect(turns.map((t) => [t.start, t.end])).toEqual([
      [0, all[2]!.end],
      [all[3]!.start, all[4]!.end],
    ]);
    expect(turns.every((t) => t.speakerConfidence! > LOW_SPEAKER_CONFIDENCE)).toBe(true);
  });

  it('takes the speaker with the most overlap when a word straddles a change', () => {
    const w: Word[] = [{ text: ' hello', start: 0.8, end: 1.2, p: 1 }];
    expect(turnsBySpeakers(w, [seg(0, 0.9, 0), seg(0.9, 2, 1)], ids)[0]!.speakerId).toBe('prospect');
  });

  it('keeps a one-word blip of weak voice evidence inside a sentence with the sentence’s speaker', () => {
    const all = words('so what we usually do is onboard the whole team', 0);
    const blip = all[4]!; // "is"
    const segments = [seg(0, blip.start, 0), seg(blip.start, blip.end, 1, 0.3), seg(blip.end, 10, 0)];
    expect(summary(turnsBySpeakers(all, segments, ids))).toEqual(['rep: so what we usually do is onboard the whole team']);
  });

  it('but lets a strongly heard short reply stand, and a short turn after a sentence end', () => {
    const all = [...words('we onboard the team.', 0), ...words('Right.', 1.45), ...words('in a week', 1.8)];
    const segments = [seg(0, 1.42, 0), seg(1.42, 1.77, 1, 0.95), seg(1.77, 5, 0)];
    expect(summary(turnsBySpeakers(all, segments, ids))).toEqual(['rep: we onboard the team.', 'prospect: Right.', 'rep: in a week']);
  });

  it('leaves a sentence-final word with the voice heard over it, even right after an unfinished (interrupted) sentence', () => {
    // whisper stretches a turn's last word over the pause: the voice under it is the better witness.
    const all = [...words('so the invoice goes to', 0), ...words('Accounting.', 1.8), ...words('yes that is right', 2.5)];
    const segments = [seg(0, 1.75, 0), seg(1.75, 5, 1)];
    expect(summary(turnsBySpeakers(all, segments, ids))).toEqual(['rep: so the invoice goes to', 'prospect: Accounting. yes that is right']);
  });

  it('marks short, overlapped or ambiguous turns as low confidence', () => {
    const a = words('let me check the numbers for you', 0);
    const b = words('ok', 3);
    const c = words('and the renewal date', 4);
    const segments = [seg(0, 2.5, 0, 0.9), seg(2.9, 3.4, 1, 0.9), seg(3.9, 6, 0, 0.9), seg(3.9, 6, 1, 0.9)];
    const turns = turnsBySpeakers([...a, ...b, ...c], segments, ids);
    expect(turns.map((t) => t.speakerId)).toEqual(['rep', 'prospect', 'rep']);
    expect(turns[0]!.speakerConfidence).toBeGreaterThan(LOW_SPEAKER_CONFIDENCE);
    expect(turns[1]!.speakerConfidence).toBeLessThan(turns[0]!.speakerConfidence!); // very short
    expect(turns[2]!.speakerConfidence).toBeLessThan(LOW_SPEAKER_CONFIDENCE); // two voices at once
    const weak = turnsBySpeakers(a, [seg(0, 2.5, 0, 0.2)], ids);
    expect(weak[0]!.speakerConfidence).toBeLessThan(LOW_SPEAKER_CONFIDENCE); // a voice close to two clusters
  });

  it('gives words in silence the nearest voice, or their neighbour’s when no voice is near', () => {
    const all = [...words('hi there', 0), ...words('anyone', 10)];
    const turns = turnsBySpeakers(all, [seg(0.1, 0.5, 1)], ids);
    expect(summary(turns)).toEqual(['prospect: hi there anyone']);
    expect(turnsBySpeakers([], [], ids)).toEqual([]);
    expect(summary(turnsBySpeakers(all, [], ids))).toEqual(['rep: hi there anyone']);
  });
});
