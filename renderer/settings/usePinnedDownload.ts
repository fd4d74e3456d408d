import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage, onEvent } from '../ui/bridge';
import { useLiveQuery } from '../ui/useLiveQuery';
import type { DownloadProgress } from './useModels';

/** The downloads of a pinned set of model files (electron/services/models/pinnedDownload.ts), by their events' prefix. */
export type PinnedDownloadDomain = 'speakers' | 'meaning';

export type PinnedDownloadState<T> = {
  /** What the loader last answered (or an action answered since). */
  data: T | null;
  /** Live progress while the download runs (from `<domain>:downloadProgress`); null otherwise. */
  progress: DownloadProgress | null;
  /** Why the last download or action failed; cleared by the next action. */
  problem: string | null;
  busy: boolean;
  /** Runs an action whose answer is the loader's kind of answer (start, cancel…). */
  run: (action: () => Promise<T>) => void;
};

/**
 * A download in Settings kept current by its events: `load` reads where it stands, the progress event
 * moves the bar, the finished event shows a failure and loads again. `onFinished` runs when a download
 * ends (stable, or the events are subscribed again).
 */
export function usePinnedDownload<T>(domain: PinnedDownloadDomain, load: () => Promise<T>, onFinished?: () => void): PinnedDownloadState<T> {
  // The downloads live in the models folder and the settings, not the library.
  const { data, error: loadError, reload, set } = useLiveQuery(load, [], { refetchOnLibraryChange: false });
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // An action's answer computed before a download finished would show it still running: when one
  // finished meanwhile, the answer is dropped for a fresh load.
  const finishedCount = useRef(0);

  useEffect(() => {
    const offProgress = onEvent(`${domain}:downloadProgress`, setProgress);
    const offFinished = onEvent(`${domain}:downloadFinished`, ({ outcome, message }) => {
      finishedCount.current++;
      setProgress(null);
      if (outcome === 'failed') setProblem(message ?? 'The download failed. Try again.');
      reload();
      onFinished?.();
    });
    return () => {
      offProgress();
      offFinished();
    };
  }, [domain, reload, onFinished]);

  const run = useCallback(
    (action: () => Promise<T>) => {
      const since = finishedCount.current;
      setProblem(null);
      setBusy(true);
      action()
        .then((next) => (finishedCount.current === since ? set(next) : reload()))
        .catch((e: unknown) => setProblem(errorMessage(e)))
        .finally(() => setBusy(false));
    },
    [set, reload],
  );

  return { data, progress, problem: problem ?? loadError?.message ?? null, busy, run };
}
