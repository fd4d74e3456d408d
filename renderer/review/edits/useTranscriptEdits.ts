import { createContext, useContext, useMemo, useRef, useSyncExternalStore } from 'react';
import { createTranscriptEdits, type EditDeps, type TranscriptEdits } from './editActions';
import { createEditStore, type EditState } from './editStore';

const NO_DEPS: EditDeps = {
  transcript: { current: () => null, replace: () => {} },
  annotations: null,
  change: async () => ({ ok: false, message: 'Editing is not available here.' }),
  select: () => {},
  speakers: [],
};

/** Stable for the life of the view, so memoized rows can read it without re-rendering. */
export const TranscriptEditsContext = createContext<TranscriptEdits>(createTranscriptEdits(createEditStore(), () => NO_DEPS));

export const useTranscriptEditsValue = (): TranscriptEdits => useContext(TranscriptEditsContext);

/** A slice of the edit state; `select` must return a primitive or an object kept from the state. */
export function useEditState<T>(select: (state: EditState) => T): T {
  const { store } = useTranscriptEditsValue();
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

/** Owned by the Review view: the edit actions over the view's transcript, history and speakers. */
export function useTranscriptEdits(deps: EditDeps): TranscriptEdits {
  const latest = useRef(deps);
  latest.current = deps;
  return useMemo(() => createTranscriptEdits(createEditStore(), () => latest.current), []);
}
