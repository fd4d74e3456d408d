import { memo, useEffect, useState } from 'react';
import type { Suggestion } from '../../../shared/suggestions';
import { suggestionLabel } from './suggestionsByTurn';
import { focusSuggestion, unfocusSuggestion } from './useSuggestionFocus';
import { useSuggestionActionsValue } from './useSuggestions';

/** What hovering the chip tells: why the rule fired, and for a missed follow-up what to ask instead. */
const explanation = (s: Suggestion) => (s.kind === 'missed-follow-up' ? `${s.reason}\nAsk instead: ${s.shouldHaveAsked}` : s.reason);

function SuggestionChip({ turnId, suggestion: s }: { turnId: string; suggestion: Suggestion }) {
  const actions = useSuggestionActionsValue();
  const [open, setOpen] = useState(false);
  const label = suggestionLabel(s);
  const mark = () => focusSuggestion({ turnId, span: s.span });
  const unmark = () => unfocusSuggestion(s.span);
  useEffect(() => () => unfocusSuggestion(s.span), [s.span]); // accepted while hovered: unmark its words
  const level = s.kind === 'pain' ? ` level-${s.level}` : '';
  return (
    <li
      className={`suggestion-chip kind-${s.kind}${level}${open ? ' open' : ''}`}
      data-testid="suggestion-chip"
      data-suggestion-id={s.id}
      data-kind={s.kind}
      title={explanation(s)}
      onMouseEnter={mark}
      onMouseLeave={unmark}
      onFocus={mark}
      onBlur={unmark}
    >
      <button type="button" className="suggestion-chip-label" data-testid="suggestion-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span className="suggestion-chip-prefix">Suggested:</span> <span data-testid="suggestion-kind">{label}</span>
      </button>
      <button
        type="button"
        className="suggestion-chip-action accept"
        data-testid="suggestion-accept"
        aria-label={`Accept suggestion: ${label}`}
        onClick={() => actions.accept(s)}
      >
        Accept
      </button>
      <button
        type="button"
        className="suggestion-chip-action dismiss"
        data-testid="suggestion-dismiss"
        aria-label={`Dismiss suggestion: ${label}`}
        onClick={() => actions.dismiss(s)}
      >
        Dismiss
      </button>
      {open && (
        <div className="suggestion-detail" data-testid="suggestion-detail">
          <p className="suggestion-reason">{s.reason}</p>
          {s.kind === 'missed-follow-up' && (
            <p className="suggestion-asked" data-testid="suggestion-asked">
              <span className="suggestion-asked-label">Ask instead:</span> {s.shouldHaveAsked}
            </p>
          )}
        </div>
      )}
    </li>
  );
}

/**
 * A turn's open suggestions, dashed so they never read as the reviewer's own marks. Memoized on the
 * turn's array (see suggestionsByTurn): accepting elsewhere leaves these alone.
 */
export const SuggestionChips = memo(function SuggestionChips({ turnId, suggestions }: { turnId: string; suggestions: readonly Suggestion[] }) {
  if (suggestions.length === 0) return null;
  return (
    <ul className="suggestion-chips" aria-label="Suggestions for this turn" data-testid="suggestion-chips">
      {suggestions.map((s) => (
        <SuggestionChip key={s.id} turnId={turnId} suggestion={s} />
      ))}
    </ul>
  );
});
