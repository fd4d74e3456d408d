import { useCallback } from 'react';
import type { PinnedDownloadStatus } from '../../shared/domain/pinnedDownload';
import { call } from '../ui/bridge';
import type { DownloadProgress } from './useModels';
import { usePinnedDownload } from './usePinnedDownload';

export type SpeakerDownloadAction = 'speakers:downloadModels' | 'speakers:cancelDownload';

export type SpeakerModelsDownloadState = {
  status: PinnedDownloadStatus | null;
  /** Live progress while the download runs (from `speakers:downloadProgress`); null otherwise. */
  progress: DownloadProgress | null;
  /** Why the last download or action failed; cleared by the next action. */
  problem: string | null;
  busy: boolean;
  act: (action: SpeakerDownloadAction) => void;
};

const load = () => call('speakers:downloadInfo', {});

/**
 * Where the download of the two speaker models stands, kept current by its events. `onFinished` runs
 * when a download ends, for the section to reload the models in use.
 */
export function useSpeakerModelsDownload(onFinished: () => void): SpeakerModelsDownloadState {
  const { data: status, progress, problem, busy, run } = usePinnedDownload('speakers', load, onFinished);
  const act = useCallback((action: SpeakerDownloadAction) => run(() => call(action, {})), [run]);
  return { status, progress, problem, busy, act };
}
