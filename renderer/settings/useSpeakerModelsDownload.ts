import { useCallback, useEffect, useRef, useState } from 'react';
import type { SpeakerModelsDownload } from '../../shared/domain/speakerModels';
import { call, errorMessage, onEvent } from '../ui/bridge';
import { useLiveQuery } from '../ui/useLiveQuery';
import type { DownloadProgress } from './useModels';

export type SpeakerDownloadAction = 'speakers:downloadModels' | 'speakers:cancelDownload';

export type SpeakerModelsDownloadState = {
  status: SpeakerModelsDownload | null;
  /** Live progress while the download runs (from `speakers:downloadProgress`); null otherwise. */
  progress: DownloadProgress | null;
  /** Why the last download or action failed; cleared by the next action. */
  problem: string | null;
  busy: boolean;
  act: (action: SpeakerDownloadAction) => void;
};

/**
 * Where the download of the two speaker models stands, kept current by its events. `onFinished` runs
 * when a download ends, for the section to reload the models in use.
 */
export function useSpeakerModelsDownload(onFinished: () => void): SpeakerModelsDownloadState {
  // The download lives in the models folder and the settings, not the library.
  const { data: status, error: loadError, reload, set } = useLiveQuery(() => call('speakers:downloadInfo', {}), [], { refetchOnLibraryChange: false });
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // An action's answer computed before a download finished would show it still running: when one
  // finished meanwhile, the answer is dropped for a fresh load.
  const finishedCount = useRef(0);

  useEffect(() => {
    const offProgress = onEvent('speakers:downloadProgress', setProgress);
    const offFinished = onEvent('speakers:downloadFinished', ({ outcome, message }) => {
      finishedCount.current++;
      setProgress(null);
      if (outcome === 'failed') setProblem(message ?? 'The download failed. Try again.');
      reload();
      onFinished();
    });
    return () => {
      offProgress();
      offFinished();
    };
  }, [reload, onFinished]);

  const act = useCallback(
    (action: SpeakerDownloadAction) => {
      const since = finishedCount.current;
      setProblem(null);
      setBusy(true);
      call(action, {})
        .then((next) => (finishedCount.current === since ? set(next) : reload()))
        .catch((e: unknown) => setProblem(errorMessage(e)))
        .finally(() => setBusy(false));
    },
    [set, reload],
  );

  return { status, progress, problem: problem ?? loadError?.message ?? null, busy, act };
}
