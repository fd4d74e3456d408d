import type { RepSummary } from '../../shared/domain/reps';
import { repKey } from '../../shared/domain/reps';
import { hrefFor } from '../ui/useRoute';
import { DateTime } from '../ui/format';
import { DemoBadge } from '../ui/DemoBadge';

/** The library's reps, most recently active first; the chosen one is marked. */
export function RepList({ reps, chosen }: { reps: readonly RepSummary[]; chosen: string | null }) {
  const chosenKey = chosen === null ? null : repKey(chosen);
  return (
    <nav className="rep-list card" aria-label="Reps">
      <h2 className="card-title">Reps</h2>
      <ul>
        {reps.map((r) => {
          const current = repKey(r.name) === chosenKey;
          return (
            <li key={repKey(r.name)}>
              <a
                className={`rep-link${current ? ' current' : ''}`}
                href={hrefFor({ name: 'reps', repName: r.name })}
                aria-current={current ? 'page' : undefined}
                data-testid="rep-link"
                data-rep={r.name}
              >
                <span className="rep-name">
                  {r.name}
                  {r.demo && <DemoBadge what="rep" />}
                </span>
                <span className="muted rep-meta" data-testid="rep-meta">
                  {r.callCount} {r.callCount === 1 ? 'call' : 'calls'} · last <DateTime iso={r.lastRecordedAt} />
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
