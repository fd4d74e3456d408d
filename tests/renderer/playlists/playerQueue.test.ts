import { describe, expect, it } from 'vitest';
import { activeTurnIndex, clipOver, locate, seek, skippedNote, startPosition, stepRate, withinClip } from '../../../renderer/playlists/playerQueue';

const item = (id: string, unavailable: string | null = null) => ({
  clip: { id, title: `Clip ${id}`, start: 10, end: 14 },
  audioUrl: unavailable ? null : `/media/${id}/a.wav`,
  unavailable,
});

describe('the playlist player queue', () => {
  it('moves to the next playable clip either way, naming the clips it passed over', () => {
    const items = [item('a'), item('b', 'The call “B” was deleted.'), item('c', 'The call “C” has no recording.'), item('d')];
    expect(seek(items, 1, 1)).toEqual({
      index: 3,
      skipped: [
        { title: 'Clip b', reason: 'The call “B” was deleted.' },
        { title: 'Clip c', reason: 'The call “C” has no recording.' },
      ],
    });
    expect(seek(items, 2, -1)).toEqual({
      index: 0,
      skipped: [
        { title: 'Clip c', reason: 'The call “C” has no recording.' },
        { title: 'Clip b', reason: 'The call “B” was deleted.' },
      ],
    });
    expect(seek(items, 4, 1)).toEqual({ index: null, skipped: [] });
    expect(seek(items, -1, -1)).toEqual({ index: null, skipped: [] });
    expect(seek([item('a'), item('b', 'gone')], 1, 1)).toEqual({ index: null, skipped: [{ title: 'Clip b', reason: 'gone' }] });
  });

  it('a clip with no audio is not played even when nothing names why', () => {
    const silent = { ...item('x'), audioUrl: null };
    expect(seek([silent], 0, 1)).toEqual({ index: null, skipped: [{ title: 'Clip x', reason: 'It has no recording.' }] });
  });

  it('says what it skipped in one sentence', () => {
    expect(skippedNote([])).toBeNull();
    expect(skippedNote([{ title: 'A', reason: 'gone' }])).toBe('Skipped a clip that can’t play: “A” (gone)');
    expect(
      skippedNote([
        { title: 'A', reason: 'gone' },
        { title: 'B', reason: 'no audio' },
      ]),
    ).toBe('Skipped 2 clips that can’t play: “A” (gone); “B” (no audio)');
  });

  it('starts at the first playable clip, or the first clip when none plays', () => {
    expect(startPosition([])).toBeNull();
    expect(startPosition([item('a', 'gone'), item('b')])).toEqual({ clipId: 'b', index: 1 });
    expect(startPosition([item('a', 'gone'), item('b', 'gone')])).toEqual({ clipId: 'a', index: 0 });
  });

  it('finds the current clip again after a reorder; one removed gives its place to the clip after it', () => {
    const items = [item('a'), item('b'), item('c')];
    expect(locate(items, null)).toBe(0);
    expect(locate([], { clipId: 'a', index: 0 })).toBeNull();
    expect(locate([item('c'), item('a'), item('b')], { clipId: 'b', index: 1 })).toBe(2);
    expect(locate([item('a'), item('c')], { clipId: 'b', index: 1 })).toBe(1);
    expect(locate([item('a')], { clipId: 'c', index: 2 })).toBe(0);
  });

  it('a clip is over at its end (within what timeupdate can see), and seeks stay inside it', () => {
    const clip = { start: 10, end: 14 };
    expect(clipOver(clip, 13.9)).toBe(false);
    expect(clipOver(clip, 13.96)).toBe(true);
    expect(clipOver(clip, 20)).toBe(true);
    expect(withinClip(clip, 2)).toBe(10);
    expect(withinClip(clip, 12.5)).toBe(12.5);
    expect(withinClip(clip, 99)).toBe(14);
  });

  it('the turn being spoken is the last one started, while it lasts', () => {
    const turns = [
      { start: 1, end: 3 },
      { start: 3, end: 4 },
      { start: 5, end: 8 },
    ];
    expect(activeTurnIndex(turns, 0.5)).toBe(-1);
    expect(activeTurnIndex(turns, 1)).toBe(0);
    expect(activeTurnIndex(turns, 3)).toBe(1);
    expect(activeTurnIndex(turns, 4.5)).toBe(-1);
    expect(activeTurnIndex(turns, 7.99)).toBe(2);
    expect(activeTurnIndex([], 1)).toBe(-1);
  });

  it('steps the speed between 0.75× and 2×, staying at the ends', () => {
    expect(stepRate(1, 1)).toBe(1.25);
    expect(stepRate(1, -1)).toBe(0.75);
    expect(stepRate(0.75, -1)).toBe(0.75);
    expect(stepRate(2, 1)).toBe(2);
    expect(stepRate(1.5, 1)).toBe(2);
    // A rate set elsewhere between the steps goes to the next step up or down.
    expect(stepRate(1.1, 1)).toBe(1.5);
    expect(stepRate(1.1, -1)).toBe(1);
  });
});
