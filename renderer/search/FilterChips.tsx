import { describeFilters, type SearchFilterKey, type SearchFilters } from '../../shared/search/describe';
import { formatDay } from './dates';
import type { LikeTurn } from './searchDraft';

type Props = {
  filters: SearchFilters;
  onRemove: (key: SearchFilterKey) => void;
  /** "Find moments like this": the turn, shown first as "Like: <its first words>". */
  like?: LikeTurn;
  onRemoveLike: () => void;
};

/** The active filters as chips, each removable with its ×. */
export function FilterChips({ filters, onRemove, like, onRemoveLike }: Props) {
  const chips = describeFilters(filters, formatDay);
  if (!chips.length && !like) return null;
  const likeText = `Like: ${like?.words || 'a turn'}`;
  return (
    <ul className="search-chips" aria-label="Active filters" data-testid="search-chips">
      {like && (
        <li className="search-chip like" data-testid="like-chip">
          <span title={like.words || undefined}>{likeText}</span>
          <button type="button" className="search-chip-remove" aria-label={`Remove “${likeText}”`} data-testid="like-chip-remove" onClick={onRemoveLike}>
            ×
          </button>
        </li>
      )}
      {chips.map((chip) => (
        <li key={chip.key} className="search-chip" data-testid="filter-chip" data-key={chip.key}>
          <span>{chip.text}</span>
          <button
            type="button"
            className="search-chip-remove"
            aria-label={`Remove filter: ${chip.text}`}
            data-testid="filter-chip-remove"
            onClick={() => onRemove(chip.key)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
