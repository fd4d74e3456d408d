import { useState } from 'react';
import { call, errorMessage } from '../ui/bridge';
import { BackToLibrary } from '../ui/BackToLibrary';
import { ErrorMessage } from '../ui/ErrorMessage';
import { LibraryProblemBanner } from '../library/LibraryProblemBanner';
import { ModelsSection } from './ModelsSection';
import { MyNameSection } from './MyNameSection';
import { MeaningSection } from './MeaningSection';
import { SpeakerModelsSection } from './SpeakerModelsSection';
import { VoiceProfilesSection } from './VoiceProfilesSection';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useLibraryInfo } from '../ui/useLibraryInfo';
import { useJobs } from '../transcription/useJobs';

/** Where the library lives (and switching to another one), the rep's name, and the transcription model. */
export function SettingsView() {
  const { info, error: loadError, reload, set } = useLibraryInfo();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { jobs } = useJobs();
  useDocumentTitle('Settings');

  /** Switching stops the transcriptions of the library left (main says so per call): say it here too. */
  const switched = (now: string, stopped: number) =>
    stopped === 0
      ? now
      : `${now} Transcription of ${stopped === 1 ? '1 call' : `${stopped} calls`} in the previous library was stopped because the library changed; transcribe ${stopped === 1 ? 'it' : 'them'} again there.`;

  const run = async (action: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      setMessage(await action());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const chooseFolder = () =>
    run(async () => {
      const stopped = jobs.size;
      const { changed, library } = await call('library:chooseFolder', {});
      set(library);
      return changed ? switched(`Now using the library in ${library.folder}.`, stopped) : null;
    });

  const switchToDefaultFolder = () =>
    run(async () => {
      const stopped = jobs.size;
      const library = await call('library:useDefaultFolder', {});
      set(library);
      return switched(`Now using the default library in ${library.folder}.`, stopped);
    });

  return (
    <main className="view settings-view" data-testid="settings-view">
      <BackToLibrary testId="settings-back" />
      <h1 className="page-title">Settings</h1>

      <section className="card settings-section" aria-labelledby="library-folder-heading">
        <h2 id="library-folder-heading" className="card-title">
          Library folder
        </h2>
        <ErrorMessage>{loadError}</ErrorMessage>
        {info ? (
          <>
            <p className="folder-line">
              <code className="folder-path" data-testid="library-folder">
                {info.folder}
              </code>
              {info.isDefault && <span className="tag">default</span>}
            </p>
            <p className="muted">
              {info.callCount} {info.callCount === 1 ? 'call' : 'calls'} in this library.
            </p>
          </>
        ) : (
          !loadError && (
            <p className="loading" role="status">
              Loading…
            </p>
          )
        )}
        <LibraryProblemBanner problem={info?.problem ?? null} onRebuilt={reload} />
        <div className="button-row">
          <button type="button" className="button" onClick={() => void chooseFolder()} disabled={busy}>
            Change folder…
          </button>
          {info && !info.isDefault && (
            <button type="button" className="button" onClick={() => void switchToDefaultFolder()} disabled={busy}>
              Use default folder
            </button>
          )}
        </div>
        <p className="note">
          Changing the folder switches to the library in that folder, or starts a new one there if it has none. Calls in the current library stay where they
          are, and you can switch back at any time.
        </p>
        {message && (
          <p className="success-message" role="status">
            {message}
          </p>
        )}
        <ErrorMessage>{error}</ErrorMessage>
      </section>

      {info && <MyNameSection myName={info.myName} onSaved={set} />}

      <ModelsSection />

      <SpeakerModelsSection />

      <MeaningSection />

      <VoiceProfilesSection />
    </main>
  );
}
