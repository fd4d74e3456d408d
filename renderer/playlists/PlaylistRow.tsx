import { useState } from 'react';
import type { PlaylistSummary } from '../../shared/playlists/views';
import { call } from '../ui/bridge';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatDuration } from '../ui/format';
import { InlineNameEditor } from '../ui/InlineNameEditor';
import { useAction } from '../ui/useAction';
import { hrefFor } from '../ui/useRoute';
import { PlaylistBadges } from './PlaylistBadges';
import { NAME_MAX_LENGTH } from '../../shared/domain/playlist';

type Props = { playlist: PlaylistSummary; onDelete: (playlist: PlaylistSummary) => void };

const clipCount = (n: number) => (n === 1 ? '1 clip' : `${n} clips`);

/** One playlist in the list: open it, rename or describe it in place, delete it. */
export function PlaylistRow({ playlist, onDelete }: Props) {
  const [editing, setEditing] = useState<'name' | 'description' | null>(null);
  const { error, run } = useAction();

  const save = (fields: { name?: string; description?: string }) => async () => {
    const ok = await run(async () => {
      await call('playlists:update', { playlistId: playlist.id, ...fields });
    });
    if (!ok) throw new Error('not saved'); // keeps the editor open; the message is shown below
    setEditing(null);
  };

  return (
    <li className="card playlist-row" data-testid="playlist-row" data-playlist-id={playlist.id}>
      <div className="playlist-row-main">
        {editing === 'name' ? (
          <InlineNameEditor
            initial={playlist.name}
            label="Playlist name"
            testId="playlist-rename-input"
            saveTestId="playlist-rename-save"
            maxLength={NAME_MAX_LENGTH}
            onSave={(name) => save({ name })()}
            onClose={() => setEditing(null)}
          />
        ) : (
          <a className="playlist-name" href={hrefFor({ name: 'playlist', playlistId: playlist.id })} data-testid="playlist-link">
            {playlist.name}
          </a>
        )}
        <PlaylistBadges smart={playlist.smart} bundleId={playlist.bundleId} />
        {editing === 'description' ? (
          <InlineNameEditor
            initial={playlist.description}
            label="Playlist description"
            testId="playlist-describe-input"
            saveTestId="playlist-describe-save"
            maxLength={5000}
            onSave={(description) => save({ description })()}
            onClose={() => setEditing(null)}
          />
        ) : (
          playlist.description && (
            <p className="playlist-description muted" data-testid="playlist-description">
              {playlist.description}
            </p>
          )
        )}
        <p className="playlist-meta muted" data-testid="playlist-meta">
          {clipCount(playlist.clipCount)} · {formatDuration(playlist.totalSec)}
        </p>
        <ErrorMessage testId="playlist-problem">{playlist.problem && `Its search failed: ${playlist.problem}`}</ErrorMessage>
        <ErrorMessage testId="playlist-row-error">{error}</ErrorMessage>
      </div>
      <div className="playlist-row-actions">
        <button type="button" className="button small quiet" data-testid="playlist-rename" onClick={() => setEditing('name')}>
          Rename
        </button>
        <button type="button" className="button small quiet" data-testid="playlist-describe" onClick={() => setEditing('description')}>
          {playlist.description ? 'Edit description' : 'Describe'}
        </button>
        <button type="button" className="button small danger-text" data-testid="playlist-delete" onClick={() => onDelete(playlist)}>
          Delete
        </button>
      </div>
    </li>
  );
}
