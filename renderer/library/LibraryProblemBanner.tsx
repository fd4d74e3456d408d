import { useState } from 'react';
import type { UnreadableCall } from '../../shared/contract';
import type { AppErrorShape } from '../../shared/errors';
import { call } from '../ui/bridge';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useAction } from '../ui/useAction';

type Props = { problem: AppErrorShape | null; onRebuilt: () => void };

/**
 * Says the library is open read-only when another Call Review holds its folder. Shown instead of an
 * empty list when the library index could not be read; after a rebuild, which call
 * folders could not be read (they stay out of the list until their document is fixed), until dismissed.
 */
export function LibraryProblemBanner({ problem, onRebuilt }: Props) {
  const { busy, error, run } = useAction();
  const [unreadable, setUnreadable] = useState<UnreadableCall[]>([]);
  const rebuild = () =>
    run(async () => {
      const { unreadableCalls } = await call('library:rebuildIndex', {});
      setUnreadable(unreadableCalls);
      onRebuilt();
    });

  if (problem?.code === 'LIBRARY_LOCKED') {
    // Readable, not writable: rebuilding is that other instance's to do, not ours.
    return (
      <section className="banner banner-error" role="status" data-testid="library-locked">
        <div className="banner-text">
          <h2>This library is open read-only</h2>
          <p>{problem.message}</p>
        </div>
      </section>
    );
  }
  if (problem) {
    return (
      <section className="banner banner-error" role="alert" data-testid="library-problem">
        <div className="banner-text">
          <h2>The library can’t be read</h2>
          <p>{problem.message}</p>
          <ErrorMessage>{error}</ErrorMessage>
        </div>
        <button type="button" className="button primary" onClick={() => void rebuild()} disabled={busy}>
          {busy ? 'Rebuilding…' : 'Rebuild library index'}
        </button>
      </section>
    );
  }
  if (unreadable.length === 0) return null;
  return (
    <section className="banner banner-error" role="status" data-testid="library-unreadable-calls">
      <div className="banner-text">
        <h2>The index was rebuilt, but {unreadable.length === 1 ? '1 call folder' : `${unreadable.length} call folders`} could not be read</h2>
        <p>They are not listed until their document is fixed; nothing in them was changed.</p>
        <ul>
          {unreadable.map((u) => (
            <li key={u.folder} data-testid="unreadable-call">
              <code>{u.folder}</code>: {u.problem.message}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="button" onClick={() => setUnreadable([])}>
        Dismiss
      </button>
    </section>
  );
}
