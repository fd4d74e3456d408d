import { useEffect, useId, useState, type FormEvent } from 'react';
import { call } from '../ui/bridge';
import { useAction } from '../ui/useAction';
import type { LibraryInfo } from '../../shared/contract';
import { ErrorMessage } from '../ui/ErrorMessage';

type Props = { myName: string | null; onSaved: (info: LibraryInfo) => void };

/** Settings: the rep's own name in this library, so calls know which speaker is the rep without asking. */
export function MyNameSection({ myName, onSaved }: Props) {
  const original = myName ?? '';
  const [value, setValue] = useState(original);
  const { busy: saving, error, run } = useAction();
  const [message, setMessage] = useState<string | null>(null);
  const id = useId();

  useEffect(() => setValue(original), [original]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    await run(async () => {
      const info = await call('library:setMyName', { name: value.trim() || null });
      onSaved(info);
      setMessage(info.myName ? `Saved: you are “${info.myName}”.` : 'Your name is cleared.');
    });
  };

  return (
    <section className="card settings-section" aria-labelledby={`${id}-heading`} data-testid="my-name-section">
      <h2 id={`${id}-heading`} className="card-title">
        Your name
      </h2>
      <form className="inline-fields" onSubmit={(e) => void submit(e)}>
        <label htmlFor={id} className="visually-hidden">
          Your name
        </label>
        <input
          id={id}
          type="text"
          className="text-input my-name-input"
          data-testid="my-name"
          value={value}
          placeholder="As it appears in your calls"
          maxLength={100}
          disabled={saving}
          onChange={(e) => {
            setValue(e.target.value);
            setMessage(null);
          }}
        />
        <button type="submit" className="button primary" data-testid="my-name-save" disabled={saving || value.trim() === original}>
          {saving ? 'Saving…' : 'Save'}
        </button>
      </form>
      <p className="note">Speakers with this name are treated as the rep. It is kept with this library; leave it empty to be asked which speaker is you.</p>
      {message && (
        <p className="success-message" role="status" data-testid="my-name-result">
          {message}
        </p>
      )}
      <ErrorMessage testId="my-name-error">{error}</ErrorMessage>
    </section>
  );
}
