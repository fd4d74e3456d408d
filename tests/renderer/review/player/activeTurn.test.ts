import { describe, expect, it } from 'vitest';
import type { Turn, Word } from '../../../../shared/domain/transcript';
import { turnAt } from '../../../../shared/domain/timeline';
import { createActiveTurnStore } from '../../../../renderer/review/player/activeTurn';
import { createPlaybackStore } from '../../../../renderer/review/player/playback';

function turn(id: string, start: number, end: number): Turn {
  const words: Word[] = [{ text: ' word', start, end, p: 1 }];
  return { id, speakerId: 's1', start, end, text: 'word', words };
}

const turns = [turn('t1', 0, 4), turn('t2', 5, 9), turn('t3', 10, 14)];

describe('the active turn', () => {
  it('follows playback forward turn by turn', () => {
    const playback = createPlaybackStore();
    const active = createActiveTurnStore(turns);
    active.connect(playback);
    for (const [time, index] of [
      [1, 0],
      [4.5, 0],
      [5, 1],
      [9.9, 1],
      [12, 2],
    ] as const) {
      playback.set({ time });
      expect(active.index()).toBe(index);
    }
  });

  it('agrees with turnAt when the media clock reads a seek back a hair before the next turn’s start', () => {
    const playback = createPlaybackStore();
    const active = createActiveTurnStore(turns);
    active.connect(playback);
    playback.set({ time: 3 }); // on the first turn, so the next tick takes the fast path
    const justBefore = 5 - 0.0004; // paused at the second turn's start, read back 0.4 ms early
    playback.set({ time: justBefore });
    expect(turnAt(turns, justBefore)).toBe(1);
    expect(active.index()).toBe(1);
    expect(active.slice('t2')).toBe(0);
  });
});
