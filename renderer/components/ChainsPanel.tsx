import { PAIN_LEVEL_NAMES, type Annotations, type PainChain, type PainTag } from '../../shared/domain/annotations';
import { chainDepth, chainTags } from '../../shared/domain/chains';
import type { Turn } from '../../shared/domain/transcript';
import { firstWords, turnOfTag } from '../annotations/tagging';
import { usePlayer } from '../hooks/usePlayback';
import { useReviewAnnotationsValue } from '../hooks/useReviewAnnotations';
import { ErrorMessage } from './ErrorMessage';
import { formatTimestamp } from './format';
import { SaveIndicator } from './SaveIndicator';

function ChainStep({ tag, turns }: { tag: PainTag; turns: readonly Turn[] }) {
  const { controls } = usePlayer();
  const turn = turnOfTag(turns, tag);
  return (
    <li className={`chain-step level-${tag.level}`} data-testid="chain-step" data-level={tag.level}>
      <span className="chain-level">{PAIN_LEVEL_NAMES[tag.level]}</span>
      <button type="button" className="chain-quote" data-testid="chain-quote" title="Play from here" onClick={() => controls.seek(tag.span.start)}>
        “{turn ? firstWords(turn.text, 8) : '…'}”
      </button>
      <span className="chain-time">{formatTimestamp(tag.span.start)}</span>
    </li>
  );
}

function Chain({ chain, annotations, turns }: { chain: PainChain; annotations: Annotations; turns: readonly Turn[] }) {
  const tags = chainTags(annotations, chain.id);
  const depth = chainDepth(annotations, chain.id);
  return (
    <li className="chain" data-testid="chain" data-chain-id={chain.id} data-depth={depth}>
      <div className="chain-head">
        <span className="chain-topic" data-testid="chain-topic">
          {chain.topic || 'Untitled chain'}
        </span>
        <span className="chain-depth muted" data-testid="chain-depth">
          Depth {depth} of 3
        </span>
      </div>
      <p className="chain-path" data-testid="chain-path">
        {tags.map((t) => PAIN_LEVEL_NAMES[t.level]).join(' → ')}
      </p>
      <ol className="chain-steps">
        {tags.map((t) => (
          <ChainStep key={t.id} tag={t} turns={turns} />
        ))}
      </ol>
    </li>
  );
}

/** The call's pain chains, symptom first, with the saved indicator and the keys that build them. */
export function ChainsPanel({ turns }: { turns: readonly Turn[] }) {
  const { annotations, loadError, saveState } = useReviewAnnotationsValue();
  const chains = annotations?.chains ?? [];
  return (
    <section className="card chains-panel" aria-labelledby="chains-heading" data-testid="chains-panel">
      <div className="card-header">
        <h3 id="chains-heading" className="card-title">
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
              <Chain key={c.id} chain={c} annotations={annotations} turns={turns} />
            ))}
          </ul>
        )
      )}
      <p className="hint keys-hint" data-testid="annotation-keys-hint">
        <kbd>1</kbd>/<kbd>2</kbd>/<kbd>3</kbd> tag · <kbd>Ctrl</kbd>+<kbd>Z</kbd> undo
      </p>
    </section>
  );
}
