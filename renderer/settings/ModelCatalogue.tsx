import { useState } from 'react';
import type { CatalogueItem } from '../../shared/domain/models';
import type { Models } from './useModels';
import { CatalogueItemRow } from './CatalogueItemRow';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatMegabytes } from '../ui/format';

/** What deleting costs: the download, and for the model in use, transcription until another is chosen. */
function deleteMessage(item: CatalogueItem): string {
  if (item.state === 'partial') return `The ${formatMegabytes(item.receivedBytes)} MB downloaded so far are discarded.`;
  const size = `${formatMegabytes(item.bytes)} MB`;
  return item.current
    ? `Its file (${size}) is removed from this computer. Transcription needs another model until you download or choose one.`
    : `Its file (${size}) is removed from this computer. You can download it again at any time.`;
}

/** The official whisper.cpp models: download (with live progress), resume, use and delete. */
export function ModelCatalogue({ models }: { models: Models }) {
  const [deleting, setDeleting] = useState<CatalogueItem | null>(null);
  const catalogue = models.info?.catalogue ?? [];
  if (catalogue.length === 0) return null;

  return (
    <>
      <h3 className="subsection-title">Download a model</h3>
      <ul className="catalogue" data-testid="model-catalogue">
        {catalogue.map((item) => (
          <CatalogueItemRow
            key={item.id}
            item={item}
            progress={models.progress.get(item.id) ?? null}
            problem={models.problems.get(item.id) ?? item.error}
            busy={models.busy.has(item.id)}
            onAction={(action) => models.act(action, item.id)}
            onDelete={() => setDeleting(item)}
          />
        ))}
      </ul>
      {deleting && (
        <ConfirmDialog
          title={`Delete the ${deleting.id} model?`}
          message={deleteMessage(deleting)}
          confirmLabel="Delete"
          onCancel={() => setDeleting(null)}
          onConfirm={async () => {
            await models.run('models:delete', deleting.id);
            setDeleting(null);
          }}
        />
      )}
    </>
  );
}
