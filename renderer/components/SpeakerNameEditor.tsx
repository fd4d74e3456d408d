import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

type Props = {
  name: string;
  /** Saves the new name; a rejection keeps the editor open (the row shows the error). */
  onSave: (name: string) => Promise<void>;
  onClose: () => void;
};

/** Inline speaker rename: Enter saves, Escape cancels. An unchanged name just closes. */
export function SpeakerNameEditor({ name, onSave, onClose }: Props) {
  const [value, setValue] = useState(name);
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const save = async () => {
    if (value.trim() === name) return onClose();
    setSaving(true);
    try {
      await onSave(value);
      onClose();
    } catch {
      setSaving(false); // the row shows why; the editor stays open to fix the name
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };

  return (
    <span className="speaker-name-editor">
      <input
        ref={input}
        type="text"
        className="text-input"
        data-testid="speaker-name-input"
        aria-label={`New name for ${name}`}
        value={value}
        maxLength={100}
        disabled={saving}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <button type="button" className="button small primary" data-testid="speaker-name-save" disabled={saving} onClick={() => void save()}>
        Save
      </button>
      <button type="button" className="button small" disabled={saving} onClick={onClose}>
        Cancel
      </button>
    </span>
  );
}
