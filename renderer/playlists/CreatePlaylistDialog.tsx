import { useState, type FormEvent } from 'react';
import { call } from '../ui/bridge';
import { Dialog } from '../ui/Dialog';
import { DialogActions } from '../ui/DialogActions';
import { ErrorMessage } from '../ui/ErrorMessage';
import { InputField, TextAreaField } from '../ui/Field';
import { submitOnCtrlEnter } from '../ui/submitOnCtrlEnter';
import { useAction } from '../ui/useAction';
import { NAME_MAX_LENGTH } from '../../shared/domain/playlist';

type Props = { onCreated: (playlistId: string) => void; onClose: () => void };

/** A new, empty playlist: its name and what it is for. Clips are added to it from the Review view. */
export function CreatePlaylistDialog({ onCreated, onClose }: Props) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!name.trim()) return setMissing('Give the playlist a name.');
    void run(async () => {
      const playlist = await call('playlists:create', { name: name.trim(), description: description.trim() });
      onCreated(playlist.id);
    });
  };

  return (
    <Dialog title="New playlist" onClose={() => !busy && onClose()} testId="create-playlist-dialog">
      <form onSubmit={submit} onKeyDown={submitOnCtrlEnter}>
        <InputField
          label="Name"
          type="text"
          className="text-input"
          data-testid="playlist-name-input"
          value={name}
          maxLength={NAME_MAX_LENGTH}
          disabled={busy}
          onChange={(e) => {
            setName(e.target.value);
            setMissing(null);
          }}
        />
        <TextAreaField
          label="Description (optional)"
          className="text-input playlist-textarea"
          data-testid="playlist-description-input"
          rows={3}
          value={description}
          maxLength={5000}
          disabled={busy}
          onChange={(e) => setDescription(e.target.value)}
        />
        <ErrorMessage testId="create-playlist-error">{missing ?? error}</ErrorMessage>
        <DialogActions busy={busy} onCancel={onClose} submitLabel="Create" busyLabel="Creating…" submitTestId="create-playlist-save" />
      </form>
    </Dialog>
  );
}
