import { useCallback, useEffect, useRef, useState } from 'react';
import type { MeaningInfo, MeaningProgress } from '../../shared/meaning/textModel';
import { call, errorMessage, onEvent } from '../ui/bridge';
import { useLiveQuery } from '../ui/useLiveQuery';
import type { DownloadProgress } from './useModels';

export type MeaningAction = 'meaning:download' | 'meaning:cancelDownload' | 'meaning:chooseFolder' | 'meaning:remove';

export type MeaningState = {
  info: MeaningInfo | null;
  /** Live download progress (from `meaning:downloadProgress`); null when no download runs. */
  download: DownloadProgress | null;
  /** The background computing of turn vectors, as last reported. */
  work: MeaningProgress | null;
  /** Why the last download or action failed; cleared by the next action. */
  problem: string | null;
  busy: boolean;
  act: (action: MeaningAction) => void;
};

/** The text model (Settings → Understanding by meaning), kept current by its events. */
export function useMeaning(): MeaningState {
  // The model lives in the settings, not the library: a library change says nothing about it.
  const { data: info, error: loadError, reload, set } = useLiveQuery(() => call('meaning:info', {}), [], { refetchOnLibraryChange: false });
  const [download, setDownload] = useState<DownloadProgress | null>(null);
  const [work, setWork] = useState<MeaningProgress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // An action's answer computed before a download finished would show it still running: when one
  // finished meanwhile, the answer is dropped for a fresh load.
  const finishedCount = useRef(0);

  useEffect(() => {
    const offs = [
      onEvent('meaning:downloadProgress', setDownload),
      onEvent('meaning:progress', setWork),
      onEvent('meaning:downloadFinished', ({ outcome, message }) => {
        finishedCount.current++;
        setDownload(null);
        if (outcome === 'failed') setProblem(message ?? 'The download failed. Try again.');
        reload();
      }),
    ];
    return () => offs.forEach((off) => off());
  }, [reload]);

  const act = useCallback(
    (action: MeaningAction) => {
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

  return { info, download, work: work ?? info?.progress ?? null, problem: problem ?? loadError?.message ?? null, busy, act };
}
