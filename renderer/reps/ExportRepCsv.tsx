import { call } from '../ui/bridge';
import { useSaveToFile } from '../ui/useSaveToFile';
import { ErrorMessage } from '../ui/ErrorMessage';
import { SavedTo } from '../ui/SavedTo';

/** Saves every scorecard of the rep as one CSV (a row per call); the main process asks where. */
export function ExportRepCsv({ repName, disabled }: { repName: string; disabled: boolean }) {
  const { busy, error, savedTo, save } = useSaveToFile();
  const exportNow = () =>
    save(async () => {
      const { saved, path } = await call('reps:exportCsv', { repName });
      return saved ? path : null; // not saved: the user cancelled the save dialog
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
      <SavedTo path={savedTo} testId="export-rep-result" />
      <ErrorMessage testId="export-rep-error">{error}</ErrorMessage>
    </div>
  );
}
