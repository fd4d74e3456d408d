import { useId } from 'react';
import { ErrorMessage } from '../../ui/ErrorMessage';

type Props = { fileName: string; value: string; error: string | null; onChange: (value: string) => void };

/** One picked track and the name of the speaker heard on it. */
export function SpeakerTrackField({ fileName, value, error, onChange }: Props) {
  const id = useId();
  return (
    <div className="field track-field">
      <label htmlFor={id} className="field-label">
        Speaker on <span className="file-name">{fileName}</span>
      </label>
      <input
        id={id}
        type="text"
        className="text-input"
        data-testid="track-speaker"
        value={value}
        maxLength={100}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>
    </div>
  );
}
