import { useEffect, useState } from 'react';
import { BUNDLED_COMPONENTS, LICENCES_FILE, type AboutInfo } from '../../shared/about/about';
import { call, errorMessage } from '../ui/bridge';
import { Dialog } from '../ui/Dialog';
import { ErrorMessage } from '../ui/ErrorMessage';

// Help → About Call Review (macOS: the app menu's About) reaches the host through here, as the demo's
// commands reach DemoHost, so the menu's command handler holds no state of its own.
const listeners = new Set<() => void>();

export function requestAbout(): void {
  for (const listener of listeners) listener();
}

/** The About dialog, opened from the menu: versions, then what is bundled or downloaded and its licence. */
export function AboutHost() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const listener = () => setOpen(true);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  if (!open) return null;
  return <AboutDialog onClose={() => setOpen(false)} />;
}

function AboutDialog({ onClose }: { onClose: () => void }) {
  const [about, setAbout] = useState<AboutInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('app:about', {}).then(
      (info) => live && setAbout(info),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <Dialog title="About Call Review" onClose={onClose} testId="about-dialog" className="about-dialog">
      <ErrorMessage>{error}</ErrorMessage>
      {about && (
        <>
          <p className="about-version" data-testid="about-version">
            Version {about.version}
          </p>
          <p className="dialog-message">
            Electron {about.electron} · Chromium {about.chrome} · Node.js {about.node}
          </p>
        </>
      )}
      <h3 className="about-heading">Licences of what Call Review bundles or downloads</h3>
      <ul className="about-licences" data-testid="about-licences">
        {BUNDLED_COMPONENTS.map((c) => (
          <li key={c.name}>
            <span className="about-name">{c.name}</span> <span className="about-licence">{c.licence}</span>
            <div className="about-what">{c.what}</div>
            {c.note && <div className="about-what">{c.note}</div>}
            <div className="about-url">{c.url}</div>
          </li>
        ))}
      </ul>
      <p className="dialog-message">
        The full licence texts, with those of every package these depend on, are in {LICENCES_FILE} in the app&apos;s resources folder (licenses/).
      </p>
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
