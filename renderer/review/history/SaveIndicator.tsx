import type { SaveState } from './useAnnotations';

/** Whether the latest annotation change is on disk: every change saves at once, this says so. */
export function SaveIndicator({ state }: { state: SaveState }) {
  if (state.kind === 'idle') return null; // nothing changed yet in this visit: nothing to report
  // A failure says it was not saved before why ("Not saved: The transcript changed since…").
  const text = state.kind === 'saving' ? 'Saving…' : state.kind === 'saved' ? 'Saved' : `Not saved: ${state.message}`;
  return (
    <span className={`save-state ${state.kind}`} data-testid="save-state" data-state={state.kind} role={state.kind === 'failed' ? 'alert' : 'status'}>
      {text}
    </span>
  );
}
