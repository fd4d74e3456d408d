import type { ReactNode } from 'react';
import { useAction } from './useAction';
import { Dialog } from './Dialog';
import { ErrorMessage } from './ErrorMessage';

type Props = {
  title: ReactNode;
  message: ReactNode;
  confirmLabel: string;
  /** The action; the dialog stays open and shows the error if it fails. */
  onConfirm: () => Promise<void>;
  onCancel: () => void;
};

/** A yes/no question before a destructive action. Cancel comes first and gets the focus. */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onCancel }: Props) {
  const { busy, error, run } = useAction();
  const confirm = () => run(async () => onConfirm());

  return (
    <Dialog title={title} onClose={() => !busy && onCancel()} testId="confirm-dialog" className="confirm-dialog">
      <p className="dialog-message">{message}</p>
      <ErrorMessage>{error}</ErrorMessage>
      <div className="dialog-actions">
        <button type="button" className="button" data-testid="confirm-cancel" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="button danger" data-testid="confirm-ok" onClick={() => void confirm()} disabled={busy}>
          {busy ? `${confirmLabel}…` : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
