import { call } from '../ui/bridge';
import { ConfirmDialog } from '../ui/ConfirmDialog';

type Props = {
  callId: string;
  title: string;
  onDeleted: () => void;
  onCancel: () => void;
  /** Told when the delete request starts (true) and if it fails (false), e.g. to pause refetching. */
  onPending?: (pending: boolean) => void;
};

/** Confirms, then deletes a call with its recording and notes. */
export function DeleteCallDialog({ callId, title, onDeleted, onCancel, onPending }: Props) {
  return (
    <ConfirmDialog
      title={`Delete “${title}”?`}
      message="This removes its recording and all its notes from the library."
      confirmLabel="Delete"
      onCancel={onCancel}
      onConfirm={async () => {
        onPending?.(true);
        try {
          await call('calls:delete', { callId });
        } catch (e) {
          onPending?.(false);
          throw e;
        }
        onDeleted();
      }}
    />
  );
}
