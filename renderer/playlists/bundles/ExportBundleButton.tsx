import { call } from '../../ui/bridge';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SavedTo } from '../../ui/SavedTo';
import { useSaveToFile } from '../../ui/useSaveToFile';

/** What to export: a whole playlist, or one clip. */
export type ExportBundleTarget = { playlistId: string } | { clipId: string };

/**
 * Exports a playlist (or one clip) as a bundle `.zip` anyone can unzip and play offline; the main process
 * asks where to save. A clip that can't play refuses the export, and the message names it.
 */
export function ExportBundleButton(props: ExportBundleTarget) {
  const { busy, error, savedTo, save } = useSaveToFile();
  const target: ExportBundleTarget = 'playlistId' in props ? { playlistId: props.playlistId } : { clipId: props.clipId };
  const exportNow = () => save(async () => (await call('bundles:export', target)).savedTo); // null: cancelled

  return (
    <div className="export-bundle">
      <button
        type="button"
        className="button small"
        data-testid="export-bundle"
        disabled={busy}
        aria-busy={busy}
        title="A .zip with the audio, transcripts and notes, and a player that works in any browser, offline"
        onClick={() => void exportNow()}
      >
        {busy ? 'Exporting…' : 'playlistId' in target ? 'Export bundle…' : 'Export clip as bundle…'}
      </button>
      <SavedTo path={savedTo} testId="export-bundle-result" />
      <ErrorMessage testId="export-bundle-error">{error}</ErrorMessage>
    </div>
  );
}
