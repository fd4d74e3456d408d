import { useId } from 'react';
import type { Annotations, PainTag } from '../../../shared/domain/annotations';
import { startChainCommand, unlinkedTags } from '../../../shared/domain/chains';
import type { Turn } from '../../../shared/domain/transcript';
import { tagQuote } from './tagging';
import { useReviewAnnotationsValue } from '../useReviewAnnotations';
import { ParentSelect } from './ParentSelect';
import { TagQuote } from './TagQuote';

type Props = { annotations: Annotations; turns: readonly Turn[] };

function UnlinkedTag({ tag, annotations, turns }: Props & { tag: PainTag }) {
  const { apply } = useReviewAnnotationsValue();
  const startChain = () => {
    const chainId = `chain-${crypto.randomUUID()}`;
    const topic = tagQuote(turns, tag, 6).replace(/…$/, '');
    apply((a) => startChainCommand(a, tag.id, chainId, topic));
  };
  return (
    <li className={`chain-step unlinked-tag level-${tag.level}`} data-testid="unlinked-tag" data-level={tag.level} data-tag-id={tag.id}>
      <TagQuote tag={tag} turns={turns} />
      {tag.level === 1 ? (
        <button type="button" className="button small" data-testid="unlinked-start-chain" onClick={startChain}>
          Start a chain
        </button>
      ) : (
        <ParentSelect tag={tag} annotations={annotations} turns={turns} label="Link this tag to" none="Link to…" testId="unlinked-link" hideLabel />
      )}
    </li>
  );
}

/** Tags in no chain (a deleted chain's, or a deeper pain with nothing to drill from), so none is hidden. */
export function UnlinkedTags({ annotations, turns }: Props) {
  const headingId = useId();
  const tags = unlinkedTags(annotations);
  if (tags.length === 0) return null;
  return (
    <section className="unlinked" data-testid="unlinked" aria-labelledby={headingId}>
      <h4 id={headingId} className="unlinked-title">
        Unlinked <span className="muted">· {tags.length}</span>
      </h4>
      <ol className="chain-steps">
        {tags.map((t) => (
          <UnlinkedTag key={t.id} tag={t} annotations={annotations} turns={turns} />
        ))}
      </ol>
    </section>
  );
}
