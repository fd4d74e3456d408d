import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { buildFindIndex, findMatches, firstMatchFrom, highlightsByTurn, stepMatch, type FindMatch, type TurnHighlight } from '../../../shared/domain/find';
import type { Turn } from '../../../shared/domain/transcript';
import { ownsKeys } from '../player/usePlayerKeys';

export type TranscriptFind = {
  open: boolean;
  /** As typed; the search runs on a deferred copy, so typing stays smooth on a long call. */
  query: string;
  setQuery: (query: string) => void;
  /** Opens the bar (or, open, focuses it again) with its text selected. */
  show: () => void;
  close: () => void;
  /** To the next (+1) or previous (-1) match, wrapping. */
  step: (by: 1 | -1) => void;
  count: number;
  /** Index of the current match, -1 for none. */
  current: number;
  /** The searched query, once there is one ("" while there is nothing to search). */
  searched: string;
  /** The turn to bring into view: a new object for every jump, even to the same turn again. */
  target: { turnIndex: number } | null;
  /** Turn id → its matches; rows without a change keep the same object. */
  highlights: ReadonlyMap<string, TurnHighlight>;
  /** Bumped when the input should take focus. */
  focusRequest: number;
};

const NO_MATCHES: FindMatch[] = [];
const NO_HIGHLIGHTS: ReadonlyMap<string, TurnHighlight> = new Map();

/** Whether a key press happened in the find bar's own field. */
const inFindBar = (target: Element) => target.closest('[data-testid="find-bar"]') !== null;

/**
 * Find in transcript, for the transcript panel: Ctrl/Cmd+F opens it (anywhere in the Review view but
 * fields and dialogs; Electron has no browser find bar to fall back on), a search starts at the current
 * turn, and Esc, in the box or outside any field, closes it and clears the highlights.
 */
export function useTranscriptFind(turns: readonly Turn[], currentTurn: () => Turn | null): TranscriptFind {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [focusRequest, setFocusRequest] = useState(0);
  const searched = useDeferredValue(open ? query.trim() : '');
  // Built when first needed and again after an edit changes the turns.
  const index = useMemo(() => (open ? buildFindIndex(turns) : null), [open, turns]);
  const matches = useMemo(() => (index && searched ? findMatches(index, searched) : NO_MATCHES), [index, searched]);

  // A new search starts at the turn the reviewer is on; stepping moves from there.
  const start = useMemo(() => {
    const id = currentTurn()?.id;
    return firstMatchFrom(
      matches,
      Math.max(
        0,
        turns.findIndex((t) => t.id === id),
      ),
    );
  }, [matches, currentTurn, turns]);
  const [moved, setMoved] = useState<{ matches: readonly FindMatch[]; at: number } | null>(null);
  const stepped = moved !== null && moved.matches === matches;
  const current = stepped ? moved.at : start;
  const jump = stepped ? moved : matches;
  const target = useMemo(() => {
    const match = matches[current];
    return match ? { turnIndex: match.turnIndex } : null;
    // `jump` is in the list for its identity: every step is a jump, even to the turn already shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jump, matches, current]);

  const previous = useRef(NO_HIGHLIGHTS);
  const highlights = useMemo(
    () => (matches.length === 0 ? NO_HIGHLIGHTS : highlightsByTurn(turns, matches, current, previous.current)),
    [turns, matches, current],
  );
  previous.current = highlights;

  const step = useCallback((by: 1 | -1) => setMoved({ matches, at: stepMatch(matches.length, current, by) }), [matches, current]);

  // Where focus was before the bar opened, to give it back on close.
  const returnFocus = useRef<HTMLElement | null>(null);
  const openRef = useRef(open);
  openRef.current = open;
  const show = useCallback(() => {
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && !inFindBar(focused)) returnFocus.current = focused;
    setOpen(true);
    setFocusRequest((n) => n + 1);
  }, []);
  const close = useCallback(() => {
    setOpen(false);
    setQuery('');
    setMoved(null);
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back?.isConnected && back !== document.body) back.focus();
    else if (document.activeElement instanceof HTMLElement && inFindBar(document.activeElement)) document.activeElement.blur();
  }, []);

  useEffect(() => {
    if (turns.length === 0) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey) return;
      const target = e.target instanceof Element ? e.target : document.body;
      const ours = inFindBar(target);
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'f') {
        if (!ours && ownsKeys(target)) return; // another field or a dialog keeps its keys
        e.preventDefault();
        show();
      } else if (e.key === 'Escape' && openRef.current && (ours || !ownsKeys(target))) {
        e.preventDefault();
        close();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [turns.length, show, close]);

  return { open, query, setQuery, show, close, step, count: matches.length, current, searched, target, highlights, focusRequest };
}
