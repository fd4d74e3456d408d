import { useCallback, useEffect, useRef } from 'react';
import type { Turn } from '../../../shared/domain/transcript';
import { onRevealTurn } from './useRevealTurn';
import { useViewKeys } from '../keys/useViewKeys';

type Options = {
  turns: readonly Turn[];
  /** The list's virtualizer: its scroll renders the row if it is far off screen. */
  virtualizer: { scrollToIndex: (index: number, options: { align: 'center' | 'auto' }) => void };
  /** Stops following the playhead, so playback does not pull the view back from where the user went. */
  stopFollowing: () => void;
  select: (turnId: string) => void;
  currentTurn: () => Turn | null;
  /** The find bar's current match: a new object for each jump. */
  findTarget: { turnIndex: number } | null;
};

const STEPS: Record<string, 1 | -1> = { j: 1, k: -1 };

/**
 * Moving through the transcript without playing it: J / K select the next / previous turn and the find
 * bar's current match becomes the selected turn. Either way the turn is scrolled into view and the view
 * stops following the playhead, as a user's own scroll does. Selecting never seeks the audio.
 */
export function useTurnNavigation({ turns, virtualizer, stopFollowing, select, currentTurn, findTarget }: Options): void {
  const reveal = useCallback(
    (index: number, align: 'center' | 'auto') => {
      const turn = turns[index];
      if (!turn) return;
      stopFollowing();
      virtualizer.scrollToIndex(index, { align });
      select(turn.id);
    },
    [turns, virtualizer, stopFollowing, select],
  );

  // Only a new target jumps; `reveal` changing (an edit to the turns) must not scroll again.
  const latestReveal = useRef(reveal);
  latestReveal.current = reveal;
  useEffect(() => {
    if (findTarget) latestReveal.current(findTarget.turnIndex, 'center');
  }, [findTarget]);

  // Read through a ref so the key listener is bound once.
  const latest = useRef({ turns, reveal, currentTurn });
  latest.current = { turns, reveal, currentTurn };
  // A side panel's item (a suggestion) brings its turn into view the way a find match does.
  useEffect(
    () =>
      onRevealTurn((turnId) => {
        const { turns, reveal } = latest.current;
        const index = turns.findIndex((t) => t.id === turnId);
        if (index >= 0) reveal(index, 'center');
      }),
    [],
  );
  useViewKeys(['j', 'k'], (key) => {
    const { turns, reveal, currentTurn } = latest.current;
    if (turns.length === 0) return false;
    const id = currentTurn()?.id;
    const at = turns.findIndex((t) => t.id === id);
    // With no turn chosen yet, either key starts at the first.
    const next = at === -1 ? 0 : Math.min(turns.length - 1, Math.max(0, at + STEPS[key]!));
    reveal(next, 'auto');
  });
}
