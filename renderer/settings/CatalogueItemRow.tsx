import type { CatalogueItem } from '../../shared/domain/models';
import type { CatalogueAction, DownloadProgress } from './useModels';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatMegabytes } from '../ui/format';

type Props = {
  item: CatalogueItem;
  /** Live progress while its download runs; null otherwise. */
  progress: DownloadProgress | null;
  problem: string | null;
  busy: boolean;
  onAction: (action: CatalogueAction) => void;
  onDelete: () => void;
};

/** A download that has reported progress is running, even if the last ModelsInfo predates its start. */
export const effectiveState = (item: CatalogueItem, progress: DownloadProgress | null): CatalogueItem['state'] =>
  progress && item.state !== 'installed' ? 'downloading' : item.state;

/** "34 of 148 MB" with a bar. A native <progress>: the page's CSP allows no inline styles to size a bar. */
export function DownloadBar({ received, total }: { received: number; total: number }) {
  return (
    <div className="download-progress" data-testid="model-progress">
      <progress className="progress-bar" max={total} value={received} aria-label="Download progress" />
      <span role="status" data-testid="model-progress-label">
        {formatMegabytes(received)} of {formatMegabytes(total)} MB
      </span>
    </div>
  );
}

/** One catalogue model: what it is, where its download stands, and the action that fits. */
export function CatalogueItemRow({ item, progress, problem, busy, onAction, onDelete }: Props) {
  const state = effectiveState(item, progress);
  const button = (label: string, action: CatalogueAction, testId: string, extra = '') => (
    <button type="button" className={`button small ${extra}`} data-testid={testId} disabled={busy} onClick={() => onAction(action)}>
      {label}
    </button>
  );

  return (
    <li className="catalogue-item" data-testid="catalogue-item" data-model-id={item.id} data-state={state}>
      <div className="catalogue-item-main">
        <div className="catalogue-item-title">
          <strong className="catalogue-item-name">{item.id}</strong>
          <span className="muted">{formatMegabytes(item.bytes)} MB</span>
          {item.recommended && (
            <span className="tag" data-testid="model-recommended">
              Recommended
            </span>
          )}
          {item.current && (
            <span className="tag tag-success" data-testid="model-in-use">
              In use
            </span>
          )}
        </div>
        <p className="muted catalogue-item-note">
          {item.note} · <span className="file-name">{item.file}</span>
        </p>
        {state === 'downloading' && <DownloadBar received={progress?.receivedBytes ?? item.receivedBytes} total={progress?.totalBytes ?? item.bytes} />}
        {state === 'partial' && (
          <p className="muted catalogue-item-note">
            Paused at {formatMegabytes(item.receivedBytes)} of {formatMegabytes(item.bytes)} MB
          </p>
        )}
        <ErrorMessage testId="model-item-error">{problem}</ErrorMessage>
      </div>
      <div className="catalogue-item-actions">
        {state === 'available' && button('Download', 'models:download', 'model-download', 'primary')}
        {state === 'partial' && button('Resume download', 'models:download', 'model-download', 'primary')}
        {state === 'downloading' && button('Cancel', 'models:cancelDownload', 'model-cancel', 'danger-outline')}
        {state === 'installed' && !item.current && button('Use', 'models:use', 'model-use', 'primary')}
        {(state === 'installed' || state === 'partial') && (
          <button type="button" className="button small quiet danger-text" data-testid="model-delete" disabled={busy} onClick={onDelete}>
            Delete
          </button>
        )}
      </div>
    </li>
  );
}
