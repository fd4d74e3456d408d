import { useEditState, useTranscriptEditsValue } from './useTranscriptEdits';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

/** Asks before deleting a turn that carries marks: the turn and its marks go (and come back) together. */
export function DeleteTurnDialog() {
  const edits = useTranscriptEditsValue();
  const deleting = useEditState((s) => s.deleting);
  if (!deleting) return null;
  return (
    <ConfirmDialog
      title="Delete this turn?"
      message={deleting.question}
      confirmLabel="Delete turn"
      onConfirm={edits.confirmDelete}
      onCancel={edits.cancelDelete}
    />
  );
}
