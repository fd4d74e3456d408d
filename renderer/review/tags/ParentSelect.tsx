import { useId, useState } from 'react';
import { PAIN_LEVEL_NAMES, type Annotations, type PainTag } from '../../../shared/domain/annotations';
import { parentCandidates, relinkCommand } from '../../../shared/domain/chains';
import type { Turn } from '../../../shared/domain/transcript';
import { tagQuote } from './tagging';
import { useReviewAnnotationsValue } from '../useReviewAnnotations';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatTimestamp } from '../../ui/format';

type Props = {
  tag: PainTag;
  annotations: Annotations;
  turns: readonly Turn[];
  label: string;
  /** The choice that means "no parent": "Not linked" in a chain, "Link to…" for an unlinked tag. */
  none: string;
  testId: string;
  /** The list's first choice says it all ("Link to…"): the label is for screen readers only. */
  hideLabel?: boolean;
};

/** Which shallower pain a tag drills into: the tags one level up, grouped by chain, or none. */
export function ParentSelect({ tag, annotations, turns, label, none, testId, hideLabel = false }: Props) {
  const { apply } = useReviewAnnotationsValue();
  const [error, setError] = useState<string | null>(null);
  // Every step's list holds every candidate: 200 tags make ~19k <option>s. The full list is built
  // only once the reviewer reaches for it (focus comes before the list opens); until then it shows
  // the current choice alone.
  const [armed, setArmed] = useState(false);
  const arm = () => setArmed(true);
  const id = useId();
  const candidates = parentCandidates(annotations, tag);
  const current = tag.parentId && candidates.some((c) => c.id === tag.parentId) ? tag.parentId : '';
  const groups = annotations.chains.map((chain) => ({ chain, tags: candidates.filter((c) => c.chainId === chain.id) })).filter((g) => g.tags.length > 0);
  const optionText = (t: PainTag) => `${formatTimestamp(t.span.start)} “${tagQuote(turns, t, 5)}”`;
  const currentTag = current ? candidates.find((c) => c.id === current) : undefined;

  const relink = (value: string) => {
    const parentId = value || null;
    if (parentId === (current || null)) return;
    try {
      relinkCommand(annotations, tag.id, parentId); // checked here so a cycle's reason shows beside the list
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return;
    }
    setError(null);
    // Built again when its turn in the save queue comes, from the annotations as they are then.
    apply((a) => {
      try {
        return relinkCommand(a, tag.id, parentId);
      } catch {
        return null;
      }
    });
  };

  return (
    <div className="chain-parent">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label inline'}>
        {label}
      </label>
      <select
        id={id}
        className="select small"
        data-testid={testId}
        value={current}
        disabled={groups.length === 0 && !current}
        onChange={(e) => relink(e.target.value)}
        onFocus={arm}
        onPointerDown={arm}
      >
        <option value="">{groups.length === 0 && !current ? `No ${PAIN_LEVEL_NAMES[(tag.level - 1) as 1 | 2].toLowerCase()} in a chain yet` : none}</option>
        {armed
          ? groups.map(({ chain, tags }) => (
              <optgroup key={chain.id} label={chain.topic || 'Untitled chain'}>
                {tags.map((t) => (
                  <option key={t.id} value={t.id}>
                    {optionText(t)}
                  </option>
                ))}
              </optgroup>
            ))
          : currentTag && <option value={currentTag.id}>{optionText(currentTag)}</option>}
      </select>
      <ErrorMessage testId="chain-link-error">{error}</ErrorMessage>
    </div>
  );
}
