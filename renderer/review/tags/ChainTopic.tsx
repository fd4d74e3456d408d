import { useEffect, useId, useRef, useState } from 'react';
import type { PainChain } from '../../../shared/domain/annotations';
import { renameChainCommand } from '../../../shared/domain/chains';
import { useReviewAnnotationsValue } from '../useReviewAnnotations';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { InlineNameEditor } from '../../ui/InlineNameEditor';

/**
 * A chain's topic, renamed inline. The editor stays open (what was typed kept) until the new name is
 * saved, and shows why when the save fails.
 */
export function ChainTopic({ chain }: { chain: PainChain }) {
  const { apply } = useReviewAnnotationsValue();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const errorId = useId();
  const topic = chain.topic || 'Untitled chain';

  // Back to the Rename button when the editor closes, so the keyboard user is where they were.
  useEffect(() => {
    if (!editing && wasEditing.current) renameButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const save = async (value: string) => {
    const next = value.trim();
    if (!next) {
      setError('A chain needs a name.');
      throw new Error('empty name'); // keeps the editor open; the message is what the user sees
    }
    if (next === chain.topic) {
      setEditing(false);
      return;
    }
    setError(null);
    const result = await apply((a) => renameChainCommand(a, chain.id, next));
    if (!result.ok) {
      setError(`The new name was not saved: ${result.message}`);
      throw new Error(result.message); // keeps the editor open with what was typed
    }
    setEditing(false);
  };

  if (editing) {
    return (
      <div className="chain-topic-editor">
        <InlineNameEditor
          initial={chain.topic}
          label={`New name for the chain ${topic}`}
          testId="chain-topic-input"
          saveTestId="chain-topic-save"
          maxLength={120}
          onSave={save}
          onClose={() => {
            setError(null);
            setEditing(false);
          }}
          onEdit={() => setError(null)}
          describedBy={error ? errorId : undefined}
        />
        <ErrorMessage id={errorId} testId="chain-topic-error">
          {error}
        </ErrorMessage>
      </div>
    );
  }
  return (
    <>
      <span className="chain-topic" data-testid="chain-topic">
        {topic}
      </span>
      <button
        ref={renameButton}
        type="button"
        className="button small quiet"
        data-testid="chain-rename"
        aria-label={`Rename the chain ${topic}`}
        onClick={() => setEditing(true)}
      >
        Rename
      </button>
    </>
  );
}
