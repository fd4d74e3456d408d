/**
 * The undo and redo stacks of one version of a call's transcript. Steps hold transcript splices, which
 * only apply to the transcript they were made on: when the transcript is replaced (re-transcribed, or
 * another VTT/SRT imported over it) its history is dropped, as a new document starts a new history.
 * Every operation names the version it acts on; a different version than the stacks' starts them over.
 */
export type UndoHistory<Step> = {
  /** A new change landed: it can be undone, and the steps undone before it can no longer be redone. */
  changed(version: string | null, inverse: Step): void;
  /** The step to undo now (removed), or null when there is none for this version. */
  takeUndo(version: string | null): Step | null;
  /** An undo landed: its inverse is the redo. */
  undone(version: string | null, inverse: Step): void;
  takeRedo(version: string | null): Step | null;
  /** A redo landed: its inverse can be undone again. */
  redone(version: string | null, inverse: Step): void;
  /** A taken step that failed before anything landed goes back where it was. */
  putBack(version: string | null, stack: 'undo' | 'redo', step: Step): void;
};

export function createUndoHistory<Step>(): UndoHistory<Step> {
  let current: string | null = null;
  let undo: Step[] = [];
  let redo: Step[] = [];
  const at = (version: string | null) => {
    if (version === current) return;
    current = version;
    undo = [];
    redo = [];
  };
  return {
    changed(version, inverse) {
      at(version);
      undo.push(inverse);
      redo = []; // a new change forks history: the undone steps are gone
    },
    takeUndo(version) {
      at(version);
      return undo.pop() ?? null;
    },
    undone(version, inverse) {
      at(version);
      redo.push(inverse);
    },
    takeRedo(version) {
      at(version);
      return redo.pop() ?? null;
    },
    redone(version, inverse) {
      at(version);
      undo.push(inverse);
    },
    putBack(version, stack, step) {
      at(version);
      (stack === 'undo' ? undo : redo).push(step);
    },
  };
}
