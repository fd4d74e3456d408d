/** The inline text editor of one turn; the draft lives here, above the row, so it outlives the row. */
export type TurnEditor = { turnId: string; draft: string; error: string | null; saving: boolean };

/** What is being edited, the word S splits before, the last edit's message, and a delete awaiting "yes". */
export type EditState = {
  editor: TurnEditor | null;
  chosen: { turnId: string; index: number } | null;
  notice: { turnId: string; text: string } | null;
  deleting: { turnId: string; question: string } | null;
};

export type EditStore = {
  get(): EditState;
  set(patch: Partial<EditState>): void;
  subscribe(listener: () => void): () => void;
};

export const NO_EDIT_STATE: EditState = { editor: null, chosen: null, notice: null, deleting: null };

/**
 * A tiny external store rather than React state in the view: typing re-renders only the editor that
 * reads the draft, and a row reads only its own slice (is it edited, which word is chosen, its notice).
 */
export function createEditStore(): EditStore {
  let state = NO_EDIT_STATE;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
