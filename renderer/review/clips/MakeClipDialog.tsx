import { useRef, useState, type FormEvent } from 'react';
import { DEFAULT_CONTEXT_SEC, MAX_CONTEXT_SEC } from '../../../shared/playlists/clipRange';
import { call, errorMessage } from '../../ui/bridge';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { InputField, TextAreaField } from '../../ui/Field';
import { submitOnCtrlEnter } from '../../ui/submitOnCtrlEnter';
import { useLiveQuery } from '../../ui/useLiveQuery';
import {
  draftRange,
  formatClipTime,
  initialFields,
  playlistChoiceError,
  titleError,
  type ClipSource,
  type DraftFields,
  type PlaylistChoice,
} from './clipDraft';
import { ClipPlaylistField } from './ClipPlaylistField';
import { saveClip, type SavedClip } from './saveClip';
import { NAME_MAX_LENGTH } from '../../../shared/domain/playlist';

type Props = {
  callId: string;
  /** The call's length: a clip stays inside it. */
  durationSec: number;
  source: ClipSource;
  onClose: () => void;
  /** After the save landed (the dialog closes itself). */
  onSaved: (saved: SavedClip) => void;
};

const seconds = (s: number) => `${s.toFixed(1)} s`;

/** The seconds of context kept before and after a moment, in the order the dialog shows them. */
const CONTEXT_FIELDS = [
  { name: 'before', label: 'Context before (s)', testId: 'clip-context-before' },
  { name: 'after', label: 'after (s)', testId: 'clip-context-after' },
] as const;

/**
 * Makes a clip of a call: its title and note, its range (a moment with context before and after, or a
 * selected range's ends), and the playlist it goes into (none, an ordinary one, or a new one). It stays
 * open with what was typed when something can't be saved, and says why. Usable from any view.
 */
export function MakeClipDialog({ callId, durationSec, source, onClose, onSaved }: Props) {
  const [title, setTitle] = useState(source.title);
  const [note, setNote] = useState('');
  const [fields, setFields] = useState<DraftFields>(() => initialFields(source, DEFAULT_CONTEXT_SEC));
  const [choice, setChoice] = useState<PlaylistChoice>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A playlist made by a save that then failed: saving again adds to it (see saveClip).
  const made = useRef<{ playlist: { id: string; name: string } | null }>({ playlist: null });
  const playlists = useLiveQuery(() => call('playlists:list', {}), [], { refetchOnLibraryChange: false });

  const draft = draftRange(source, fields, durationSec);
  // A message answers the last Save: any change makes it stale.
  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setError(null);
      set(value);
    };
  const field = (name: keyof DraftFields) => ({
    value: fields[name],
    disabled: busy,
    onChange: (e: { target: { value: string } }) => edited(setFields)((f) => ({ ...f, [name]: e.target.value })),
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const problem = titleError(title) ?? draft.error ?? playlistChoiceError(choice);
    if (problem) return setError(problem);
    setBusy(true);
    setError(null);
    try {
      const saved = await saveClip({ callId, range: draft.range, title, note, playlist: choice }, made.current);
      onSaved(saved);
      onClose();
    } catch (err) {
      setError(`Not saved: ${errorMessage(err)}`);
      setBusy(false);
    }
  };

  return (
    <Dialog title="Make clip" onClose={() => !busy && onClose()} testId="clip-dialog" className="clip-dialog">
      <form onSubmit={(e) => void submit(e)} onKeyDown={submitOnCtrlEnter}>
        <InputField
          label="Title"
          className="text-input"
          data-testid="clip-title"
          maxLength={NAME_MAX_LENGTH}
          value={title}
          disabled={busy}
          onChange={(e) => edited(setTitle)(e.target.value)}
        />

        {source.withContext ? (
          <div className="clip-times">
            {CONTEXT_FIELDS.map(({ name, label, testId }) => (
              <label key={name} className="field-label">
                {label}
                <input type="number" min={0} max={MAX_CONTEXT_SEC} step={0.5} className="text-input clip-seconds" data-testid={testId} {...field(name)} />
              </label>
            ))}
          </div>
        ) : (
          <div className="clip-times">
            <label className="field-label">
              Start
              <input className="text-input clip-time" data-testid="clip-start" aria-invalid={draft.error !== null} {...field('start')} />
            </label>
            <label className="field-label">
              End
              <input className="text-input clip-time" data-testid="clip-end" aria-invalid={draft.error !== null} {...field('end')} />
            </label>
          </div>
        )}
        <p className="clip-range muted" data-testid="clip-range" data-start={draft.range.start} data-end={draft.range.end}>
          {formatClipTime(draft.range.start)} – {formatClipTime(draft.range.end)} ({seconds(Math.max(0, draft.range.end - draft.range.start))})
        </p>
        <ErrorMessage testId="clip-range-error">{draft.error}</ErrorMessage>

        <TextAreaField
          label="Note"
          className="text-input clip-note"
          data-testid="clip-note"
          rows={3}
          maxLength={5000}
          value={note}
          disabled={busy}
          placeholder="What to listen for"
          onChange={(e) => edited(setNote)(e.target.value)}
        />

        <ClipPlaylistField
          choice={choice}
          onChange={edited(setChoice)}
          playlists={playlists.data}
          loadError={playlists.error?.message ?? null}
          disabled={busy}
        />

        <ErrorMessage testId="clip-error">{error}</ErrorMessage>
        <DialogActions busy={busy} onCancel={onClose} submitLabel="Save clip" busyLabel="Saving…" submitTestId="clip-save" cancelTestId="clip-cancel" />
      </form>
    </Dialog>
  );
}
