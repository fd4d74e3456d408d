import { useState } from 'react';
import { SCORECARD_FORMATS, type ScorecardFormat } from '../../shared/formats/exportFormats';
import { call } from '../ui/bridge';
import { useSaveToFile } from '../ui/useSaveToFile';
import { ErrorMessage } from '../ui/ErrorMessage';
import { SavedTo } from '../ui/SavedTo';

const NAMES: Record<ScorecardFormat, string> = { html: 'HTML', pdf: 'PDF', csv: 'CSV', md: 'Markdown' };

/** Saves the call's scorecard as a report (the main process asks where), and says where it went. */
export function ScorecardExport({ callId }: { callId: string }) {
  const { busy, error, savedTo, save } = useSaveToFile();
  const [pending, setPending] = useState<ScorecardFormat | null>(null);

  const exportAs = (format: ScorecardFormat) =>
    save(async () => {
      setPending(format);
      try {
        const result = await call('scorecards:export', { callId, format });
        return result.saved ? result.path : null; // not saved: the user cancelled the save dialog
      } finally {
        setPending(null);
      }
    });

  return (
    <div className="scorecard-export">
      <div className="inline-fields" role="group" aria-label="Export the scorecard">
        <span className="field-label inline">Export</span>
        {SCORECARD_FORMATS.map((f) => (
          <button key={f} type="button" className="button small" data-testid={`scorecard-export-${f}`} disabled={busy} onClick={() => void exportAs(f)}>
            {pending === f ? 'Exporting…' : NAMES[f]}
          </button>
        ))}
      </div>
      <SavedTo path={savedTo} testId="scorecard-export-result" />
      <ErrorMessage testId="scorecard-export-error">{error && `Not exported: ${error}`}</ErrorMessage>
    </div>
  );
}
