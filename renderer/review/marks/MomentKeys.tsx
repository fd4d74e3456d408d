import type { MomentKind } from '../../../shared/domain/annotations';
import type { Speaker } from '../../../shared/domain/call';
import type { Turn } from '../../../shared/domain/transcript';
import { momentMisplaced, toggleMomentCommand } from './moments';
import { useViewKeys } from '../keys/useViewKeys';
import { useMyName } from '../../settings/useMyName';
import { useReviewAnnotationsValue } from '../useReviewAnnotations';
import { dismissNotice, showNotice } from '../notice/useReviewNotice';

/**
 * P marks the current turn as the rep's pitch, O as a door the prospect opened (again: unmark). The
 * scorecard's pitch timing and follow-through read these; suggestions can make them too. Renders nothing.
 */
export function MomentKeys({ turns, speakers }: { turns: readonly Turn[]; speakers: readonly Speaker[] }) {
  const { annotations, currentTurn, apply } = useReviewAnnotationsValue();
  const { author } = useMyName();
  const toggle = (kind: MomentKind) => () => {
    const turn = currentTurn();
    if (!annotations || !turn) return; // nothing loaded or shown to mark yet
    const misplaced = momentMisplaced(kind, turn, speakers);
    if (misplaced) return showNotice({ text: misplaced });
    dismissNotice();
    const fresh = { id: crypto.randomUUID(), author, createdAt: new Date().toISOString() };
    void apply((a) => toggleMomentCommand(a, turns, turn, kind, fresh));
  };
  useViewKeys(['p'], toggle('pitch'));
  useViewKeys(['o'], toggle('door-opener'));
  return null;
}
