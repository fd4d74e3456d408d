import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { call, errorMessage } from '../bridge';
import { Title, type CallSummary } from '../../shared/domain/call';
import { ErrorMessage } from './ErrorMessage';

type Props = {
  callId: string;
  title: string;
  onSaved: (call: CallSummary) => void;
  onCancel: () => void;
};

/** Inline title editor: Enter saves, Escape cancels; errors show under the field. */
export function RenameForm({ callId, title, onSaved, onCancel }: Props) {
  const [value, setValue] = useState(title);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const save = async () => {
    const parsed = Title.safeParse(value);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'This title cannot be used.');
      return;
    }
    if (parsed.data === title) {
      onCancel();
      return;
    }
    setSaving(true);
    setError(null);
    try {
      onSaved(await call('calls:rename', { callId, title: parsed.data }));
    } catch (e) {
      setError(errorMessage(e));
      setSaving(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      e.stopPropagation();
      void save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  };

  return (
    <div className="rename-form" onClick={(e) => e.stopPropagation()}>
      <div className="rename-row">
        <input
          ref={input}
          type="text"
          className="text-input"
          data-testid="rename-input"
          aria-label={`New title for “${title}”`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          value={value}
          maxLength={250}
          disabled={saving}
          onChange={(e) => {
            setValue(e.target.value);
            setError(null);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="button small primary" onClick={() => void save()} disabled={saving}>
          Save
        </button>
        <button type="button" className="button small" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
      <ErrorMessage id={errorId}>{error}</ErrorMessage>
    </div>
  );
}
