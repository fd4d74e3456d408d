import { useEffect, useId, useRef, useState } from 'react';
import type { PainChain } from '../../shared/domain/annotations';
import { renameChainCommand } from '../../shared/domain/chains';
import { useReviewAnnotationsValue } from '../hooks/useReviewAnnotations';
import { ErrorMessage } from './ErrorMessage';
import { InlineNameEditor } from './InlineNameEditor';

type Waiting = { topic: string; resolve: () => void; reject: (e: Error) => void };

/**
 * A chain's topic, renamed inline. The editor stays open (what was typed kept) until the new name is
 * saved, and shows why when the save fails.
 */
export function ChainTopic({ chain }: { chain: PainChain }) {
  const { apply, saveState } = useReviewAnnotationsValue();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const waiting = useRef<Waiting | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const errorId = useId();
  const topic = chain.topic || 'Untitled chain';

  // The save's outcome: the chain shows the new name (saved), or the save state says why not.
  useEffect(() => {
    const w = waiting.current;
    if (!w) return;
    if (chain.topic === w.topic) {
      waiting.current = null;
      w.resolve();
      setEditing(false);
    } else if (saveState.kind === 'failed') {
      waiting.current = null;
      setError(`The new name was not saved: ${saveState.message}`);
      w.reject(new Error(saveState.message));
    }
  }, [chain.topic, saveState]);

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
    await new Promise<void>((resolve, reject) => {
      waiting.current = { topic: next, resolve, reject };
      apply((a) => renameChainCommand(a, chain.id, next));
    });
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
