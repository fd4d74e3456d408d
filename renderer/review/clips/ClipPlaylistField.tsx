import { useId } from 'react';
import type { PlaylistSummary } from '../../../shared/playlists/views';
import { ErrorMessage } from '../../ui/ErrorMessage';
import type { PlaylistChoice } from './clipDraft';
import { NAME_MAX_LENGTH } from '../../../shared/domain/playlist';

type Props = {
  choice: PlaylistChoice;
  onChange: (choice: PlaylistChoice) => void;
  /** The library's playlists; null while loading. */
  playlists: readonly PlaylistSummary[] | null;
  loadError: string | null;
  disabled: boolean;
};

const NONE = '';
const NEW = '\u0000new';

/** Where a new clip goes: no playlist, an ordinary playlist (a smart one fills itself), or a new one by name. */
export function ClipPlaylistField({ choice, onChange, playlists, loadError, disabled }: Props) {
  const id = useId();
  const ordinary = (playlists ?? []).filter((p) => p.smart === null);
  const value = choice.kind === 'none' ? NONE : choice.kind === 'new' ? NEW : choice.playlistId;

  const pick = (v: string) => {
    if (v === NONE) return onChange({ kind: 'none' });
    if (v === NEW) return onChange({ kind: 'new', name: '' });
    const playlist = ordinary.find((p) => p.id === v);
    if (playlist) onChange({ kind: 'existing', playlistId: playlist.id, name: playlist.name });
  };

  return (
    <div className="field">
      <label htmlFor={`${id}-playlist`} className="field-label">
        Add to playlist
      </label>
      <select id={`${id}-playlist`} className="select" data-testid="clip-playlist" value={value} disabled={disabled} onChange={(e) => pick(e.target.value)}>
        <option value={NONE}>No playlist</option>
        {ordinary.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
        <option value={NEW}>New playlist…</option>
      </select>
      {choice.kind === 'new' && (
        <input
          className="text-input"
          data-testid="clip-playlist-name"
          aria-label="New playlist's name"
          placeholder="New playlist's name"
          maxLength={NAME_MAX_LENGTH}
          autoFocus
          value={choice.name}
          disabled={disabled}
          onChange={(e) => onChange({ kind: 'new', name: e.target.value })}
        />
      )}
      <ErrorMessage testId="clip-playlists-error">{loadError && `Playlists could not be loaded: ${loadError}`}</ErrorMessage>
    </div>
  );
}
