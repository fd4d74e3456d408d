import type { Annotations, FollowUp } from '../../../shared/domain/annotations';
import type { Turn } from '../../../shared/domain/transcript';
import { chainClipRange, chainClipTitle, followUpClipRange, followUpClipTitle, tagClipRange, turnClipTitle } from '../../../shared/playlists/clipRange';
import type { ClipSource } from './clipDraft';
import type { Selection } from './rangeSelection';

/*
 * What each place of the Review view makes a clip of. The moments are taken with no context: the dialog
 * adds what the user picks (3 s each side unless changed) and keeps the result inside the call.
 */
const NO_LIMIT = Number.POSITIVE_INFINITY;

/** A turn (tagged or not): the whole turn, as a tag on it is clipped. */
export const turnClipSource = (turn: Turn): ClipSource => ({
  moment: tagClipRange([turn], { span: { start: turn.start, end: Math.max(turn.start, turn.end) } }, 0, NO_LIMIT),
  title: turnClipTitle(turn),
  withContext: true,
});

/** A pain chain: from its first tag's turn to its last's; null for a chain without tags. */
export function chainClipSource(turns: readonly Turn[], annotations: Pick<Annotations, 'tags'>, chainId: string, topic: string): ClipSource | null {
  const moment = chainClipRange(turns, annotations, chainId, 0, NO_LIMIT);
  return moment && { moment, title: chainClipTitle(topic), withContext: true };
}

/** A missed follow-up: the door the prospect opened and the rep's reply. */
export const followUpClipSource = (turns: readonly Turn[], followUp: FollowUp): ClipSource => ({
  moment: followUpClipRange(turns, followUp, 0, NO_LIMIT),
  title: followUpClipTitle(followUp),
  withContext: true,
});

/** The range selected on the waveform: its ends as selected, no context. */
export const selectionClipSource = (selection: Selection, title: string): ClipSource => ({
  moment: { start: selection.start, end: selection.end },
  title,
  withContext: false,
});
