import { useState } from 'react';
import type { Suggestion, SuggestionKind } from '../../../shared/suggestions';
import { countByKind, KIND_LABELS, SUGGESTION_KINDS, suggestionLabel } from './suggestionsByTurn';
import { useReviewAnnotationsValue } from '../useReviewAnnotations';
import { revealTurn } from '../transcript/useRevealTurn';
import { navigate } from '../../ui/useRoute';
import { useSuggestionsValue } from './useSuggestions';
import { formatTimestamp } from '../../ui/format';

function SuggestionItem({ suggestion: s, onOpen }: { suggestion: Suggestion; onOpen: () => void }) {
  return (
    <li className={`suggestion-item kind-${s.kind}${s.kind === 'pain' ? ` level-${s.level}` : ''}`} data-testid="suggestion-item" data-suggestion-id={s.id}>
      <button type="button" className="suggestion-item-button" data-testid="suggestion-item-open" title={`${s.reason}\nShow this turn`} onClick={onOpen}>
        <span className="suggestion-item-head">
          <span className="suggestion-item-kind">{suggestionLabel(s)}</span>
          <span className="suggestion-item-time">{formatTimestamp(s.span.start)}</span>
        </span>
        <span className="suggestion-item-excerpt">“{s.excerpt}”</span>
      </button>
    </li>
  );
}

/**
 * The call's open suggestions: how many of each kind (each a filter), the list in time order (a click
 * selects the turn and scrolls the transcript to it), whether chips show on the transcript, and why there
 * are none when the speakers' roles are not set.
 */
export function SuggestionsPanel({ callId }: { callId: string }) {
  const { all, unavailable, chipsShown, showChips, inTranscript } = useSuggestionsValue();
  const { annotations, select } = useReviewAnnotationsValue();
  const [kind, setKind] = useState<SuggestionKind | null>(null);
  const counts = countByKind(all);
  // A kind whose last suggestion went stops filtering, rather than leaving an empty list.
  const filter = kind && counts[kind] > 0 ? kind : null;
  const shown = filter ? all.filter((s) => s.kind === filter) : all;
  const open = (s: Suggestion) => {
    select(s.turnId);
    revealTurn(s.turnId); // from the scorecard tab: once the transcript shows
    if (!inTranscript) navigate({ name: 'review', callId });
  };

  return (
    <section className="card suggestions-panel" aria-labelledby="suggestions-heading" data-testid="suggestions-panel">
      <div className="card-header">
        <h3 id="suggestions-heading" className="card-title">
          Suggestions
        </h3>
        {!unavailable && all.length > 0 && (
          <span className="muted mark-count" data-testid="suggestions-count">
            {all.length}
          </span>
        )}
      </div>
      {unavailable ? (
        <p className="suggestions-unavailable" data-testid="suggestions-unavailable">
          {unavailable} <span className="muted">Set each speaker’s role in the Speakers panel below.</span>
        </p>
      ) : !annotations ? (
        <p className="muted">Suggestions appear once the call’s annotations have loaded.</p>
      ) : all.length === 0 ? (
        <p className="muted" data-testid="suggestions-none">
          No open suggestions: nothing found, or everything found is accepted, dismissed or already marked.
        </p>
      ) : (
        <>
          <div className="suggestion-counts" role="group" aria-label="Show one kind">
            {SUGGESTION_KINDS.map((k) => (
              <button
                key={k}
                type="button"
                className={`suggestion-count kind-${k}`}
                data-testid="suggestion-count"
                data-kind={k}
                aria-pressed={filter === k}
                disabled={counts[k] === 0}
                onClick={() => setKind(filter === k ? null : k)}
              >
                {KIND_LABELS[k]} <span className="suggestion-count-value">{counts[k]}</span>
              </button>
            ))}
          </div>
          <ul className="suggestion-list" data-testid="suggestion-list">
            {shown.map((s) => (
              <SuggestionItem key={s.id} suggestion={s} onOpen={() => open(s)} />
            ))}
          </ul>
        </>
      )}
      {!unavailable && (
        <label className="suggestions-toggle">
          <input type="checkbox" data-testid="suggestions-show-inline" checked={chipsShown} onChange={(e) => showChips(e.target.checked)} />
          Show suggestions on the transcript
        </label>
      )}
      <p className="hint keys-hint">
        <kbd>Enter</kbd> accept · <kbd>Backspace</kbd> dismiss the selected turn’s first suggestion
      </p>
      <p className="hint suggestions-note">Found on this computer by word rules; a suggestion is yours only once you accept it.</p>
    </section>
  );
}
