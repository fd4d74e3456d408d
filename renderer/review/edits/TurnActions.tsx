import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { Turn } from '../../../shared/domain/transcript';
import { useEditState, useTranscriptEditsValue } from './useTranscriptEdits';
import { formatTimestamp } from '../../ui/format';
import { requestClip } from '../clips/clipRequest';
import { turnClipSource } from '../clips/clipSources';
import { findMomentsLike } from '../../search/openSearch';
import { firstWords } from '../../search/searchDraft';

const menuItems = (menu: HTMLElement | null) => Array.from(menu?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []);

function Item({
  testId,
  shortcut,
  danger,
  onSelect,
  children,
}: {
  testId: string;
  shortcut?: string;
  danger?: boolean;
  onSelect: () => void;
  children: ReactNode;
}) {
  return (
    <button type="button" role="menuitem" tabIndex={-1} className={`turn-menu-item${danger ? ' danger' : ''}`} data-testid={testId} onClick={onSelect}>
      <span>{children}</span>
      {shortcut && <kbd aria-hidden="true">{shortcut}</kbd>}
    </button>
  );
}

type MenuProps = { id: string; callId: string; turn: Turn; anchor: HTMLElement; onClose: (refocus: boolean) => void };

/**
 * The row's menu, in a portal so the transcript's scroll box never clips it, placed under its button
 * (above it near the window's bottom). Arrow keys move, Esc closes; while it has focus the Review
 * view's letter keys do not fire.
 */
function TurnMenu({ id, callId, turn, anchor, onClose }: MenuProps) {
  const edits = useTranscriptEditsValue();
  const chosen = useEditState((s) => (s.chosen?.turnId === turn.id ? s.chosen.index : -1));
  const menu = useRef<HTMLDivElement>(null);
  const labelId = useId();
  const [position, setPosition] = useState<CSSProperties | null>(null); // measured before it shows
  const close = useRef(onClose);
  close.current = onClose;

  const place = useCallback(() => {
    const height = menu.current?.offsetHeight ?? 0;
    const a = anchor.getBoundingClientRect();
    const below = a.bottom + 4 + height <= window.innerHeight;
    setPosition({ top: below ? a.bottom + 4 : Math.max(4, a.top - 4 - height), right: Math.max(4, window.innerWidth - a.right) });
  }, [anchor]);
  useLayoutEffect(place, [place]);
  const placed = position !== null;
  useEffect(() => {
    if (placed) menuItems(menu.current)[0]?.focus({ preventScroll: true }); // once visible: hidden items take no focus
  }, [placed]);
  useEffect(() => {
    const outside = (e: Event) => !menu.current?.contains(e.target as Node) && !anchor.contains(e.target as Node);
    const onPointer = (e: PointerEvent) => outside(e) && close.current(false);
    document.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('scroll', place, true); // the transcript scrolls under it: follow the button
    window.addEventListener('resize', place);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [anchor, place]);

  const onKeyDown = (e: KeyboardEvent) => {
    const items = menuItems(menu.current);
    const at = items.indexOf(document.activeElement as HTMLElement);
    const move = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(items.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') close.current(true);
    e.stopPropagation(); // the view's keys (1/2/3, E/S/M, Space…) are not for the menu
    if (e.key !== 'Enter' && e.key !== ' ') e.preventDefault();
  };
  const pick = (action: () => unknown) => () => {
    close.current(true); // focus back on the ⋯ button first: the editor returns it there
    void action();
  };

  const word = chosen > 0 ? turn.words[chosen]?.text.trim() : undefined;
  const speakers = edits.speakers();
  return createPortal(
    <div
      ref={menu}
      id={id}
      role="menu"
      aria-label={`Turn at ${formatTimestamp(turn.start)}`}
      className="turn-menu"
      data-testid="turn-menu"
      style={position ?? { visibility: 'hidden' }}
      onKeyDown={onKeyDown}
    >
      <Item testId="menu-edit-text" shortcut="E" onSelect={pick(() => edits.startEdit(turn.id))}>
        Edit text
      </Item>
      <Item testId="menu-split" shortcut="S" onSelect={pick(() => edits.split(turn.id))}>
        {word ? `Split before “${word}”` : 'Split at a word…'}
      </Item>
      <Item testId="menu-merge" shortcut="M" onSelect={pick(() => edits.merge(turn.id))}>
        Merge with next
      </Item>
      {speakers.length > 1 && (
        <div role="group" aria-labelledby={labelId} className="turn-menu-group">
          <p id={labelId} className="turn-menu-label">
            Reassign speaker
          </p>
          {speakers.map((s) => (
            <button
              key={s.id}
              type="button"
              role="menuitemradio"
              aria-checked={s.id === turn.speakerId}
              tabIndex={-1}
              className="turn-menu-item"
              data-testid="menu-speaker"
              data-speaker-id={s.id}
              onClick={pick(() => edits.setSpeaker(turn.id, s.id))}
            >
              <span>{s.name}</span>
              {s.id === turn.speakerId && <span aria-hidden="true">✓</span>}
            </button>
          ))}
        </div>
      )}
      <div role="separator" className="turn-menu-separator" />
      <Item testId="menu-make-clip" onSelect={pick(() => requestClip(turnClipSource(turn)))}>
        Make clip…
      </Item>
      <Item testId="menu-find-like" onSelect={pick(() => findMomentsLike({ callId, turnId: turn.id, words: firstWords(turn.text) }))}>
        Find moments like this
      </Item>
      <div role="separator" className="turn-menu-separator" />
      <Item testId="menu-delete" danger onSelect={pick(() => edits.deleteTurn(turn.id))}>
        Delete turn
      </Item>
    </div>,
    document.body,
  );
}

/** The "⋯" button of a turn (shown on hover, selection or focus) and its actions menu. */
export function TurnActions({ callId, turn }: { callId: string; turn: Turn }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const onClose = useCallback((refocus: boolean) => {
    setAnchor(null);
    if (refocus) button.current?.focus({ preventScroll: true });
  }, []);
  return (
    <>
      <button
        ref={button}
        type="button"
        className={`turn-actions-button${anchor ? ' open' : ''}`}
        data-testid="turn-actions"
        aria-label="Turn actions"
        title="Edit, split, merge, reassign or delete this turn"
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? menuId : undefined}
        onClick={(e) => {
          const target = e.currentTarget; // read now: the event's currentTarget is gone when the updater runs
          setAnchor((open) => (open ? null : target));
        }}
      />
      {anchor && <TurnMenu id={menuId} callId={callId} turn={turn} anchor={anchor} onClose={onClose} />}
    </>
  );
}
