import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnnotationCommand, Annotations } from '../../../shared/domain/annotations';
import { transcriptVersion, type Transcript } from '../../../shared/domain/transcript';
import { applySplice, spliceApplies, type TranscriptSplice } from '../../../shared/domain/transcriptEdits';
import { call, errorMessage } from '../../ui/bridge';
import { createUndoHistory } from './undoHistory';

/** What the saved indicator shows: nothing changed yet, a save in flight, all saved, or why one failed. */
export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** One saved change: to the call's annotations, or to its transcript. */
export type Change = { kind: 'annotations'; command: AnnotationCommand } | { kind: 'transcript'; splice: TranscriptSplice };

/** What a change is built from: both documents as they are once earlier changes have landed. */
export type ReviewState = { annotations: Annotations; transcript: Transcript | null };

/** One undo step (changes applied in order), or one computed from the state when its turn comes. */
export type StepSource = Change[] | ((current: ReviewState) => Change[] | null);

/** An annotation command, or one computed from the annotations when its turn comes. */
export type CommandSource = AnnotationCommand | ((current: Annotations) => AnnotationCommand | null);

/** The transcript as the view shows it, read and replaced by the history (edits apply locally too). */
export type TranscriptAccess = { current: () => Transcript | null; replace: (t: Transcript) => void };

/** How a step ended, for a form that stays open with its text when the save failed. */
export type StepResult = { ok: true } | { ok: false; message: string };

export type AnnotationsControl = {
  /** null until loaded. */
  annotations: Annotations | null;
  loadError: string | null;
  saveState: SaveState;
  /** Resolves once the step has had its turn (never rejects: a failure is also in `saveState`). */
  apply: (command: CommandSource) => Promise<StepResult>;
  /** Any step: a transcript edit, or an edit together with the annotations it affects (one undo). */
  change: (step: StepSource) => Promise<StepResult>;
  undo: () => void;
  redo: () => void;
};

/**
 * A call's annotations and transcript edits with one undo history. Every change goes to the main
 * process, which saves it and answers with the change that undoes it; undoing applies that inverse,
 * whose own inverse is the redo. Changes run one after another (a queue), so fast key presses and undo
 * during a save stay in order and each change is built from the state the previous one produced.
 * The history belongs to the transcript shown: a new one (re-transcribed, imported) starts it over.
 */
export function useAnnotations(callId: string, transcript: TranscriptAccess): AnnotationsControl {
  const [annotations, setAnnotations] = useState<Annotations | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const current = useRef<Annotations | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(0);
  const history = useRef(createUndoHistory<Change[]>());
  const transcriptRef = useRef(transcript);
  transcriptRef.current = transcript;

  useEffect(() => {
    let live = true;
    current.current = null;
    history.current = createUndoHistory();
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

  /** Saves one change, made on transcript `version`, and shows its result; answers the change that undoes it. */
  const save = useCallback(
    async (c: Change, version: string | null): Promise<Change> => {
      if (c.kind === 'annotations') {
        const result = await call('annotations:apply', { callId, command: c.command });
        current.current = result.annotations;
        setAnnotations(result.annotations);
        return { kind: 'annotations', command: result.inverse };
      }
      const { inverse, turns } = await call('transcript:edit', { callId, splice: c.splice });
      const shown = transcriptRef.current.current();
      // Shows the turns as main saved them; the other turns keep their objects, so only the edited
      // rows re-render. A transcript reloaded or replaced meanwhile already shows what main has.
      if (shown && transcriptVersion(shown) === version && spliceApplies(shown, c.splice)) {
        transcriptRef.current.replace(applySplice(shown, { ...c.splice, insert: turns }).next);
      }
      return { kind: 'transcript', splice: inverse };
    },
    [callId],
  );

  /**
   * Runs one step when its turn comes and records its inverse. A step failing midway still records the
   * inverse of what did land, so that part can be undone; a failed undo/redo puts its step back.
   */
  const enqueue = useCallback(
    (
      pick: (version: string | null) => Change[] | null,
      record: (version: string | null, inverse: Change[]) => void,
      onFail?: (version: string | null, step: Change[]) => void,
    ): Promise<StepResult> => {
      const done = queue.current.then(async (): Promise<StepResult> => {
        // The transcript the step is built on: its inverse belongs to that transcript's history.
        const version = transcriptVersion(transcriptRef.current.current());
        let step: Change[] | null;
        try {
          step = pick(version);
        } catch (e) {
          // A change that cannot be built (e.g. relinking a pain under its own child) is refused
          // with its reason; the queue goes on, so later changes still save.
          const message = errorMessage(e);
          setSaveState({ kind: 'failed', message });
          return { ok: false, message };
        }
        if (!step || step.length === 0) return { ok: true };
        pending.current++;
        setSaveState({ kind: 'saving' });
        const inverse: Change[] = [];
        try {
          for (const c of step) inverse.unshift(await save(c, version)); // undone in reverse order
          record(version, inverse);
          if (--pending.current === 0) setSaveState({ kind: 'saved' });
          return { ok: true };
        } catch (e) {
          pending.current--;
          if (inverse.length > 0) record(version, inverse);
          else onFail?.(version, step);
          const message = errorMessage(e);
          setSaveState({ kind: 'failed', message });
          return { ok: false, message };
        }
      });
      queue.current = done.then(() => undefined);
      return done;
    },
    [save],
  );

  const change = useCallback(
    (source: StepSource) =>
      enqueue(
        () => {
          const a = current.current;
          if (!a) return null; // not loaded: nothing to change yet
          return typeof source === 'function' ? source({ annotations: a, transcript: transcriptRef.current.current() }) : source;
        },
        (version, inverse) => history.current.changed(version, inverse),
      ),
    [enqueue],
  );

  const apply = useCallback(
    (source: CommandSource) =>
      change(({ annotations: a }) => {
        const command = typeof source === 'function' ? source(a) : source;
        return command ? [{ kind: 'annotations', command }] : null;
      }),
    [change],
  );

  const undo = useCallback(
    () =>
      enqueue(
        (version) => history.current.takeUndo(version),
        (version, inverse) => history.current.undone(version, inverse),
        (version, step) => history.current.putBack(version, 'undo', step),
      ),
    [enqueue],
  );
  const redo = useCallback(
    () =>
      enqueue(
        (version) => history.current.takeRedo(version),
        (version, inverse) => history.current.redone(version, inverse),
        (version, step) => history.current.putBack(version, 'redo', step),
      ),
    [enqueue],
  );

  return { annotations, loadError, saveState, apply, change, undo, redo };
}
