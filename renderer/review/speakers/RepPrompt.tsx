import { useEffect, useId, useState } from 'react';
import { call, errorMessage } from '../../ui/bridge';
import type { CallDetail } from '../../../shared/domain/call';
import { needsRep } from '../../../shared/domain/speakers';
import { useLibraryInfo } from '../../ui/useLibraryInfo';
import { ErrorMessage } from '../../ui/ErrorMessage';

/**
 * Calls whose question was answered or put off in this session. Module state on purpose: the Review
 * view remounts on every visit, and "Not now" holds until the app restarts, not just for this visit.
 */
const settled = new Set<string>();

type Props = { call: CallDetail; onChanged: () => void };

/** Asks once which speaker is the rep, and offers to remember the rep's name for the next calls. */
export function RepPrompt({ call: detail, onChanged }: Props) {
  const { info, error: infoError } = useLibraryInfo();
  const [hidden, setHidden] = useState(() => settled.has(detail.id));
  const [remember, setRemember] = useState(false);
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const nameId = useId();

  // Prefilled with the name the library remembers, unless the user already typed one.
  const myName = info?.myName ?? null;
  useEffect(() => {
    if (touched || !myName) return;
    setName(myName);
    setRemember(true);
  }, [myName, touched]);

  if (hidden || !detail.hasTranscript || !needsRep(detail.speakers)) return null;

  const settle = () => {
    settled.add(detail.id);
    setHidden(true);
  };

  const choose = async (speakerId: string) => {
    setBusy(true);
    setError(null);
    try {
      await call('calls:setRep', { callId: detail.id, speakerId, rememberAs: remember && name.trim() ? name.trim() : null });
      settle();
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <section className="card rep-prompt" aria-labelledby={`${nameId}-title`} data-testid="rep-prompt">
      <h3 id={`${nameId}-title`} className="card-title">
        Which speaker is you?
      </h3>
      <p className="muted">Coaching looks at the rep’s side of the call; everyone else becomes a prospect.</p>
      <div className="button-row">
        {detail.speakers.map((s) => (
          <button key={s.id} type="button" className="button" data-testid="rep-choice" disabled={busy} onClick={() => void choose(s.id)}>
            {s.name}
          </button>
        ))}
      </div>
      <div className="inline-fields remember-name">
        <label className="radio-line">
          <input type="checkbox" data-testid="remember-name" checked={remember} disabled={busy} onChange={(e) => setRemember(e.target.checked)} />
          Remember my name as:
        </label>
        <input
          type="text"
          className="text-input"
          data-testid="remember-name-input"
          aria-label="Your name"
          placeholder="Your name"
          value={name}
          maxLength={100}
          disabled={busy}
          onChange={(e) => {
            setTouched(true);
            setName(e.target.value);
            setRemember(e.target.value.trim() !== ''); // typing a name means "remember it"
          }}
        />
      </div>
      <ErrorMessage>{infoError}</ErrorMessage>
      <ErrorMessage testId="rep-prompt-error">{error}</ErrorMessage>
      <div className="button-row">
        <button type="button" className="button small quiet" data-testid="rep-dismiss" disabled={busy} onClick={settle}>
          Not now
        </button>
      </div>
    </section>
  );
}
