import { useSyncExternalStore } from 'react';

/** The value a store holds, with a number that is new each time it is set. */
export type Stamped<T> = T & { id: number };

/**
 * One current value for a view, held in module state and read with a hook: for what is set by code that
 * renders nothing (key bindings, menus already closed) and shown in one place (the Review view's notice,
 * its one Make clip dialog). Each `set` stamps a new id, so the same value set again counts as new: a notice
 * restarts its timer, a dialog opens afresh.
 */
export function createCurrentStore<T extends object>() {
  let current: Stamped<T> | null = null;
  let nextId = 1;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());

  const get = (): Stamped<T> | null => current;
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return {
    get,
    subscribe,
    set(value: T): void {
      current = { ...value, id: nextId++ };
      emit();
    },
    clear(): void {
      if (!current) return;
      current = null;
      emit();
    },
    useCurrent: (): Stamped<T> | null => useSyncExternalStore(subscribe, get),
  };
}
