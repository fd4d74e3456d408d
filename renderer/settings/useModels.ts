import { useCallback, useEffect, useRef, useState } from 'react';
import { call, errorMessage, onEvent } from '../ui/bridge';
import type { ModelsInfo } from '../../shared/domain/models';
import { useLiveQuery } from '../ui/useLiveQuery';

export type DownloadProgress = { receivedBytes: number; totalBytes: number };
/** The catalogue actions: each takes a model id and answers with the fresh ModelsInfo. */
export type CatalogueAction = 'models:download' | 'models:cancelDownload' | 'models:use' | 'models:delete';

export type Models = {
  info: ModelsInfo | null;
  loadError: string | null;
  /** Live progress of downloads running now, by model id (from `models:progress`). */
  progress: ReadonlyMap<string, DownloadProgress>;
  /** Why a model's last download or action failed, by model id; cleared by its next action. */
  problems: ReadonlyMap<string, string>;
  /** Models with an action on its way: their buttons are disabled meanwhile. */
  busy: ReadonlySet<string>;
  /** Runs an action and throws its error (for a dialog that shows it). */
  run: (action: CatalogueAction, id: string) => Promise<void>;
  /** Runs an action and shows its error on the model's row. */
  act: (action: CatalogueAction, id: string) => void;
  /** Takes a fresher ModelsInfo from another request (choose file, threads). */
  set: (info: ModelsInfo) => void;
};

const withEntry = <V>(map: ReadonlyMap<string, V>, key: string, value: V | null) => {
  const next = new Map(map);
  if (value === null) next.delete(key);
  else next.set(key, value);
  return next;
};

/** The model settings and catalogue, kept current by download events. */
export function useModels(): Models {
  // Models don't live in the library: a library change says nothing about them.
  const query = useLiveQuery(() => call('models:info', {}), [], { refetchOnLibraryChange: false });
  const { reload, set } = query;
  const [progress, setProgress] = useState<ReadonlyMap<string, DownloadProgress>>(new Map());
  const [problems, setProblems] = useState<ReadonlyMap<string, string>>(new Map());
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  // Counts finished downloads. An action's answer computed before a download finished would show it
  // as still running; when one finished meanwhile, the answer is dropped for a fresh load.
  const finishedCount = useRef(0);

  useEffect(() => {
    const offProgress = onEvent('models:progress', ({ id, receivedBytes, totalBytes }) => setProgress((m) => withEntry(m, id, { receivedBytes, totalBytes })));
    const offFinished = onEvent('models:finished', ({ id, outcome, message }) => {
      finishedCount.current++;
      setProgress((m) => withEntry(m, id, null));
      if (outcome === 'failed') setProblems((m) => withEntry(m, id, message ?? 'The download failed. Try again.'));
      reload();
    });
    return () => {
      offProgress();
      offFinished();
    };
  }, [reload]);

  const run = useCallback(
    async (action: CatalogueAction, id: string) => {
      const since = finishedCount.current;
      setProblems((m) => withEntry(m, id, null));
      setBusy((s) => new Set(s).add(id));
      try {
        const info = await call(action, { id });
        if (finishedCount.current === since) set(info);
        else reload();
      } finally {
        setBusy((s) => {
          const next = new Set(s);
          next.delete(id);
          return next;
        });
      }
    },
    [set, reload],
  );

  const act = useCallback(
    (action: CatalogueAction, id: string) => {
      run(action, id).catch((e: unknown) => setProblems((m) => withEntry(m, id, errorMessage(e))));
    },
    [run],
  );

  return { info: query.data, loadError: query.error?.message ?? null, progress, problems, busy, run, act, set };
}
