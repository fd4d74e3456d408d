import type { CallSummary } from '../../shared/domain/call';
import type { CallSort, SortKey } from './useCallFilter';
import type { ComparePick } from '../compare/useComparePick';
import { CallRow } from './CallRow';

type Props = {
  calls: CallSummary[];
  sort: CallSort;
  onSort: (key: SortKey) => void;
  renamingId: string | null;
  onRenameStart: (callId: string) => void;
  onRenameEnd: (renamed: boolean) => void;
  onDelete: (call: CallSummary) => void;
  /** Tick boxes for picking two calls to compare. */
  pick: ComparePick;
};

function SortHeader({ label, sortKey, sort, onSort }: { label: string; sortKey: SortKey; sort: CallSort; onSort: (k: SortKey) => void }) {
  const active = sort.key === sortKey;
  return (
    <th scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className={`sort-header${active ? ' active' : ''}`} onClick={() => onSort(sortKey)}>
        {label}
        <span className="sort-indicator" aria-hidden="true">
          {active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  );
}

/** The library's calls: title, date, duration, speakers, status and row actions. */
export function CallTable({ calls, sort, onSort, renamingId, onRenameStart, onRenameEnd, onDelete, pick }: Props) {
  return (
    <table className="call-table">
      <thead>
        <tr>
          <th scope="col" className="col-pick">
            <span className="visually-hidden">Compare</span>
          </th>
          <SortHeader label="Title" sortKey="title" sort={sort} onSort={onSort} />
          <SortHeader label="Recorded" sortKey="date" sort={sort} onSort={onSort} />
          <th scope="col" className="numeric">
            Duration
          </th>
          <th scope="col">Speakers</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {calls.map((c) => (
          <CallRow
            key={c.id}
            call={c}
            renaming={renamingId === c.id}
            onRenameStart={() => onRenameStart(c.id)}
            onRenameEnd={onRenameEnd}
            onDelete={() => onDelete(c)}
            pick={pick}
          />
        ))}
      </tbody>
    </table>
  );
}
