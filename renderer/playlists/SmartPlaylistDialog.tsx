import { useState, type FormEvent } from 'react';
import { DEFAULT_CONTEXT_SEC, MAX_CONTEXT_SEC } from '../../shared/playlists/clipRange';
import { call } from '../ui/bridge';
import { Dialog } from '../ui/Dialog';
import { DialogActions } from '../ui/DialogActions';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Field, InputField } from '../ui/Field';
import { useAction } from '../ui/useAction';
import { useSavedSearches } from './usePlaylists';
import { NAME_MAX_LENGTH } from '../../shared/domain/playlist';

type Props = { onCreated: (playlistId: string) => void; onClose: () => void };

/**
 * A smart playlist: the moments a saved search finds, each with a few seconds around it, found again
 * whenever it is opened. Searches are saved from the search panel (Ctrl/Cmd+K).
 */
export function SmartPlaylistDialog({ onCreated, onClose }: Props) {
  const searches = useSavedSearches();
  const [searchId, setSearchId] = useState('');
  const [name, setName] = useState('');
  const [context, setContext] = useState(String(DEFAULT_CONTEXT_SEC));
  const [invalid, setInvalid] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const list = searches.data;
  const chosen = list?.find((s) => s.id === searchId) ?? list?.[0] ?? null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy || !chosen) return;
    const contextSec = Number(context);
    if (context.trim() === '' || !Number.isFinite(contextSec) || contextSec < 0 || contextSec > MAX_CONTEXT_SEC) {
      return setInvalid(`Context is a number of seconds from 0 to ${MAX_CONTEXT_SEC}.`);
    }
    void run(async () => {
      const playlist = await call('playlists:create', { name: name.trim() || chosen.name, smart: { searchId: chosen.id, contextSec } });
      onCreated(playlist.id);
    });
  };

  return (
    <Dialog title="New smart playlist" onClose={() => !busy && onClose()} testId="smart-playlist-dialog">
      <ErrorMessage testId="saved-searches-error">{searches.error && `Could not list the saved searches: ${searches.error.message}`}</ErrorMessage>
      {list && list.length === 0 && (
        <p className="dialog-message" data-testid="no-saved-searches">
          A smart playlist plays what a saved search finds. Search the library first (<kbd>Ctrl</kbd>/<kbd>Cmd</kbd>+<kbd>K</kbd>), then save the search, and it
          appears here.
        </p>
      )}
      {list && list.length > 0 && chosen && (
        <form onSubmit={submit}>
          <Field label="Saved search">
            {(id) => (
              <select
                id={id}
                className="select"
                data-testid="smart-search-select"
                value={chosen.id}
                disabled={busy}
                onChange={(e) => setSearchId(e.target.value)}
              >
                {list.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <InputField
            label="Seconds of context around each moment"
            type="number"
            className="text-input smart-context-input"
            data-testid="smart-context-input"
            min={0}
            max={MAX_CONTEXT_SEC}
            step={1}
            value={context}
            disabled={busy}
            aria-invalid={invalid ? true : undefined}
            onChange={(e) => {
              setContext(e.target.value);
              setInvalid(null);
            }}
          />
          <InputField
            label="Name"
            type="text"
            className="text-input"
            data-testid="smart-name-input"
            value={name}
            placeholder={chosen.name}
            maxLength={NAME_MAX_LENGTH}
            disabled={busy}
            onChange={(e) => setName(e.target.value)}
          />
          <ErrorMessage testId="smart-playlist-error">{invalid ?? error}</ErrorMessage>
          <DialogActions busy={busy} onCancel={onClose} submitLabel="Create smart playlist" busyLabel="Creating…" submitTestId="smart-playlist-save" />
        </form>
      )}
      {(!list || list.length === 0) && (
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      )}
    </Dialog>
  );
}
