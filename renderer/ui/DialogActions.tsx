import type { ReactNode } from 'react';

type Props = {
  /** While the submit's work runs: both buttons are disabled and the submit says `busyLabel`. */
  busy: boolean;
  onCancel: () => void;
  submitLabel: string;
  busyLabel: string;
  submitTestId: string;
  cancelTestId?: string;
  /** Shown before Cancel: a hint, or a secondary action such as Remove. */
  children?: ReactNode;
};

/** A form dialog's last row: Cancel, then the primary button that submits the form. */
export function DialogActions({ busy, onCancel, submitLabel, busyLabel, submitTestId, cancelTestId, children }: Props) {
  return (
    <div className="dialog-actions">
      {children}
      <button type="button" className="button" data-testid={cancelTestId} disabled={busy} onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button primary" data-testid={submitTestId} disabled={busy}>
        {busy ? busyLabel : submitLabel}
      </button>
    </div>
  );
}
