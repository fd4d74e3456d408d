import { call } from '../ui/bridge';
import { useAction } from '../ui/useAction';
import type { AppErrorShape } from '../../shared/errors';
import { ErrorMessage } from '../ui/ErrorMessage';

type Props = { problem: AppErrorShape; onRebuilt: () => void };

/** Shown instead of an empty list when the library index could not be read. */
export function LibraryProblemBanner({ problem, onRebuilt }: Props) {
  const { busy, error, run } = useAction();
  const rebuild = () =>
    run(async () => {
      await call('library:rebuildIndex', {});
      onRebuilt();
    });

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
