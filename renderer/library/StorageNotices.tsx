import { call } from '../ui/bridge';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useAction } from '../ui/useAction';
import { useLibraryInfo } from '../ui/useLibraryInfo';

/**
 * Documents that were damaged or missing on disk and were restored (from their last good copy, or reset
 * to defaults): said above every view until the user dismisses each, since their last change may be gone.
 */
export function StorageNotices() {
  const { info, set } = useLibraryInfo();
  const { busy, error, run } = useAction();
  const notices = info?.notices ?? [];
  if (notices.length === 0) return null;
  const dismiss = (id: string) => run(async () => set(await call('library:dismissNotice', { id })));
  return (
    <div className="view storage-notices">
      <section className="banner banner-error" role="status" data-testid="storage-notices">
        <div className="banner-text">
          <h2>{notices.length === 1 ? 'A file was restored' : `${notices.length} files were restored`}</h2>
          <ul>
            {notices.map((n) => (
              <li key={n.id} data-testid="storage-notice">
                {n.message}{' '}
                <button type="button" className="button" onClick={() => void dismiss(n.id)} disabled={busy}>
                  Dismiss
                </button>
              </li>
            ))}
          </ul>
          <ErrorMessage>{error}</ErrorMessage>
        </div>
      </section>
    </div>
  );
}
