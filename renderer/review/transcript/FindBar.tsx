import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { TranscriptFind } from './useTranscriptFind';

/** "3 of 17", "No matches", or nothing before there is a query. */
function countText(find: TranscriptFind): string {
  if (!find.searched) return '';
  return find.count === 0 ? 'No matches' : `${find.current + 1} of ${find.count}`;
}

/**
 * The find box in the transcript panel's header: Enter / Shift+Enter (or the arrows) go to the next /
 * previous match, Esc closes it (the hook handles Esc, so it also works after a click elsewhere).
 */
export function FindBar({ find }: { find: TranscriptFind }) {
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  useEffect(() => {
    if (find.focusRequest === 0) return;
    input.current?.focus();
    input.current?.select();
  }, [find.focusRequest]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    e.preventDefault();
    find.step(e.shiftKey ? -1 : 1);
  };

  const none = find.count === 0;
  return (
    <div className="find-bar" role="search" data-testid="find-bar">
      <label htmlFor={inputId} className="visually-hidden">
        Find in transcript
      </label>
      <input
        ref={input}
        id={inputId}
        type="text"
        className="find-input"
        data-testid="find-input"
        placeholder="Find in transcript"
        autoComplete="off"
        spellCheck={false}
        value={find.query}
        onChange={(e) => find.setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className="find-count" data-testid="find-count" role="status" aria-live="polite">
        {countText(find)}
      </span>
      <button
        type="button"
        className="find-step"
        data-testid="find-previous"
        aria-label="Previous match"
        title="Previous match (Shift+Enter)"
        disabled={none}
        onClick={() => find.step(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="find-step"
        data-testid="find-next"
        aria-label="Next match"
        title="Next match (Enter)"
        disabled={none}
        onClick={() => find.step(1)}
      >
        ↓
      </button>
      <button type="button" className="find-step" data-testid="find-close" aria-label="Close find" title="Close (Esc)" onClick={find.close}>
        ×
      </button>
    </div>
  );
}
