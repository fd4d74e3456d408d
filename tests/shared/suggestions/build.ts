import type { Speaker } from '../../../shared/domain/call';
import type { Turn } from '../../../shared/domain/transcript';
import { readTurn } from '../../../shared/suggestions/text';

export const SPEAKERS: Speaker[] = [
  { id: 'rep', name: 'Dana', role: 'rep' },
  { id: 'p', name: 'Marcus', role: 'prospect' },
];

/** Turns from `['rep', 'text'], ['p', 'text']…`, words 0.4 s apart, 1 s between turns (like a transcript). */
export function turns(lines: [speaker: string, text: string][], startAt = 0): Turn[] {
  let at = startAt;
  return lines.map(([speakerId, text], i) => {
    const words = text
      .split(/\s+/)
      .filter(Boolean)
      .map((w, k) => ({ text: ` ${w}`, start: at + k * 0.4, end: at + k * 0.4 + 0.3, p: 0.9 }));
    const turn: Turn = { id: `t${i + 1}`, speakerId, start: words[0]!.start, end: words.at(-1)!.end, text, words };
    at = turn.end + 1;
    return turn;
  });
}

export const read = (text: string) => readTurn(turns([['p', text]])[0]!);
