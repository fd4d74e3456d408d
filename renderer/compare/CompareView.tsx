import { useMemo } from 'react';
import { compareScorecards } from '../../shared/scorecard/comparison';
import { CompareCallCard } from './CompareCallCard';
import { ComparisonTable } from './ComparisonTable';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useCallScorecard } from '../scorecard/useCallScorecard';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useLibraryInfo } from '../ui/useLibraryInfo';
import { hrefFor } from '../ui/useRoute';

/** The rep both calls share, if any: where "back to the trend" leads. */
function sharedRep(...speakerLists: Array<readonly { name: string; role: string }[] | undefined>): string | null {
  const [first, ...rest] = speakerLists.map((l) => (l ?? []).filter((s) => s.role === 'rep').map((s) => s.name.trim()));
  const key = (n: string) => n.toLocaleLowerCase();
  return first?.find((n) => rest.every((names) => names.some((m) => key(m) === key(n)))) ?? null;
}

/** Two calls side by side: each one's overall score and formula, then the main figures with B against A. */
export function CompareView({ a, b }: { a: string; b: string }) {
  useDocumentTitle('Compare calls');
  const library = useLibraryInfo();
  // Until the library's criteria are known the rubric would be scored on the defaults: wait for them.
  const criteria = library.info?.rubricCriteria ?? null;
  const left = useCallScorecard(a, criteria);
  const right = useCallScorecard(b, criteria);
  const ready = left.scorecard && right.scorecard && (library.info || library.error);
  const figures = useMemo(
    () => (left.scorecard && right.scorecard ? compareScorecards(left.scorecard, right.scorecard) : null),
    [left.scorecard, right.scorecard],
  );
  const rep = sharedRep(left.call?.speakers, right.call?.speakers);

  return (
    <main className="view compare-view" data-testid="compare-view">
      <nav className="top-bar">
        <a className="back-link" href={hrefFor({ name: 'library' })} data-testid="compare-back">
          ← Library
        </a>
        <a className="button quiet" href={hrefFor({ name: 'reps', repName: rep })} data-testid="compare-reps-link">
          {rep ? `${rep}’s trend` : 'Reps & trends'}
        </a>
      </nav>
      <h1 className="page-title">Compare two calls</h1>
      {a === b && <p className="muted">Both sides are the same call: pick two different calls to see differences.</p>}
      <ErrorMessage testId="compare-library-error">
        {library.error && `The library’s rubric could not be read (${library.error}); the default criteria are used.`}
      </ErrorMessage>

      <div className="compare-columns">
        <CompareCallCard side="A" callId={a} state={left} />
        <CompareCallCard side="B" callId={b} state={right} />
      </div>

      {ready && figures && (
        <section aria-label="Figures side by side">
          <ComparisonTable figures={figures} a={a} b={b} />
          <p className="muted compare-foot">
            Green marks the better call on each figure. Talk ratio counts anything up to 45% as equally good. Times open the call’s review.
          </p>
        </section>
      )}
    </main>
  );
}
