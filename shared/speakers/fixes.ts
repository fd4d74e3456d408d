import { turnText, type Turn, type Word } from '../domain/transcript';

/**
 * The reviewer's fixes win over re-detection: every word of `detected` that falls inside a turn whose
 * speaker the user set (`speakerSetBy: 'user'`) in `previous` keeps that speaker. Those words form turns of
 * their own, still marked as the user's, so the next re-detection keeps them too.
 */
export function keepUserFixes(previous: Turn[], detected: Turn[]): Turn[] {
  const fixes = previous.filter((t) => t.speakerSetBy === 'user');
  if (fixes.length === 0) return detected;
  type Owned = { word: Word; speakerId: string; fixed: boolean; confidence: number | undefined; key: string };
  // A turn is a run of words from one fixed turn, or from one detected turn.
  const owned: Owned[] = detected.flatMap((turn, t) =>
    turn.words.map((word) => {
      const middle = (word.start + word.end) / 2;
      const f = fixes.findIndex((fix) => middle >= fix.start && middle <= fix.end);
      return f >= 0
        ? { word, speakerId: fixes[f]!.speakerId, fixed: true, confidence: undefined, key: `fix ${f}` }
        : { word, speakerId: turn.speakerId, fixed: false, confidence: turn.speakerConfidence, key: `turn ${t}` };
    }),
  );
  const turns: Turn[] = [];
  let run: Owned[] = [];
  const close = () => {
    if (run.length === 0) return;
    const words = run.map((o) => o.word);
    const first = run[0]!;
    turns.push({
      id: `t${turns.length + 1}`,
      speakerId: first.speakerId,
      start: words[0]!.start,
      end: words.at(-1)!.end,
      text: turnText(words),
      words,
      ...(first.fixed ? { speakerSetBy: 'user' as const } : first.confidence !== undefined ? { speakerConfidence: first.confidence } : {}),
    });
    run = [];
  };
  for (const o of owned) {
    const last = run.at(-1);
    if (last && last.key !== o.key) close();
    run.push(o);
  }
  close();
  return turns;
}
