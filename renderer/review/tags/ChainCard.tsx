import { PAIN_LEVEL_NAMES, type Annotations, type PainChain } from '../../../shared/domain/annotations';
import type { Speaker } from '../../../shared/domain/call';
import { chainDepth, chainTags, deleteChainCommand } from '../../../shared/domain/chains';
import type { Turn } from '../../../shared/domain/transcript';
import { showNotice } from '../notice/useReviewNotice';
import { requestClip } from '../clips/clipRequest';
import { chainClipSource } from '../clips/clipSources';
import { useReviewAnnotationsValue } from '../useReviewAnnotations';
import { ChainStep } from './ChainStep';
import { ChainTopic } from './ChainTopic';

type Props = {
  chain: PainChain;
  annotations: Annotations;
  turns: readonly Turn[];
  speakers: readonly Speaker[];
  /** After a delete the card is gone: the panel takes the focus. */
  onDeleted: () => void;
};

/** One pain chain: its topic, how deep it went, and its steps from symptom down. */
export function ChainCard({ chain, annotations, turns, speakers, onDeleted }: Props) {
  const { apply, undo } = useReviewAnnotationsValue();
  const tags = chainTags(annotations, chain.id);
  const depth = chainDepth(annotations, chain.id);
  const topic = chain.topic || 'Untitled chain';

  // Nothing to confirm: the tags stay (unlinked) and undo brings the chain back.
  const remove = () => {
    apply((a) => (a.chains.some((c) => c.id === chain.id) ? deleteChainCommand(a, chain.id) : null));
    showNotice({ text: `Chain “${topic}” deleted; its tags are under Unlinked.`, action: { label: 'Undo', run: undo } });
    onDeleted();
  };

  return (
    <li className="chain" data-testid="chain" data-chain-id={chain.id} data-depth={depth}>
      <div className="chain-head">
        <ChainTopic chain={chain} />
      </div>
      <p className="chain-meta">
        <span className="chain-depth" data-testid="chain-depth">
          Depth {depth} of 3
        </span>
        <span className="chain-path" data-testid="chain-path">
          {tags.map((t) => PAIN_LEVEL_NAMES[t.level]).join(' → ')}
        </span>
      </p>
      <ol className="chain-steps">
        {tags.map((t) => (
          <ChainStep key={t.id} tag={t} annotations={annotations} turns={turns} speakers={speakers} />
        ))}
      </ol>
      <div className="chain-actions">
        {tags.length > 0 && (
          <button
            type="button"
            className="button small quiet"
            data-testid="chain-make-clip"
            aria-label={`Make a clip of the chain ${topic}`}
            onClick={() => {
              const source = chainClipSource(turns, annotations, chain.id, chain.topic);
              if (source) requestClip(source);
            }}
          >
            Make clip…
          </button>
        )}
        <button type="button" className="button small quiet danger-text" data-testid="chain-delete" aria-label={`Delete the chain ${topic}`} onClick={remove}>
          Delete chain
        </button>
      </div>
    </li>
  );
}
