import { describe, expect, it } from 'vitest';
import { createSelectionStore, dragRange, isRange, setEndAt, setStartAt } from '../../../../renderer/review/clips/rangeSelection';

describe('range selection', () => {
  it('[ then ] makes a range; ] before [ too; a second [ after the end starts over', () => {
    const half = setStartAt(null, 2, 11);
    expect(half).toEqual({ start: 2, end: 2 });
    expect(isRange(half)).toBe(false);
    const range = setEndAt(half, 5, 11);
    expect(range).toEqual({ start: 2, end: 5 });
    expect(isRange(range)).toBe(true);
    expect(setStartAt(range, 3, 11)).toEqual({ start: 3, end: 5 });
    expect(setStartAt(range, 6, 11)).toEqual({ start: 6, end: 6 });
    expect(setStartAt(setEndAt(null, 8, 11), 4, 11)).toEqual({ start: 4, end: 8 });
    expect(setEndAt(range, 1, 11)).toEqual({ start: 1, end: 1 });
  });

  it('keeps ends inside the call, and a drag either way is ordered', () => {
    expect(setEndAt({ start: 2, end: 2 }, 40, 11)).toEqual({ start: 2, end: 11 });
    expect(setStartAt(null, -1, 11)).toEqual({ start: 0, end: 0 });
    expect(dragRange(6, 2, 11)).toEqual({ start: 2, end: 6 });
    expect(dragRange(3, 99, 11)).toEqual({ start: 3, end: 11 });
  });

  it('the store tells its listeners of changes only', () => {
    const store = createSelectionStore();
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.set({ start: 1, end: 2 });
    store.set({ start: 1, end: 2 });
    store.set(null);
    store.set(null);
    stop();
    store.set({ start: 3, end: 4 });
    expect(calls).toBe(2);
    expect(store.get()).toEqual({ start: 3, end: 4 });
  });
});
