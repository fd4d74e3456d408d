import type { SortKey } from './useCallFilter';

type Props = {
  filter: string;
  onFilter: (text: string) => void;
  sortKey: SortKey;
  onSort: (key: SortKey) => void;
  total: number;
  shown: number;
};

/** Filter box, sort order and how many calls are listed. */
export function LibraryToolbar({ filter, onFilter, sortKey, onSort, total, shown }: Props) {
  return (
    <div className="toolbar">
      <label className="toolbar-field">
        <span className="visually-hidden">Filter by title</span>
        <input
          type="search"
          className="text-input filter-input"
          data-testid="filter-input"
          placeholder="Filter by title"
          value={filter}
          onChange={(e) => onFilter(e.target.value)}
        />
      </label>
      <label className="toolbar-field">
        <span className="field-label inline">Sort by</span>
        <select className="select" data-testid="sort-select" value={sortKey} onChange={(e) => onSort(e.target.value === 'title' ? 'title' : 'date')}>
          <option value="date">Date recorded</option>
          <option value="title">Title</option>
        </select>
      </label>
      <span className="muted toolbar-count" aria-live="polite">
        {shown === total ? `${total} ${total === 1 ? 'call' : 'calls'}` : `${shown} of ${total} calls`}
      </span>
    </div>
  );
}
