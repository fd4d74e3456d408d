import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState, type KeyboardEvent } from 'react';
import type { PlaylistItem } from '../../shared/playlists/views';
import { call } from '../ui/bridge';
import { ErrorMessage } from '../ui/ErrorMessage';
import { InlineNameEditor } from '../ui/InlineNameEditor';
import { useAction } from '../ui/useAction';
import { AddToPlaylistDialog } from './AddToPlaylistDialog';
import { ExportBundleButton } from './bundles/ExportBundleButton';
import type { PlaylistEdits } from './usePlaylistEdits';
import { ClipNoteEditor } from './ClipNoteEditor';
import { ClipRange } from './ClipRange';
import { NAME_MAX_LENGTH } from '../../shared/domain/playlist';

type Props = {
  item: PlaylistItem;
  index: number;
  count: number;
  current: boolean;
  /** Null for a smart playlist: its clips are what its search finds, not placed or edited by hand. */
  edit: Pick<PlaylistEdits, 'playlistId' | 'move' | 'remove'> | null;
  onPlay: (index: number) => void;
};

/** Alt+↑ / Alt+↓ anywhere in a row (but in its text fields) move its clip. */
function moveKey(e: KeyboardEvent, move: (step: 1 | -1) => void) {
  if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
  if (e.target instanceof Element && e.target.closest('input, textarea, select')) return;
  e.preventDefault();
  move(e.key === 'ArrowUp' ? -1 : 1);
}

/**
 * One clip of the playlist: its title and note (edited in place), its call and range, why it can't play,
 * and for an ordinary playlist a drag handle, Move up / Move down, Add to another playlist, Remove and Export clip as bundle (a smart
 * playlist's clips are found anew each time, not kept: freeze it to export one of them alone).
 */
export function ClipRow({ item, index, count, current, edit, onPlay }: Props) {
  const { clip } = item;
  const sortable = useSortable({ id: clip.id, disabled: edit === null });
  const [editing, setEditing] = useState<'title' | 'note' | null>(null);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const { error, run } = useAction();
  const update = (fields: { title?: string; note?: string }) => call('clips:update', { clipId: clip.id, ...fields }).then(() => undefined);

  const style = { transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition };
  return (
    <li
      ref={sortable.setNodeRef}
      style={style}
      className={`clip-row${current ? ' current' : ''}${sortable.isDragging ? ' dragging' : ''}${item.unavailable ? ' unavailable' : ''}`}
      data-testid="clip-row"
      data-clip-id={clip.id}
      data-current={current}
      onKeyDown={edit ? (e) => moveKey(e, (step) => edit.move(clip.id, step)) : undefined}
    >
      {edit && (
        <button
          type="button"
          ref={sortable.setActivatorNodeRef}
          className="clip-handle"
          data-testid="clip-handle"
          aria-label={`Drag to reorder “${clip.title}” (Space to pick up, arrows to move, Space to drop)`}
          {...sortable.attributes}
          {...sortable.listeners}
        >
          ⠿
        </button>
      )}
      <span className="clip-number muted">{index + 1}</span>
      <div className="clip-body">
        {editing === 'title' ? (
          <InlineNameEditor
            initial={clip.title}
            label="Clip title"
            testId="clip-title-input"
            saveTestId="clip-title-save"
            maxLength={NAME_MAX_LENGTH}
            onSave={async (title) => {
              if (!(await run(() => update({ title })))) throw new Error('not saved');
              setEditing(null);
            }}
            onClose={() => setEditing(null)}
          />
        ) : (
          <button type="button" className="clip-title" data-testid="clip-title" onClick={() => onPlay(index)} title="Play this clip">
            {clip.title}
          </button>
        )}
        <p className="clip-source muted">
          <span data-testid="clip-call-title">{clip.callTitle}</span> · <ClipRange clip={clip} />
        </p>
        {editing === 'note' ? (
          <ClipNoteEditor initial={clip.note} onSave={(note) => update({ note })} onClose={() => setEditing(null)} />
        ) : (
          clip.note && (
            <p className="clip-note" data-testid="clip-note">
              {clip.note}
            </p>
          )
        )}
        {item.unavailable && (
          <p className="clip-unavailable" data-testid="clip-unavailable">
            Can’t play: {item.unavailable}
          </p>
        )}
        {added && (
          <p className="clip-added muted" role="status" data-testid="clip-added">
            Also in “{added}”.
          </p>
        )}
        <ErrorMessage testId="clip-row-error">{error}</ErrorMessage>
      </div>
      {edit && (
        <div className="clip-actions">
          <button type="button" className="button small quiet" data-testid="clip-rename" onClick={() => setEditing('title')}>
            Rename
          </button>
          <button type="button" className="button small quiet" data-testid="clip-edit-note" onClick={() => setEditing('note')}>
            {clip.note ? 'Edit note' : 'Add note'}
          </button>
          <button
            type="button"
            className="button small quiet"
            data-testid="clip-move-up"
            aria-label={`Move “${clip.title}” up`}
            aria-keyshortcuts="Alt+ArrowUp"
            disabled={index === 0}
            onClick={() => edit.move(clip.id, -1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="button small quiet"
            data-testid="clip-move-down"
            aria-label={`Move “${clip.title}” down`}
            aria-keyshortcuts="Alt+ArrowDown"
            disabled={index === count - 1}
            onClick={() => edit.move(clip.id, 1)}
          >
            ↓
          </button>
          <button type="button" className="button small quiet" data-testid="clip-add-to-playlist" onClick={() => setAdding(true)}>
            Add to playlist…
          </button>
          <button type="button" className="button small danger-text" data-testid="clip-remove" onClick={() => edit.remove(clip.id)}>
            Remove
          </button>
          <ExportBundleButton clipId={clip.id} />
        </div>
      )}
      {edit && adding && (
        <AddToPlaylistDialog
          clip={clip}
          from={edit.playlistId}
          onAdded={(name) => {
            setAdding(false);
            setAdded(name);
          }}
          onClose={() => setAdding(false)}
        />
      )}
    </li>
  );
}
