import { useState } from 'react';
import { call } from '../../bridge';
import { useAction } from '../../hooks/useAction';
import { ErrorMessage } from '../ErrorMessage';

/** Saves every scorecard of the rep as one CSV (a row per call); the main process asks where. */
export function ExportRepCsv({ repName, disabled }: { repName: string; disabled: boolean }) {
  const { busy, error, run } = useAction();
  const [savedTo, setSavedTo] = useState<string | null>(null);

  const exportNow = () =>
    run(async () => {
      setSavedTo(null);
      const { saved, path } = await call('reps:exportCsv', { repName });
      if (saved) setSavedTo(path); // not saved: the user cancelled the save dialog
    });

  return (
    <div className="export-rep">
      <button
        type="button"
        className="button"
        data-testid="export-rep-csv"
        disabled={busy || disabled}
        title={disabled ? 'This rep has no call whose scorecard can be read.' : undefined}
        onClick={() => void exportNow()}
      >
        {busy ? 'Exporting…' : 'Export scorecards as CSV…'}
      </button>
      {savedTo && (
        <p className="success-message" role="status" data-testid="export-rep-result">
          Saved to <code className="file-name">{savedTo}</code>
        </p>
      )}
      <ErrorMessage testId="export-rep-error">{error}</ErrorMessage>
    </div>
  );
}
