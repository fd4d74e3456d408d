import type { Speaker } from './call';
import { turnText, type Segment, type Turn, type Word } from './transcript';

/** A pause this long (seconds) between words, on a mono recording, is taken as a change of speaker. */
export const MONO_SPEAKER_PAUSE_SEC = 0.8;

type OwnedWord = Word & { speakerId: string };

/** Consecutive words of one speaker make a turn. */
function groupTurns(words: OwnedWord[]): Turn[] {
  const turns: Turn[] = [];
  let current: OwnedWord[] = [];
  const close = () => {
    if (current.length === 0) return;
    const words = current.map(({ speakerId: _s, ...w }) => w);
    turns.push({
      id: `t${turns.length + 1}`,
      speakerId: current[0]!.speakerId,
      start: words[0]!.start,
      end: words.at(-1)!.end,
      text: turnText(words),
      words,
    });
    current = [];
  };
  for (const word of words) {
    if (current.length > 0 && current[0]!.speakerId !== word.speakerId) close();
    current.push(word);
  }
  close();
  return turns;
}

const endsSentence = (w: Word) => /[.?!]["')\]]*$/.test(w.text);

/**
 * Word times lag a little at a change of speaker, so the last word of a sentence ("…help you | today?")
 * tends to land on the next speaker. A sentence-final word that opens a turn, after a word that did not
 * end a sentence, goes back to the speaker whose sentence it ends.
 */
function reattachSentenceEnds(words: OwnedWord[]): OwnedWord[] {
  return words.map((word, i) => {
    const previous = words[i - 1];
    if (previous && previous.speakerId !== word.speakerId && endsSentence(word) && !endsSentence(previous)) {
      return { ...word, speakerId: previous.speakerId };
    }
    return word;
  });
}

/** Sum of a channel's energy over a word's time span. */
function energyOver(channel: Float32Array, word: Word, bucketsPerSecond: number): number {
  const from = Math.max(0, Math.floor(word.start * bucketsPerSecond));
  const to = Math.max(from + 1, Math.ceil(word.end * bucketsPerSecond));
  let sum = 0;
  for (let i = from; i < to && i < channel.length; i++) sum += channel[i]!;
  return sum;
}

/**
 * Stereo calls (rep on one channel, prospect on the other): the channel with more energy over a word's
 * time span owns the word. `energy[c]` holds mean squares per bucket.
 */
export function turnsByChannel(
  segments: Segment[],
  energy: Float32Array[],
  bucketsPerSecond: number,
  speakerIds: string[],
): Turn[] {
  const words = segments.flatMap((s) => s.words);
  const owned = words.map((word): OwnedWord => {
    const sums = energy.map((channel) => energyOver(channel, word, bucketsPerSecond));
    const best = sums.indexOf(Math.max(...sums));
    return { ...word, speakerId: speakerIds[best] ?? speakerIds[0]! };
  });
  return groupTurns(reattachSentenceEnds(owned));
}

/**
 * Per-speaker tracks: each track's words belong to its speaker; turns interleave by time. A track also
 * picks up the other voices faintly (bleed) and whisper invents words in its long silences, so a word is
 * kept only where its own track is loud enough next to the loudest track (BLEED_RATIO).
 */
export function turnsFromTracks(
  tracks: { speakerId: string; segments: Segment[]; energy: Float32Array }[],
  bucketsPerSecond: number,
): Turn[] {
  const words = tracks
    .flatMap((track) =>
      track.segments.flatMap((s) =>
        s.words
          .filter((w) => {
            const own = energyOver(track.energy, w, bucketsPerSecond);
            const loudest = Math.max(...tracks.map((t) => energyOver(t.energy, w, bucketsPerSecond)));
            return own > 0 && own >= BLEED_RATIO * loudest;
          })
          .map((w) => ({ ...w, speakerId: track.speakerId })),
      ),
    )
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return groupTurns(words);
}

/** Overlapping speech is kept; a voice at a fifth of the loudest track's energy (≈ -7 dB) is bleed. */
export const BLEED_RATIO = 0.2;

/**
 * Mono calls, with no better signal: a pause longer than MONO_SPEAKER_PAUSE_SEC hands the turn to the
 * other speaker. The reviewer fixes speakers later; this only gives a useful starting point.
 */
export function turnsByPauses(segments: Segment[], speakerIds: [string, string]): Turn[] {
  let speaker = 0;
  let lastEnd: number | null = null;
  const words: OwnedWord[] = [];
  for (const word of segments.flatMap((s) => s.words)) {
    if (lastEnd !== null && word.start - lastEnd > MONO_SPEAKER_PAUSE_SEC) speaker = 1 - speaker;
    words.push({ ...word, speakerId: speakerIds[speaker]! });
    lastEnd = word.end;
  }
  return groupTurns(words);
}

/** Default speakers for a call that has none yet: by channel for stereo, "Speaker 1/2" otherwise. */
export function defaultSpeakers(channels: number): Speaker[] {
  if (channels === 2) {
    return [
      { id: 's1', name: 'Left channel', role: 'unknown' },
      { id: 's2', name: 'Right channel', role: 'unknown' },
    ];
  }
  return [
    { id: 's1', name: 'Speaker 1', role: 'unknown' },
    { id: 's2', name: 'Speaker 2', role: 'unknown' },
  ];
}
