import { describeFilters, type SearchFilterKey, type SearchFilters } from '../../shared/search/describe';
import { formatDay } from './dates';

/** The active filters as chips, each removable with its ×. */
export function FilterChips({ filters, onRemove }: { filters: SearchFilters; onRemove: (key: SearchFilterKey) => void }) {
  const chips = describeFilters(filters, formatDay);
  if (!chips.length) return null;
  return (
    <ul className="search-chips" aria-label="Active filters" data-testid="search-chips">
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
