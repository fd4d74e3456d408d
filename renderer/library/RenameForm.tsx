import { useId, useState } from 'react';
import { call, errorMessage } from '../ui/bridge';
import { Title, type CallSummary } from '../../shared/domain/call';
import { ErrorMessage } from '../ui/ErrorMessage';
import { InlineNameEditor } from '../ui/InlineNameEditor';

type Props = {
  callId: string;
  title: string;
  onSaved: (call: CallSummary) => void;
  onCancel: () => void;
};

/** Inline title editor: Enter saves, Escape cancels; errors show under the field. */
export function RenameForm({ callId, title, onSaved, onCancel }: Props) {
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  const save = async (value: string) => {
    const parsed = Title.safeParse(value);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'This title cannot be used.');
      throw new Error('invalid title');
    }
    if (parsed.data === title) return onCancel();
    setError(null);
    try {
      onSaved(await call('calls:rename', { callId, title: parsed.data }));
    } catch (e) {
      setError(errorMessage(e));
      throw e;
    }
  };

  return (
    <div className="rename-form" onClick={(e) => e.stopPropagation()}>
      <InlineNameEditor
        initial={title}
        label={`New title for “${title}”`}
        testId="rename-input"
        maxLength={250}
        onSave={save}
        onClose={onCancel}
        onEdit={() => setError(null)}
        describedBy={error ? errorId : undefined}
      />
      <ErrorMessage id={errorId}>{error}</ErrorMessage>
    </div>
  );
}
