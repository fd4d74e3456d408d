import { useState } from 'react';
import { call } from '../ui/bridge';
import { ErrorMessage } from '../ui/ErrorMessage';
import { requestDemo } from './DemoHost';

type Props = { onClosed: () => void };

/**
 * The first-run welcome above the library: the method in two sentences and the way into the demo call,
 * which shows it marked. Closed once, it stays closed (a setting of the app, not of a library).
 */
export function Welcome({ onClosed }: Props) {
  const [error, setError] = useState<string | null>(null);
  const close = async () => {
    try {
      await call('library:dismissWelcome', {});
      onClosed();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section className="welcome" aria-labelledby="welcome-title" data-testid="welcome">
      <button type="button" className="welcome-close" aria-label="Close the welcome" onClick={() => void close()}>
        ×
      </button>
      <h2 id="welcome-title">Welcome to Call Review</h2>
      <p>
        Good discovery takes a prospect’s first answer, the <strong>symptom</strong> (“my reps waste time in meetings”), down to its{' '}
        <strong>business impact</strong> (“less time to sell”) and then to the <strong>personal stakes</strong> (“we’ll miss the number, and it’s my number”).
        Tag those three levels of pain in your calls, link them into chains, and mark the doors a prospect opened where the rep pitched instead of asking more.
      </p>
      <p className="welcome-demo">The demo call shows all of it, already marked, and never counts toward a rep’s figures.</p>
      <div className="welcome-actions">
        <button type="button" className="button primary" onClick={() => requestDemo('open-demo')}>
          Open the demo call
        </button>
      </div>
      <ErrorMessage testId="welcome-error">{error}</ErrorMessage>
    </section>
  );
}
