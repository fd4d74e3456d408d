import { describe, expect, it } from 'vitest';
import { createCurrentStore } from '../../../renderer/ui/currentStore';

describe('createCurrentStore', () => {
  it('holds nothing until set, and stamps every set with a new id, even for the same value', () => {
    const store = createCurrentStore<{ text: string }>();
    expect(store.get()).toBeNull();
    store.set({ text: 'Saved' });
    const first = store.get();
    expect(first).toEqual({ text: 'Saved', id: expect.any(Number) });
    store.set({ text: 'Saved' });
    expect(store.get()?.id).not.toBe(first?.id);
    expect(store.get()).not.toBe(first); // a new snapshot, so useSyncExternalStore re-renders
  });

  it('tells its listeners of each set and of a clear, but not of clearing what is already empty', () => {
    const store = createCurrentStore<{ text: string }>();
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.clear();
    expect(calls).toBe(0);
    store.set({ text: 'a' });
    store.clear();
    expect(store.get()).toBeNull();
    expect(calls).toBe(2);
    unsubscribe();
    store.set({ text: 'b' });
    expect(calls).toBe(2);
  });

  it('keeps each store apart', () => {
    const a = createCurrentStore<{ text: string }>();
    const b = createCurrentStore<{ text: string }>();
    a.set({ text: 'a' });
    expect(b.get()).toBeNull();
  });
});
