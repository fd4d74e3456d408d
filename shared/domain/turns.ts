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
 * tends to land on the next speaker. A sentence-final word that opens a turn, right after a word that did
 * not end a sentence (no pause between), and followed by more of the new turn, goes back to the speaker
 * whose sentence it ends. A one-word reply after a pause ("Yes.") stays where it is.
 */
function reattachSentenceEnds(words: OwnedWord[]): OwnedWord[] {
  const owned = [...words];
  for (let i = 1; i < owned.length - 1; i++) {
    const [previous, word, next] = [owned[i - 1]!, owned[i]!, owned[i + 1]!];
    const opensTurn = previous.speakerId !== word.speakerId && next.speakerId === word.speakerId;
    const noPause = word.start - previous.end <= REATTACH_MAX_GAP_SEC;
    if (opensTurn && noPause && endsSentence(word) && !endsSentence(previous)) {
      owned[i] = { ...word, speakerId: previous.speakerId };
    }
  }
  return owned;
}

const REATTACH_MAX_GAP_SEC = 0.3;

/**
 * Whisper gives some short words a span of one bucket or none ("for" at 91.82–91.82), where a click or the
 * other voice's tail decides; a word is measured over at least this long, centred on it. On the stereo
 * fixture call (eval:speakers): 0.945 → 0.952 of speech time in a turn of the right speaker (0.3–0.4 s alike).
 */
const MIN_WORD_WINDOW_SEC = 0.3;

/** Sum of a channel's energy over a word's time span, widened to MIN_WORD_WINDOW_SEC. */
function energyOver(channel: Float32Array, word: Word, bucketsPerSecond: number): number {
  const pad = Math.max(0, (MIN_WORD_WINDOW_SEC - (word.end - word.start)) / 2);
  const from = Math.max(0, Math.floor((word.start - pad) * bucketsPerSecond));
  const to = Math.max(from + 1, Math.ceil((word.end + pad) * bucketsPerSecond));
  let sum = 0;
  for (let i = from; i < to && i < channel.length; i++) sum += channel[i]!;
  return sum;
}

/**
 * Stereo calls (rep on one channel, prospect on the other) and per-speaker tracks: the channel or track
 * with more energy over a word's time span owns the word. `energy[c]` holds mean squares per bucket.
 */
export function turnsByChannel(segments: Segment[], energy: Float32Array[], bucketsPerSecond: number, speakerIds: string[]): Turn[] {
  const words = segments.flatMap((s) => s.words);
  const owned = words.map((word): OwnedWord => {
    const sums = energy.map((channel) => energyOver(channel, word, bucketsPerSecond));
    const best = sums.indexOf(Math.max(...sums));
    return { ...word, speakerId: speakerIds[best] ?? speakerIds[0]! };
  });
  return groupTurns(reattachSentenceEnds(owned));
}

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
