import { useState } from 'react';
import type { MethodOutput } from '../../../shared/contract';
import { call } from '../../ui/bridge';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';

/** A bundle imported (or found already imported): the playlist it is in the library. */
export type ImportedBundle = { playlistId: string; name: string; alreadyImported: boolean };

/**
 * Imports a bundle `.zip` someone shared: the main process picks the file, checks it and adds its playlist.
 * `onImported` lets the view that mounts it open the playlist; until then it says what was imported.
 */
export function ImportBundleButton({ onImported }: { onImported?: (imported: ImportedBundle) => void }) {
  const { busy, error, run } = useAction();
  const [imported, setImported] = useState<ImportedBundle | null>(null);
  const importNow = () =>
    run(async () => {
      setImported(null);
      const answer: MethodOutput<'bundles:import'> = await call('bundles:import', {});
      if (answer.playlistId === null || answer.name === null) return; // cancelled
      const done = { playlistId: answer.playlistId, name: answer.name, alreadyImported: answer.alreadyImported };
      setImported(done);
      onImported?.(done);
    });

  return (
    <div className="import-bundle">
      <button type="button" className="button small" data-testid="import-bundle" disabled={busy} aria-busy={busy} onClick={() => void importNow()}>
        {busy ? 'Importing…' : 'Import bundle…'}
      </button>
      {imported && (
        <p className="success-message" role="status" data-testid="import-bundle-result" data-playlist-id={imported.playlistId}>
          {imported.alreadyImported ? `“${imported.name}” was imported before: it is already in your playlists.` : `Imported “${imported.name}”.`}
        </p>
      )}
      <ErrorMessage testId="import-bundle-error">{error}</ErrorMessage>
    </div>
  );
}
