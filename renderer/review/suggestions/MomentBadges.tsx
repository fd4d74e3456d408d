import type { Moment } from '../../../shared/domain/annotations';
import { KIND_LABELS } from './suggestionsByTurn';
import { useSuggestionActionsValue } from './useSuggestions';

function MomentBadge({ moment }: { moment: Moment }) {
  const { removeMoment } = useSuggestionActionsValue();
  const label = KIND_LABELS[moment.kind];
  return (
    <span
      className={`mark-badge moment-badge kind-${moment.kind}`}
      data-testid="moment-badge"
      data-kind={moment.kind}
      data-moment-id={moment.id}
      title={`${label}, marked by ${moment.author}`}
    >
      {label}
      <button
        type="button"
        className="moment-remove"
        data-testid="moment-remove"
        aria-label={`Remove the ${label.toLowerCase()} mark`}
        onClick={() => removeMoment(moment.id)}
      />
    </span>
  );
}

/** A turn's door-opener and pitch moments (accepted suggestions), each removable. */
export function MomentBadges({ moments }: { moments: readonly Moment[] }) {
  if (moments.length === 0) return null;
  return (
    <span className="mark-badges moment-badges">
      {moments.map((m) => (
        <MomentBadge key={m.id} moment={m} />
      ))}
    </span>
  );
}
