import { useCallback, useEffect, useRef, useState } from 'react';
import type { CatalogueItem, ModelsInfo } from '../../shared/domain/models';
import { firstModelChoice } from '../../shared/transcription/firstModel';
import { call, errorMessage, onEvent } from '../ui/bridge';
import { closeFirstModelRequest, waitingCalls } from './firstModelRequest';
import { useJobs } from './useJobs';

export type FirstModelStage =
  | { name: 'loading' }
  | { name: 'offer' }
  | { name: 'downloading'; receivedBytes: number; totalBytes: number }
  /** The model is there: the calls asked for are being started. */
  | { name: 'starting' };

/** What failed last, and what Retry does again (null: nothing to retry, e.g. a refused model file). */
export type FirstModelError = { message: string; retry: 'load' | 'download' | 'start' | null };

export type FirstModel = {
  info: ModelsInfo | null;
  /** The model offered (see firstModelChoice); null while loading or for an empty catalogue. */
  choice: CatalogueItem | null;
  stage: FirstModelStage;
  error: FirstModelError | null;
  download: () => void;
  chooseFile: () => void;
  retry: () => void;
  /** Closes the dialog, stopping a download it runs (its part stays, to resume); nothing starts. */
  cancel: () => void;
};

/**
 * The first-model dialog's work: offer a model, download it (or take a chosen file) and then start
 * the transcriptions that were asked for, without another click.
 */
export function useFirstModel(): FirstModel {
  const { mark, offer } = useJobs();
  const [info, setInfo] = useState<ModelsInfo | null>(null);
  const [stage, setStage] = useState<FirstModelStage>({ name: 'loading' });
  const [error, setError] = useState<FirstModelError | null>(null);
  // Cancelled: late answers and events must start nothing. Ready: the download's answer and its
  // finished event can both say "installed"; the calls start once.
  const closed = useRef(false);
  const ready = useRef(false);
  const started = useRef(new Set<string>());
  const choice = info ? firstModelChoice(info.catalogue, navigator.language) : null;
  const id = choice?.id ?? null;

  const fail = useCallback((message: string, retry: FirstModelError['retry']) => {
    if (closed.current) return;
    setError({ message, retry });
    setStage({ name: 'offer' });
  }, []);

  const startWaiting = useCallback(async () => {
    setStage({ name: 'starting' });
    setError(null);
    try {
      for (const callId of waitingCalls()) {
        if (closed.current) return;
        if (started.current.has(callId)) continue;
        const since = mark();
        offer(await call('transcription:start', { callId }), since);
        started.current.add(callId);
      }
      closeFirstModelRequest();
    } catch (e) {
      fail(`The model is ready, but transcription did not start: ${errorMessage(e)}`, 'start');
    }
  }, [mark, offer, fail]);

  /** The downloaded model becomes the one transcription uses (a moved earlier choice included). */
  const installed = useCallback(
    async (modelId: string) => {
      if (ready.current || closed.current) return;
      ready.current = true;
      try {
        await call('models:use', { id: modelId });
      } catch (e) {
        ready.current = false;
        return fail(errorMessage(e), 'download');
      }
      await startWaiting();
    },
    [startWaiting, fail],
  );

  const load = useCallback(() => {
    setStage({ name: 'loading' });
    setError(null);
    call('models:info', {}).then(
      (next) => {
        if (closed.current) return;
        setInfo(next);
        const offered = firstModelChoice(next.catalogue, navigator.language);
        // Already downloading (from Settings): follow it rather than offer it again.
        setStage(
          offered?.state === 'downloading' ? { name: 'downloading', receivedBytes: offered.receivedBytes, totalBytes: offered.bytes } : { name: 'offer' },
        );
      },
      (e: unknown) => fail(errorMessage(e), 'load'),
    );
  }, [fail]);
  useEffect(load, [load]);

  useEffect(() => {
    if (!id) return;
    const offProgress = onEvent('models:progress', (p) => {
      if (p.id === id && !closed.current && !ready.current) setStage({ name: 'downloading', receivedBytes: p.receivedBytes, totalBytes: p.totalBytes });
    });
    const offFinished = onEvent('models:finished', (f) => {
      if (f.id !== id) return;
      if (f.outcome === 'installed') void installed(id);
      else if (f.outcome === 'failed') fail(f.message ?? 'The download failed.', 'download');
      else if (!closed.current) setStage({ name: 'offer' }); // cancelled in Settings
    });
    return () => {
      offProgress();
      offFinished();
    };
  }, [id, installed, fail]);

  const download = useCallback(async () => {
    if (!choice) return;
    setError(null);
    // A partial download resumes where it stopped.
    setStage({ name: 'downloading', receivedBytes: choice.receivedBytes, totalBytes: choice.bytes });
    try {
      const next = await call('models:download', { id: choice.id });
      if (next.catalogue.find((i) => i.id === choice.id)?.state === 'installed') await installed(choice.id);
    } catch (e) {
      fail(errorMessage(e), 'download');
    }
  }, [choice, installed, fail]);

  const chooseFile = useCallback(async () => {
    setError(null);
    try {
      const next = await call('models:chooseFile', {});
      if (closed.current) return;
      setInfo(next);
      if (next.current) await startWaiting();
    } catch (e) {
      fail(errorMessage(e), null);
    }
  }, [startWaiting, fail]);

  const retry = useCallback(() => {
    const what = error?.retry;
    if (what === 'load') load();
    else if (what === 'download') void download();
    else if (what === 'start') void startWaiting();
  }, [error, load, download, startWaiting]);

  const cancel = useCallback(() => {
    closed.current = true;
    if (stage.name === 'downloading' && id) void call('models:cancelDownload', { id }).catch(() => {});
    closeFirstModelRequest();
  }, [stage.name, id]);

  return {
    info,
    choice,
    stage,
    error,
    download: () => void download(),
    chooseFile: () => void chooseFile(),
    retry,
    cancel,
  };
}
