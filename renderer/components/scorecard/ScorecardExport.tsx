import { useState } from 'react';
import { SCORECARD_FORMATS, type ScorecardFormat } from '../../../shared/formats/scorecardExport';
import { call } from '../../bridge';
import { useAction } from '../../hooks/useAction';
import { ErrorMessage } from '../ErrorMessage';

const NAMES: Record<ScorecardFormat, string> = { html: 'HTML', pdf: 'PDF', csv: 'CSV', md: 'Markdown' };

/** Saves the call's scorecard as a report (the main process asks where), and says where it went. */
export function ScorecardExport({ callId }: { callId: string }) {
  const { busy, error, run } = useAction();
  const [savedTo, setSavedTo] = useState<string | null>(null);
  const [pending, setPending] = useState<ScorecardFormat | null>(null);

  const exportAs = (format: ScorecardFormat) =>
    run(async () => {
      setSavedTo(null);
      setPending(format);
      try {
        const result = await call('scorecards:export', { callId, format });
        setSavedTo(result.saved ? result.path : null); // not saved: the user cancelled the save dialog
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
      {savedTo && (
        <p className="success-message" role="status" data-testid="scorecard-export-result">
          Saved to <code className="file-name">{savedTo}</code>
        </p>
      )}
      <ErrorMessage testId="scorecard-export-error">{error && `Not exported: ${error}`}</ErrorMessage>
    </div>
  );
}
