import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo } from 'react';
import type { PlaylistItem } from '../../shared/playlists/views';
import { ClipRow } from './ClipRow';
import type { PlaylistEdits } from './usePlaylistEdits';

type Props = {
  items: readonly PlaylistItem[];
  currentIndex: number | null;
  /** Null for a smart playlist (no reordering, no removing). */
  edit: PlaylistEdits | null;
  onPlay: (index: number) => void;
};

const titleOf = (items: readonly PlaylistItem[], id: string | number) => items.find((i) => i.clip.id === id)?.clip.title ?? 'the clip';

/**
 * The playlist's clips in order; an ordinary playlist's are reordered by dragging their handle or by
 * keyboard. Memoised: the player's clock ticks re-render the view, not the list.
 */
export const ClipList = memo(function ClipList({ items, currentIndex, edit, onPlay }: Props) {
  const sensors = useSensors(
    // A few pixels before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = items.map((i) => i.clip.id);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!edit || !over || active.id === over.id) return;
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    if (from >= 0 && to >= 0) edit.reorder(from, to);
  };

  const rows = items.map((item, i) => (
    <ClipRow key={item.clip.id} item={item} index={i} count={items.length} current={i === currentIndex} edit={edit} onPlay={onPlay} />
  ));

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements: {
          onDragStart: ({ active }) => `Picked up “${titleOf(items, active.id)}”.`,
          onDragOver: ({ active, over }) => (over ? `“${titleOf(items, active.id)}” is now at place ${ids.indexOf(String(over.id)) + 1}.` : undefined),
          onDragEnd: ({ active, over }) =>
            over ? `“${titleOf(items, active.id)}” was put at place ${ids.indexOf(String(over.id)) + 1}.` : `“${titleOf(items, active.id)}” was put back.`,
          onDragCancel: ({ active }) => `Moving “${titleOf(items, active.id)}” was cancelled.`,
        },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={edit === null}>
        <ol className="clip-list" aria-label="Clips" data-testid="clip-list">
          {rows}
        </ol>
      </SortableContext>
    </DndContext>
  );
});
