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
 * Whisper puts a speaker's last word late, in the pause or over the next voice ("…spell that for me, |
 * please?" said before the reply but timed into it). A word that starts where neither channel speaks belongs
 * to the channel that spoke last, this recently. On the stereo fixture call this and the retiming below took
 * the turns that start or end with the other speaker's word from 7 to 3 (eval:speakers' edge check), and
 * the share of speech time in the right speaker's turn from 0.952 to 0.979.
 */
const CARRY_OVER_SEC = 1;
/** "Starts where neither speaks": no speech in the word's first this long. */
const ONSET_SEC = 0.05;

/** The channel that owns `word`: the one still speaking before it when it starts in silence, else the louder under it. */
function channelOf(word: Word, energy: Float32Array[], speech: Uint8Array[], bucketsPerSecond: number): number {
  const at = Math.max(0, Math.floor(word.start * bucketsPerSecond));
  const onset = Math.max(1, Math.round(ONSET_SEC * bucketsPerSecond));
  if (!speech.some((s) => s.subarray(at, at + onset).includes(1))) {
    const earliest = Math.max(0, at - Math.round(CARRY_OVER_SEC * bucketsPerSecond));
    let [latest, channel] = [-1, -1];
    speech.forEach((s, c) => {
      const k = s.subarray(earliest, at).lastIndexOf(1);
      if (k >= 0 && k > latest) [latest, channel] = [k, c];
    });
    if (channel >= 0) return channel;
  }
  const sums = energy.map((e) => energyOver(e, word, bucketsPerSecond));
  return sums.indexOf(Math.max(...sums));
}

/**
 * Where a channel speaks: within SPEECH_RANGE_DB of its loud level (the 98th percentile of its buckets, so a
 * quiet line and a loud one alike, and a party who speaks little still has a loud level), pauses shorter than
 * SPEECH_BRIDGE_SEC bridged. On the fixture call 40 / 42 / 45 / 50 dB gave 0.972 / 0.973 / 0.979 / 0.979 of
 * speech time in the right turn, 2 / 2 / 3 / 4 turns with the other speaker's word at an edge.
 */
const SPEECH_RANGE_DB = 45;
const LOUD_QUANTILE = 0.98;
/** …and, on a noisy line, this far over its noise floor (the 10th percentile). */
const FLOOR_QUANTILE = 0.1;
const OVER_FLOOR_DB = 10;
const SPEECH_BRIDGE_SEC = 0.3;

function speechOf(channel: Float32Array, bucketsPerSecond: number): Uint8Array {
  const sorted = Float32Array.from(channel).sort();
  const loud = sorted[Math.floor(sorted.length * LOUD_QUANTILE)] ?? 0;
  const floor = sorted[Math.floor(sorted.length * FLOOR_QUANTILE)] ?? 0;
  // A channel that hardly pauses has its floor near its speech: the floor then counts for no more than loud − 20 dB.
  const overFloor = Math.min(floor * 10 ** (OVER_FLOOR_DB / 10), loud / 100);
  const threshold = Math.max(loud * 10 ** (-SPEECH_RANGE_DB / 10), overFloor);
  const speech = Uint8Array.from(channel, (v) => (v > threshold ? 1 : 0));
  const bridge = Math.round(SPEECH_BRIDGE_SEC * bucketsPerSecond);
  let last = -Infinity;
  speech.forEach((v, i) => {
    if (!v) return;
    if (i - last > 1 && i - last <= bridge) speech.fill(1, last + 1, i);
    last = i;
  });
  return speech;
}

/** A change of speaker moves at most this far to meet the voices. */
const MAX_SHIFT_SEC = 2;
/** A word moved back to where its speaker spoke keeps at most this length. */
const MOVED_WORD_SEC = 0.4;

/**
 * A change of speaker goes where the voices change, not where whisper's word times put it: the last word
 * before it ends where its channel's speech ends (clipped when whisper stretched it over the pause or the
 * other voice, moved back to the end of its speaker's speech when none of it is under the word), and the
 * first word after it starts where its channel's speech starts. Neither crosses the other; word times
 * inside turns are left alone.
 */
function retimeEdges(owned: OwnedWord[], speechOfWord: (w: OwnedWord) => Uint8Array, bps: number): OwnedWord[] {
  const out = owned.map((w) => ({ ...w }));
  const max = Math.round(MAX_SHIFT_SEC * bps);
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (a.speakerId === b.speakerId) continue;
    const [sa, sb] = [speechOfWord(a), speechOfWord(b)];
    const from = Math.floor(a.start * bps);
    const end = Math.ceil(a.end * bps);
    if (!sa[end - 1]) {
      const inside = sa.subarray(from, end).lastIndexOf(1);
      const previous = out[i - 1];
      const previousEnd = previous?.end ?? 0;
      // Its speaker's voice may end under the word before (whisper's times lag): look back from that word's start.
      const lookFrom = Math.max(Math.floor((previous?.start ?? 0) * bps), from - max);
      const before = sa.subarray(lookFrom, from).lastIndexOf(1);
      if (inside >= 0) a.end = (from + inside + 1) / bps;
      else if (before >= 0) {
        const length = Math.min(a.end - a.start, MOVED_WORD_SEC);
        a.end = Math.max(previousEnd, (lookFrom + before + 1) / bps);
        a.start = Math.max(previousEnd, a.end - length);
      }
    }
    let start = Math.floor(b.start * bps);
    const floor = Math.max(Math.ceil(a.end * bps), start - max);
    while (start > floor && sb[start - 1]) start--;
    b.start = Math.min(b.start, start / bps);
  }
  return out;
}

/**
 * Stereo calls (rep on one channel, prospect on the other) and per-speaker tracks: each word goes to its
 * channel or track (channelOf), a sentence's last word back to the sentence, and the changes of speaker to
 * where the voices change (retimeEdges). `energy[c]` holds mean squares per bucket.
 */
export function turnsByChannel(segments: Segment[], energy: Float32Array[], bucketsPerSecond: number, speakerIds: string[]): Turn[] {
  const speech = energy.map((e) => speechOf(e, bucketsPerSecond));
  const idOf = (c: number) => speakerIds[c] ?? speakerIds[0]!;
  const channels = new Map<string, number>();
  const owned = segments
    .flatMap((s) => s.words)
    .map((word): OwnedWord => {
      const channel = channelOf(word, energy, speech, bucketsPerSecond);
      if (!channels.has(idOf(channel))) channels.set(idOf(channel), channel);
      return { ...word, speakerId: idOf(channel) };
    });
  return groupTurns(retimeEdges(reattachSentenceEnds(owned), (w) => speech[channels.get(w.speakerId)!]!, bucketsPerSecond));
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
