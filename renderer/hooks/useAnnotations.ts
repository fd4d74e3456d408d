import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnnotationCommand, Annotations } from '../../shared/domain/annotations';
import { call, errorMessage } from '../bridge';

/** What the saved indicator shows: nothing changed yet, a save in flight, all saved, or why one failed. */
export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** A command, or one computed from the annotations as they are once earlier changes have landed. */
export type CommandSource = AnnotationCommand | ((current: Annotations) => AnnotationCommand | null);

export type AnnotationsControl = {
  /** null until loaded. */
  annotations: Annotations | null;
  loadError: string | null;
  saveState: SaveState;
  apply: (command: CommandSource) => void;
  undo: () => void;
  redo: () => void;
};

/**
 * A call's annotations with undo and redo. Every change goes to the main process, which saves it and
 * answers with the new annotations and the command that undoes it; undoing applies that inverse, whose
 * own inverse is the redo. Changes run one after another (a queue), so fast key presses and undo during
 * a save stay in order and each command is built from the state the previous one produced.
 */
export function useAnnotations(callId: string): AnnotationsControl {
  const [annotations, setAnnotations] = useState<Annotations | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const current = useRef<Annotations | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(0);
  const stacks = useRef<{ undo: AnnotationCommand[]; redo: AnnotationCommand[] }>({ undo: [], redo: [] });

  useEffect(() => {
    let live = true;
    current.current = null;
    stacks.current = { undo: [], redo: [] };
    setAnnotations(null);
    setLoadError(null);
    call('annotations:get', { callId }).then(
      (a) => {
        if (!live) return;
        current.current = a;
        setAnnotations(a);
      },
      (e: unknown) => live && setLoadError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [callId]);

  /** Sends one command (when there is one) and records its inverse on the given stack. */
  const enqueue = useCallback(
    (pick: () => AnnotationCommand | null, record: (inverse: AnnotationCommand) => void, onFail?: (command: AnnotationCommand) => void) => {
      queue.current = queue.current.then(async () => {
        const command = pick();
        if (!command) return;
        pending.current++;
        setSaveState({ kind: 'saving' });
        try {
          const result = await call('annotations:apply', { callId, command });
          current.current = result.annotations;
          setAnnotations(result.annotations);
          record(result.inverse);
          if (--pending.current === 0) setSaveState({ kind: 'saved' });
        } catch (e) {
          pending.current--;
          onFail?.(command);
          setSaveState({ kind: 'failed', message: errorMessage(e) });
        }
      });
    },
    [callId],
  );

  const apply = useCallback(
    (source: CommandSource) =>
      enqueue(
        () => {
          const a = current.current;
          if (!a) return null; // not loaded: nothing to change yet
          return typeof source === 'function' ? source(a) : source;
        },
        (inverse) => {
          stacks.current.undo.push(inverse);
          stacks.current.redo = []; // a new change forks history: the undone steps are gone
        },
      ),
    [enqueue],
  );

  // A failed undo/redo puts its command back, so the step is not lost and can be tried again.
  const undo = useCallback(
    () =>
      enqueue(
        () => stacks.current.undo.pop() ?? null,
        (inverse) => stacks.current.redo.push(inverse),
        (command) => stacks.current.undo.push(command),
      ),
    [enqueue],
  );
  const redo = useCallback(
    () =>
      enqueue(
        () => stacks.current.redo.pop() ?? null,
        (inverse) => stacks.current.undo.push(inverse),
        (command) => stacks.current.redo.push(command),
      ),
    [enqueue],
  );

  return { annotations, loadError, saveState, apply, undo, redo };
}
