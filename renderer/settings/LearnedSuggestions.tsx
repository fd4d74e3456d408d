import type { LibraryChange } from '../../shared/domain/libraryChange';
import { call } from '../ui/bridge';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useAction } from '../ui/useAction';
import { useLiveQuery } from '../ui/useLiveQuery';

/**
 * Settings → Understanding by meaning: how many examples this machine's reviews gave the learned
 * suggestions, and Reset (back to the shipped model; those examples are deleted).
 */
export function LearnedSuggestions() {
  const { data: info, set } = useLiveQuery(() => call('suggestions:learning', {}), [], {
    refetchOnLibraryChange: (c: LibraryChange) => c.reason === 'learned-suggestions' || c.calls === null,
  });
  const { busy, error, run } = useAction();
  if (!info) return null;
  const reset = () => void run(async () => set(await call('suggestions:resetLearning', {})));
  return (
    <div className="learned-suggestions" data-testid="learned-suggestions">
      <p>
        Learned suggestions: <span data-testid="learned-count">{info.examples}</span> {info.examples === 1 ? 'example' : 'examples'} from your reviews ·{' '}
        <button type="button" className="button small danger-outline" data-testid="learned-reset" disabled={busy || info.examples === 0} onClick={reset}>
          Reset
        </button>
      </p>
      {info.notice && <ErrorMessage testId="learned-notice">{info.notice}</ErrorMessage>}
      <ErrorMessage testId="learned-error">{error}</ErrorMessage>
    </div>
  );
}
