import { useRef } from 'react';
import type { Speaker } from '../../../shared/domain/call';
import type { Turn } from '../../../shared/domain/transcript';
import { useReviewAnnotationsValue, useSaveState } from '../useReviewAnnotations';
import { ChainCard } from './ChainCard';
import { NoticeToast } from '../notice/NoticeToast';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SaveIndicator } from '../history/SaveIndicator';
import { UnlinkedTags } from './UnlinkedTags';

/**
 * The call's pain chains, symptom first, with the rep's questions between levels; tags in no chain
 * below them; the saved indicator and the keys that build them.
 */
export function ChainsPanel({ turns, speakers }: { turns: readonly Turn[]; speakers: readonly Speaker[] }) {
  const { annotations, loadError } = useReviewAnnotationsValue();
  const saveState = useSaveState();
  const heading = useRef<HTMLHeadingElement>(null);
  const chains = annotations?.chains ?? [];
  const focusPanel = () => heading.current?.focus();
  return (
    <section className="card chains-panel" aria-labelledby="chains-heading" data-testid="chains-panel">
      <div className="card-header">
        <h3 id="chains-heading" className="card-title" ref={heading} tabIndex={-1}>
          Pain chains
        </h3>
        <SaveIndicator state={saveState} />
      </div>
      <ErrorMessage testId="annotations-error">{loadError}</ErrorMessage>
      {chains.length === 0 ? (
        <p className="muted">Tag a symptom to start a chain.</p>
      ) : (
        annotations && (
          <ul className="chain-list">
            {chains.map((c) => (
              <ChainCard key={c.id} chain={c} annotations={annotations} turns={turns} speakers={speakers} onDeleted={focusPanel} />
            ))}
          </ul>
        )
      )}
      {annotations && <UnlinkedTags annotations={annotations} turns={turns} />}
      <NoticeToast />
      <p className="hint keys-hint" data-testid="annotation-keys-hint">
        <kbd>1</kbd>/<kbd>2</kbd>/<kbd>3</kbd> tag · <kbd>Ctrl</kbd>+<kbd>Z</kbd> undo
      </p>
    </section>
  );
}
