import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

type Props = {
  initial: string;
  label: string;
  testId: string;
  saveTestId?: string;
  maxLength: number;
  /** Saves the new text; a rejection keeps the editor open (the caller shows why). */
  onSave: (value: string) => Promise<void>;
  onClose: () => void;
  /** Called on every keystroke, so a caller can clear an error it shows. */
  onEdit?: () => void;
  describedBy?: string;
};

/**
 * Inline text editor for a name or title: focused and selected on open, Enter saves, Escape cancels.
 * Keys and clicks stop here, so a list row around it does not also react (open the call, etc.).
 */
export function InlineNameEditor({ initial, label, testId, saveTestId, maxLength, onSave, onClose, onEdit, describedBy }: Props) {
  const [value, setValue] = useState(initial);
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const save = async () => {
    setSaving(true);
    try {
      await onSave(value);
    } catch {
      setSaving(false);
      return;
    }
    setSaving(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' && e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    if (e.key === 'Enter') void save();
    else onClose();
  };

  return (
    <span className="rename-row" onClick={(e) => e.stopPropagation()}>
      <input
        ref={input}
        type="text"
        className="text-input"
        data-testid={testId}
        aria-label={label}
        aria-invalid={describedBy ? true : undefined}
        aria-describedby={describedBy}
        value={value}
        maxLength={maxLength}
        disabled={saving}
        onChange={(e) => {
          setValue(e.target.value);
          onEdit?.();
        }}
        onKeyDown={onKeyDown}
      />
      <button type="button" className="button small primary" data-testid={saveTestId} disabled={saving} onClick={() => void save()}>
        Save
      </button>
      <button type="button" className="button small" disabled={saving} onClick={onClose}>
        Cancel
      </button>
    </span>
  );
}
