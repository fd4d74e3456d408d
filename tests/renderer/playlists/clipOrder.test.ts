import { describe, expect, it } from 'vitest';
import { moveBy, moveTo, sameOrder } from '../../../renderer/playlists/clipOrder';

describe('reordering a playlist by hand', () => {
  it('moves one clip to another place (a drop), clamped to the list', () => {
    expect(moveTo(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveTo(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveTo(['a', 'b', 'c'], 0, 9)).toEqual(['b', 'c', 'a']);
    expect(moveTo(['a', 'b', 'c'], 5, 0)).toEqual(['a', 'b', 'c']);
  });

  it('moves one clip up or down a place (Move up/down, Alt+↑/↓); at an end it stays', () => {
    expect(moveBy(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveBy(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveBy(['a', 'b', 'c'], 'a', -1)).toBeNull();
    expect(moveBy(['a', 'b', 'c'], 'c', 1)).toBeNull();
    expect(moveBy(['a', 'b', 'c'], 'z', 1)).toBeNull();
  });

  it('tells an unchanged order apart', () => {
    expect(sameOrder(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameOrder(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameOrder(['a'], ['a', 'b'])).toBe(false);
  });
});
