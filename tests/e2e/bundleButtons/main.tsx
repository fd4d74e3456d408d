// A test page for the bundle buttons until the playlists views mount them: the same bridge module first
// (it configures validation), the app's styles (linked by index.html), and the two buttons as a view would place them.
import '../../../renderer/ui/bridge';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ExportBundleButton } from '../../../renderer/playlists/bundles/ExportBundleButton';
import { ImportBundleButton } from '../../../renderer/playlists/bundles/ImportBundleButton';

const params = new URLSearchParams(window.location.search);
const playlistId = params.get('playlistId');
const clipId = params.get('clipId');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main className="bundle-buttons">
      <h1>Playlists</h1>
      {playlistId && <ExportBundleButton playlistId={playlistId} />}
      {clipId && <ExportBundleButton clipId={clipId} />}
      <ImportBundleButton onImported={(imported) => (document.body.dataset.imported = JSON.stringify(imported))} />
    </main>
  </StrictMode>,
);
