import { useState, type FormEvent } from 'react';
import type { Clip } from '../../shared/domain/clip';
import { call } from '../ui/bridge';
import { Dialog } from '../ui/Dialog';
import { DialogActions } from '../ui/DialogActions';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Field, InputField } from '../ui/Field';
import { useAction } from '../ui/useAction';
import { usePlaylists } from './usePlaylists';
import { NAME_MAX_LENGTH } from '../../shared/domain/playlist';

const NEW = 'new';
/** `from`: the playlist the clip is shown in, not offered. */
type Props = { clip: Pick<Clip, 'id' | 'title'>; from: string; onAdded: (playlistName: string) => void; onClose: () => void };

/**
 * Puts a clip in another playlist too (a clip can be in several): an ordinary playlist that does not hold
 * it yet, or a new one. Smart playlists are left out: what they hold is what their search finds.
 */
export function AddToPlaylistDialog({ clip, from, onAdded, onClose }: Props) {
  const playlists = usePlaylists();
  const [choice, setChoice] = useState('');
  const [name, setName] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const targets = (playlists.data ?? []).filter((p) => !p.smart && p.id !== from);
  const chosen = choice || targets[0]?.id || NEW;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (chosen === NEW && !name.trim()) return setMissing('Give the new playlist a name.');
    void run(async () => {
      const target = chosen === NEW ? await call('playlists:create', { name: name.trim() }) : targets.find((p) => p.id === chosen)!;
      await call('playlists:addClip', { playlistId: target.id, clipId: clip.id });
      onAdded(target.name);
    });
  };

  return (
    <Dialog title={`Add “${clip.title}” to a playlist`} onClose={() => !busy && onClose()} testId="add-to-playlist-dialog">
      <form onSubmit={submit}>
        <Field label="Playlist">
          {(fieldId) => (
            <select
              id={fieldId}
              className="select"
              data-testid="add-to-playlist-select"
              value={chosen}
              disabled={busy}
              onChange={(e) => {
                setChoice(e.target.value);
                setMissing(null);
              }}
            >
              {targets.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
              <option value={NEW}>New playlist…</option>
            </select>
          )}
        </Field>
        {chosen === NEW && (
          <InputField
            label="New playlist’s name"
            type="text"
            className="text-input"
            data-testid="add-to-playlist-name"
            value={name}
            maxLength={NAME_MAX_LENGTH}
            disabled={busy}
            onChange={(e) => {
              setName(e.target.value);
              setMissing(null);
            }}
          />
        )}
        <ErrorMessage testId="add-to-playlist-error">
          {missing ?? error ?? (playlists.error && `Could not list the playlists: ${playlists.error.message}`)}
        </ErrorMessage>
        <DialogActions busy={busy} onCancel={onClose} submitLabel="Add" busyLabel="Adding…" submitTestId="add-to-playlist-save" />
      </form>
    </Dialog>
  );
}
