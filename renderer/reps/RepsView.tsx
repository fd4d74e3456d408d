import { ErrorMessage } from '../ui/ErrorMessage';
import { RepList } from './RepList';
import { RepsEmpty } from './RepsEmpty';
import { RepTrendPanel } from './RepTrendPanel';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useReps } from './useReps';
import { hrefFor } from '../ui/useRoute';
import { repKey } from '../../shared/domain/reps';

/** Reps across calls: choose a rep to see their figures over time and compare two of their calls. */
export function RepsView({ repName }: { repName: string | null }) {
  const reps = useReps();
  useDocumentTitle(repName ? `${repName} — Reps & trends` : 'Reps & trends');
  const list = reps.data;
  // The name in the link may differ in case or spaces from the rep's current spelling: show theirs.
  const found = repName === null ? undefined : list?.find((r) => repKey(r.name) === repKey(repName));

  return (
    <main className="view reps-view" data-testid="reps-view">
      <nav className="top-bar">
        <a className="back-link" href={hrefFor({ name: 'library' })} data-testid="reps-back">
          ← Library
        </a>
      </nav>
      <h1 className="page-title">Reps &amp; trends</h1>

      <ErrorMessage testId="reps-error">{reps.error && `Could not list the reps: ${reps.error.message}`}</ErrorMessage>
      {!list && !reps.error && (
        <p className="loading" role="status">
          Loading reps…
        </p>
      )}
      {list && list.length === 0 && <RepsEmpty />}
      {list && list.length > 0 && (
        <div className="reps-layout">
          <RepList reps={list} chosen={found?.name ?? null} />
          {found ? (
            <RepTrendPanel key={repKey(found.name)} repName={found.name} />
          ) : repName !== null ? (
            <p className="muted reps-choose" data-testid="rep-unknown">
              No speaker called “{repName}” is marked as the rep on any call in this library. Choose a rep from the list.
            </p>
          ) : (
            <p className="muted reps-choose" data-testid="reps-choose">
              Choose a rep to see how their calls went over time.
            </p>
          )}
        </div>
      )}
    </main>
  );
}
