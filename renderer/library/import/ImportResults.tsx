import { useEffect, useRef } from 'react';
import { baseName } from '../../../shared/domain/title';
import type { ImportOutcome } from '../../../shared/domain/call';
import { busyLabel, type Importer, type ImportResult } from './useImporter';
import { navigate } from '../../ui/useRoute';

type Props = Pick<Importer, 'busy' | 'results' | 'notice' | 'dismissResult' | 'dismissNotice' | 'dismissAll'>;

function OutcomeText({ outcome, onOpen }: { outcome: ImportOutcome; onOpen: (callId: string) => void }) {
  switch (outcome.kind) {
    case 'imported':
      return (
        <>
          <p className="toast-text">
            Imported <strong>{outcome.call.title}</strong>
          </p>
          <button type="button" className="button small" onClick={() => onOpen(outcome.call.id)}>
            Open
          </button>
        </>
      );
    case 'duplicate':
      return (
        <>
          <p className="toast-text">
            <strong>{baseName(outcome.source)}</strong> is already in your library as “{outcome.existing.title}”
          </p>
          <button type="button" className="button small" data-testid="open-existing" onClick={() => onOpen(outcome.existing.id)}>
            Open existing
          </button>
        </>
      );
    case 'failed':
      return (
        <p className="toast-text">
          <strong>{baseName(outcome.source)}</strong>
          <span className="toast-detail">{outcome.error.message}</span>
        </p>
      );
  }
}

/** A successful import's toast goes by itself; a duplicate or a failure waits to be read and closed. */
const IMPORTED_TOAST_MS = 10_000;

function ResultItem({ result, onDismiss }: { result: ImportResult; onDismiss: () => void }) {
  const { outcome } = result;
  const latest = useRef(onDismiss);
  latest.current = onDismiss;
  useEffect(() => {
    if (outcome.kind !== 'imported') return;
    const timer = setTimeout(() => latest.current(), IMPORTED_TOAST_MS);
    return () => clearTimeout(timer);
  }, [outcome.kind]);
  return (
    <li className={`toast toast-${outcome.kind}`} data-testid="import-result" data-kind={outcome.kind}>
      <div className="toast-body">
        <OutcomeText
          outcome={outcome}
          onOpen={(callId) => {
            onDismiss();
            navigate({ name: 'review', callId });
          }}
        />
      </div>
      <button type="button" className="toast-close" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </li>
  );
}

/** Bottom-right list of what the last import did, plus its progress and any notice. */
export function ImportResults({ busy, results, notice, dismissResult, dismissNotice, dismissAll }: Props) {
  // Always mounted (empty when idle) so screen readers announce what appears in it.
  return (
    <section className="toasts" data-testid="import-results" aria-label="Import results" aria-live="polite">
      {busy && (
        <p className="toast toast-busy" role="status">
          <span className="spinner" aria-hidden="true" />
          {busyLabel(busy)}
        </p>
      )}
      {notice && (
        <div
          className={`toast toast-${notice.tone === 'error' ? 'failed' : 'info'}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
          data-testid="import-notice"
        >
          <p className="toast-body toast-text">{notice.message}</p>
          <button type="button" className="toast-close" aria-label="Dismiss" onClick={dismissNotice}>
            ×
          </button>
        </div>
      )}
      {results.length > 0 && (
        <ul className="toast-list">
          {results.map((r) => (
            <ResultItem key={r.id} result={r} onDismiss={() => dismissResult(r.id)} />
          ))}
        </ul>
      )}
      {results.length + (notice ? 1 : 0) > 1 && !busy && (
        <button type="button" className="button small quiet toasts-dismiss" onClick={dismissAll}>
          Dismiss all
        </button>
      )}
    </section>
  );
}
