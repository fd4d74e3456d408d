import { useCallback, useEffect, useState } from 'react';
import type { MeaningInfo, MeaningProgress } from '../../shared/meaning/textModel';
import { call, onEvent } from '../ui/bridge';
import type { DownloadProgress } from './useModels';
import { usePinnedDownload } from './usePinnedDownload';

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

const load = () => call('meaning:info', {});

/** The text model (Settings → Understanding by meaning), kept current by its events. */
export function useMeaning(): MeaningState {
  const { data: info, progress: download, problem, busy, run } = usePinnedDownload('meaning', load);
  const [work, setWork] = useState<MeaningProgress | null>(null);
  useEffect(() => onEvent('meaning:progress', setWork), []);
  const act = useCallback((action: MeaningAction) => run(() => call(action, {})), [run]);
  return { info, download, work: work ?? info?.progress ?? null, problem, busy, act };
}
