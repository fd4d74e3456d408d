import { useMemo, useRef } from 'react';
import type { Speaker } from '../../../shared/domain/call';
import { acceptSuggestionCommand, dismissSuggestionCommand, suggest, type Suggestion } from '../../../shared/suggestions';
import type { Meaning } from '../../../shared/suggestions/learned';
import type { AnnotationsControl, Change, ReviewState } from '../history/useAnnotations';
import { showNotice } from '../notice/useReviewNotice';
import type { SuggestionActions } from './useSuggestions';

/** `meaning`: what the view's suggestions were computed with, so a learned suggestion is found again too. */
type Deps = { change: AnnotationsControl['change']; speakers: readonly Speaker[]; author: string; meaning?: Meaning };

/**
 * The suggestion as it stands once earlier changes have landed: a key pressed twice, or an accept
 * queued behind an undo, must not mark the same words twice or act on one already gone.
 */
function stillOpen(s: Suggestion, { annotations, transcript }: ReviewState, speakers: readonly Speaker[], meaning: Meaning | undefined): Suggestion | null {
  if (!transcript) return s;
  return suggest({ turns: transcript.turns, speakers, annotations, meaning }).find((x) => x.id === s.id) ?? null;
}

/**
 * Accept and dismiss through the review history (one undo step each). Accepting makes the suggestion
 * the reviewer's own mark, signed with their name; dismissing records its id with the annotations, so
 * it stays gone after a reload. A failed save says so in the notice at the bottom of the window.
 */
export function useSuggestionActions(deps: Deps): SuggestionActions {
  const latest = useRef(deps);
  latest.current = deps;
  return useMemo(() => {
    // Saved ones stay busy until the suggestions are recomputed: the save can land before the view shows
    // it, and a key pressed in between must take the next suggestion, not this one again.
    const inFlight = new Set<string>();
    const saved = new Set<string>();
    const run = (id: string, failed: string, build: (state: ReviewState) => Change[] | null) => {
      inFlight.add(id);
      void latest.current.change(build).then((result) => {
        inFlight.delete(id);
        if (result.ok) saved.add(id);
        else showNotice({ text: `${failed}: ${result.message}` });
      });
    };
    return {
      accept: (s) =>
        run(s.id, 'Suggestion not accepted', (state) => {
          const open = stillOpen(s, state, latest.current.speakers, latest.current.meaning);
          if (!open) return null;
          const fresh = { id: crypto.randomUUID(), author: latest.current.author, createdAt: new Date().toISOString() };
          return [{ kind: 'annotations', command: acceptSuggestionCommand(open, fresh, state.annotations) }];
        }),
      dismiss: (s) =>
        run(s.id, 'Suggestion not dismissed', ({ annotations }) =>
          annotations.dismissed.some((d) => d.id === s.id) ? null : [{ kind: 'annotations', command: dismissSuggestionCommand(s) }],
        ),
      removeMoment: (id) =>
        run(id, 'Not removed', ({ annotations }) =>
          annotations.moments.some((m) => m.id === id) ? [{ kind: 'annotations', command: { type: 'remove', collection: 'moments', id } }] : null,
        ),
      busy: (id) => inFlight.has(id) || saved.has(id),
      recomputed: () => saved.clear(),
    };
  }, []);
}
