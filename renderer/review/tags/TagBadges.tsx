import { PAIN_LEVEL_NAMES, type PainTag } from '../../../shared/domain/annotations';

/** A turn's pain tags as coloured badges, one per tag, shallowest level first. */
export function TagBadges({ tags }: { tags: readonly PainTag[] }) {
  if (tags.length === 0) return null;
  return (
    <span className="tag-badges">
      {tags.map((tag) => (
        <span key={tag.id} className={`tag-badge level-${tag.level}`} data-testid="tag-badge" data-level={tag.level} data-tag-id={tag.id}>
          {PAIN_LEVEL_NAMES[tag.level]}
        </span>
      ))}
    </span>
  );
}
