import { useId, useState } from 'react';
import { call } from '../../ui/bridge';
import { useSaveToFile } from '../../ui/useSaveToFile';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/formats/exportFormats';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SavedTo } from '../../ui/SavedTo';

const formatNames: Record<ExportFormat, string> = {
  srt: 'SRT subtitles (.srt)',
  vtt: 'WebVTT subtitles (.vtt)',
  json: 'JSON (.json)',
  csv: 'CSV spreadsheet (.csv)',
  txt: 'Plain text (.txt)',
};

/** Saves the transcript in another tool's format; the main process asks where. */
export function ExportTranscript({ callId }: { callId: string }) {
  const [format, setFormat] = useState<ExportFormat>('srt');
  const { busy, error, savedTo, save } = useSaveToFile();
  const id = useId();
  const exportNow = () => save(async () => (await call('transcripts:export', { callId, format })).savedTo); // null: cancelled

  return (
    <div className="export-transcript">
      <div className="inline-fields">
        <label htmlFor={id} className="field-label inline">
          Export as
        </label>
        <select
          id={id}
          className="select small"
          data-testid="export-format"
          value={format}
          disabled={busy}
          onChange={(e) => setFormat(EXPORT_FORMATS.find((f) => f === e.target.value) ?? 'srt')}
        >
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {formatNames[f]}
            </option>
          ))}
        </select>
        <button type="button" className="button small" data-testid="export-transcript" disabled={busy} onClick={() => void exportNow()}>
          {busy ? 'Exporting…' : 'Export…'}
        </button>
      </div>
      <SavedTo path={savedTo} testId="export-result" />
      <ErrorMessage testId="export-error">{error}</ErrorMessage>
    </div>
  );
}
