import { useState } from 'react';
import { call, errorMessage } from '../../ui/bridge';
import type { PickedFile } from '../../../shared/contract';
import { Title } from '../../../shared/domain/call';
import { titleFromFileName } from '../../../shared/domain/title';
import { busyLabel, type Importer } from './useImporter';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SpeakerTrackField } from './SpeakerTrackField';

const MIN_TRACKS = 2;
const MAX_TRACKS = 8;

/** "dana_agent.wav" → "dana agent": a starting point for the speaker's name. */
export function speakerFromFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return stem.replace(/_+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100);
}

type Props = { importer: Pick<Importer, 'busy' | 'importTracks'>; onClose: () => void };

/** Imports one call from separate per-speaker recordings, each named after its speaker. */
export function TracksDialog({ importer, onClose }: Props) {
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [speakers, setSpeakers] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [picking, setPicking] = useState(false);
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const pick = async () => {
    setPicking(true);
    setError(null);
    try {
      const picked = await call('calls:pickFiles', { multiple: true });
      if (picked.length === 0) return; // the user closed the picker
      if (picked.length < MIN_TRACKS) {
        setError('Pick at least two tracks: one recording per speaker, selected together.');
      } else if (picked.length > MAX_TRACKS) {
        setError(`Pick at most ${MAX_TRACKS} tracks. You picked ${picked.length}.`);
      } else {
        setFiles(picked);
        setSpeakers(picked.map((f) => speakerFromFileName(f.name)));
        setSubmitted(false);
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPicking(false);
    }
  };

  const speakerErrors = speakers.map((s) => (s.trim() ? null : 'Name the speaker of this track'));
  const titleCheck = title.trim() ? Title.safeParse(title) : null;
  const titleError = titleCheck && !titleCheck.success ? (titleCheck.error.issues[0]?.message ?? 'Invalid title') : null;

  const submit = async () => {
    setSubmitted(true);
    setError(null);
    if (files.length < MIN_TRACKS) {
      setError('Pick at least two tracks first.');
      return;
    }
    if (speakerErrors.some(Boolean) || titleError) return;
    setImporting(true);
    try {
      await importer.importTracks({
        title: title.trim() || undefined,
        tracks: files.map((f, i) => ({ path: f.path, speakerName: speakers[i]!.trim() })),
      });
      onClose(); // the outcome (imported, duplicate or failed) shows in the import results
    } catch (e) {
      setError(errorMessage(e));
      setImporting(false);
    }
  };

  const locked = picking || importing;
  return (
    <Dialog title="Import per-speaker tracks" onClose={() => !importing && onClose()} testId="tracks-dialog" className="tracks-dialog">
      <p className="dialog-message">For calls recorded with one file per speaker. Pick all the tracks of one call together, then name each track’s speaker.</p>
      <div className="tracks-pick-row">
        <button type="button" className="button" data-testid="tracks-pick" onClick={() => void pick()} disabled={locked}>
          {files.length ? 'Pick other files…' : 'Pick track files…'}
        </button>
        <span className="muted">{files.length ? `${files.length} tracks` : 'No tracks picked yet'}</span>
      </div>
      {files.length > 0 && (
        <fieldset className="tracks-fields" disabled={importing}>
          <legend>Speakers</legend>
          {files.map((f, i) => (
            <SpeakerTrackField
              key={`${i}:${f.path}`}
              fileName={f.name}
              value={speakers[i] ?? ''}
              error={submitted ? (speakerErrors[i] ?? null) : null}
              onChange={(v) => setSpeakers((all) => all.map((s, j) => (j === i ? v : s)))}
            />
          ))}
        </fieldset>
      )}
      <label className="field">
        <span className="field-label">Title (optional)</span>
        <input
          type="text"
          className="text-input"
          data-testid="tracks-title"
          value={title}
          placeholder={files[0] ? `Leave empty for “${titleFromFileName(files[0].name)}”` : 'Named after the first track if left empty'}
          disabled={importing}
          aria-invalid={titleError ? true : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <ErrorMessage>{titleError}</ErrorMessage>
      <ErrorMessage testId="tracks-error">{error}</ErrorMessage>
      <div className="dialog-actions">
        {importing && importer.busy && (
          <span className="muted" role="status">
            {busyLabel(importer.busy)}
          </span>
        )}
        <button type="button" className="button" onClick={onClose} disabled={importing}>
          Cancel
        </button>
        <button type="button" className="button primary" data-testid="tracks-import" onClick={() => void submit()} disabled={locked}>
          Import
        </button>
      </div>
    </Dialog>
  );
}
