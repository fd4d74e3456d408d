import { useState, type FormEvent } from 'react';
import { call, errorMessage } from '../ui/bridge';
import type { ModelsInfo } from '../../shared/domain/models';
import { ErrorMessage } from '../ui/ErrorMessage';

type Props = { threads: number; threadsSetting: number | null; onSaved: (info: ModelsInfo) => void };

/** A whole number from 1 to 64 (the contract's range), or null. */
const parseThreads = (text: string): number | null => {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= 64 ? n : null;
};

/** How many threads whisper may use: automatic (for this computer: one core left free on 4+) or a fixed number. */
export function ThreadsField({ threads, threadsSetting, onSaved }: Props) {
  const [automatic, setAutomatic] = useState(() => threadsSetting === null);
  const [text, setText] = useState(String(threads));
  const [error, setError] = useState<string | null>(null);

  const save = async (value: number | null) => {
    setError(null);
    try {
      const info = await call('models:setThreads', { threads: value });
      // Only automatic changes the count shown: a fixed count is what the field already holds, and the
      // user may have typed another one while this save was on its way.
      if (value === null) setText(String(info.threads));
      onSaved(info);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  /** Saves the typed number; `always` also when it equals the count in use (switching to a fixed count). */
  const commit = (always: boolean) => {
    const value = parseThreads(text);
    if (value === null) return setError('Enter a whole number of threads from 1 to 64.');
    if (always || value !== threads) void save(value);
  };

  const choose = (auto: boolean) => {
    setAutomatic(auto);
    if (auto) void save(null);
    else commit(true);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    commit(false);
  };

  return (
    <form className="threads-field" onSubmit={submit} data-testid="threads-field">
      <fieldset>
        <legend className="field-label">Threads</legend>
        <label className="radio-line">
          <input type="radio" name="threads" checked={automatic} onChange={() => choose(true)} data-testid="threads-automatic" />
          {/* The count the main process reports, not the page's guess: they can differ under CPU limits. */}
          Automatic{automatic ? ` (${threads} ${threads === 1 ? 'thread' : 'threads'})` : ''}
        </label>
        <label className="radio-line">
          <input type="radio" name="threads" checked={!automatic} onChange={() => choose(false)} data-testid="threads-custom" />
          Use
          <input
            type="number"
            className="text-input threads-input"
            min={1}
            max={64}
            step={1}
            value={text}
            disabled={automatic}
            aria-label="Number of threads"
            aria-invalid={!automatic && parseThreads(text) === null}
            onChange={(e) => setText(e.target.value)}
            onBlur={() => !automatic && commit(false)}
            data-testid="threads-input"
          />
          threads
        </label>
      </fieldset>
      <ErrorMessage>{error}</ErrorMessage>
    </form>
  );
}
