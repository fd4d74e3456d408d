import { useEffect, useId, useState, type FormEvent } from 'react';
import { call, errorMessage } from '../ui/bridge';
import { ErrorMessage } from '../ui/ErrorMessage';

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as the value of an `<input type="datetime-local">`, in local time. */
export function toLocalInputValue(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value (local time, no zone) as an ISO instant in UTC, or null if incomplete. */
export function fromLocalInputValue(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return null;
  const d = new Date(value); // no offset in the string: the platform reads it as local time
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

type Props = { callId: string; recordedAt: string; onSaved: () => void };

/** When the call took place, editable (imports start from the file's date). */
export function RecordedAtForm({ callId, recordedAt, onSaved }: Props) {
  const original = toLocalInputValue(recordedAt);
  const [value, setValue] = useState(original);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  useEffect(() => setValue(original), [original]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const iso = fromLocalInputValue(value);
    if (!iso) {
      setError('Enter a complete date and time.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await call('calls:setRecordedAt', { callId, recordedAt: iso });
      onSaved();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  const dirty = value !== original;
  return (
    <form className="recorded-at-form" onSubmit={(e) => void submit(e)}>
      <label htmlFor={id} className="field-label">
        Recorded
      </label>
      <div className="inline-fields">
        <input
          id={id}
          type="datetime-local"
          className="text-input"
          value={value}
          disabled={saving}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            setValue(e.target.value);
            setError(null);
          }}
        />
        {dirty && (
          <>
            <button type="submit" className="button small primary" disabled={saving}>
              {saving ? 'Saving…' : 'Save'}
            </button>
            <button type="button" className="button small" disabled={saving} onClick={() => setValue(original)}>
              Revert
            </button>
          </>
        )}
      </div>
      <ErrorMessage>{error}</ErrorMessage>
    </form>
  );
}
