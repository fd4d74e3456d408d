// The edge check: does a turn start or end with a word the other speaker said? A turn's figure can be high
// while its first word is the previous speaker's last ("please? That's my T-I-L-L-E."), which reads wrong.
//
// Who said a word is decided from each speaker's own recording (the fixture call's two tracks, which are the
// stereo file's two channels), not from the mix's word times, which are what is in doubt: each track is
// transcribed alone, and a word of the call's transcript belongs to the track whose transcript has the same
// word (same letters, case and punctuation ignored) starting within MATCH_SEC of it. A word both tracks have
// that near goes to the nearer one when clearly nearer, else it is left undecided, as is a word neither has
// (whisper heard it differently alone): undecided words are not counted either way.
import { join } from 'node:path';
import { cleanSegments } from '../shared/domain/cleanup';
import type { Turn, Word } from '../shared/domain/transcript';
import { runWhisper } from '../electron/services/transcription/whisperCli';
import { WavWriter } from '../electron/services/transcription/wavWriter';
import type { Engine } from '../electron/services/transcription/pipeline';
import { RATE } from './speakersMixes';
import { cached } from './whisperCache';

/** A track's transcript drifts a little from the mix's (whisper alone in a track's silences): this much. */
const MATCH_SEC = 1.5;
/** Both tracks have the word: the nearer one owns it only when nearer by at least this. */
const CLEARLY_NEARER_SEC = 0.5;

const letters = (w: Word) => w.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** One speaker's track, transcribed alone (cached with --cache). */
export async function trackWords(dir: string, name: string, samples: Float32Array, engine: Engine): Promise<Word[]> {
  return cached(`track-${name}-${engine.modelName}`, async () => {
    const wav = join(dir, `${name}.16k.wav`);
    const writer = await WavWriter.create(wav, RATE);
    await writer.write(samples);
    await writer.close();
    const { segments } = await runWhisper({ ...engine, wav, outputBase: join(dir, name) });
    return cleanSegments(segments).flatMap((s) => s.words);
  });
}

/** Index of the track that said `word`, or -1 when undecided. */
export function ownerOf(word: Word, tracks: Word[][]): number {
  const key = letters(word);
  if (key === '') return -1;
  const distances = tracks.map((words) => words.reduce((best, w) => (letters(w) === key ? Math.min(best, Math.abs(w.start - word.start)) : best), Infinity));
  const order = distances.map((d, i) => [d, i] as const).sort((a, b) => a[0] - b[0]);
  const [nearest, second] = [order[0]!, order[1]];
  if (nearest[0] > MATCH_SEC) return -1;
  if (second && second[0] <= MATCH_SEC && second[0] - nearest[0] < CLEARLY_NEARER_SEC) return -1;
  return nearest[1];
}

export type EdgeRow = {
  /** Turns whose first word belongs to another speaker than the turn's. */
  starts: number;
  /** Turns whose last word belongs to another speaker (a one-word turn counts once, here in neither). */
  ends: number;
  /** One-word turns given to the wrong speaker (back-channels, mostly). */
  single: number;
  /** Every decided word in a turn of the wrong speaker, wherever in the turn. */
  wrongWords: number;
  decidedWords: number;
  turns: number;
  examples: string[];
};

/** Edge errors of `turns`; `speakerOf(turn)` is the turn's true-speaker index (the tracks' order). */
export function edgeErrors(turns: Turn[], speakerOf: (t: Turn) => number, tracks: Word[][]): EdgeRow {
  const row: EdgeRow = { starts: 0, ends: 0, single: 0, wrongWords: 0, decidedWords: 0, turns: turns.length, examples: [] };
  turns.forEach((turn, n) => {
    const speaker = speakerOf(turn);
    const owners = turn.words.map((w) => ownerOf(w, tracks));
    const wrong = (i: number) => owners[i]! >= 0 && owners[i] !== speaker;
    for (const o of owners) if (o >= 0) row.decidedWords++;
    row.wrongWords += owners.filter((o) => o >= 0 && o !== speaker).length;
    const last = turn.words.length - 1;
    const context = () =>
      `${turns[n - 1]?.text.slice(-40) ?? ''} | ${turn.text.slice(0, 60)}${turn.text.length > 60 ? '…' : ''} | ${turns[n + 1]?.text.slice(0, 30) ?? ''}`;
    if (last === 0) {
      if (wrong(0)) [row.single, row.examples] = [row.single + 1, [...row.examples, `one-word  @${turn.start.toFixed(1)}  ${context()}`]];
      return;
    }
    if (wrong(0)) [row.starts, row.examples] = [row.starts + 1, [...row.examples, `starts    @${turn.start.toFixed(1)}  ${context()}`]];
    if (wrong(last)) [row.ends, row.examples] = [row.ends + 1, [...row.examples, `ends      @${turn.start.toFixed(1)}  ${context()}`]];
  });
  return row;
}
