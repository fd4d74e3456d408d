import { useEffect, useRef, useState } from 'react';
import type { CallDetail } from '../../../shared/domain/call';
import { decodePeaks, type DecodedPeaks } from '../../../shared/domain/peaks';

export type PeaksState = { peaks: DecodedPeaks | null; error: string | null };

/**
 * The call's cached waveform, fetched from the media protocol (a few hundred KB for an hour) and
 * never computed here. Refetched when transcription writes new peaks (their description changes).
 */
export function usePeaks(call: Pick<CallDetail, 'peaks' | 'peaksUrl'>): PeaksState {
  const [state, setState] = useState<PeaksState>({ peaks: null, error: null });
  const { peaksUrl: url, peaks: info } = call;
  const key = info && url ? `${url}|${info.buckets}|${info.channels}|${info.bucketsPerSecond}` : null;
  // Read through a ref: `key` stands for url and info, so a new call object with the same peaks does not refetch.
  const source = useRef({ url, info });
  source.current = { url, info };

  useEffect(() => {
    setState({ peaks: null, error: null });
    const { url, info } = source.current;
    if (!key || !url || !info) return;
    const abort = new AbortController();
    fetch(url, { signal: abort.signal, cache: 'no-store' })
      .then(async (response) => {
        if (!response.ok) throw new Error(`The waveform could not be loaded (HTTP ${response.status}).`);
        return decodePeaks(await response.arrayBuffer(), info);
      })
      .then(
        (peaks) => {
          if (!abort.signal.aborted) setState({ peaks, error: null });
        },
        (e: unknown) => {
          if (abort.signal.aborted) return; // the call changed or the view closed: nobody is waiting
          setState({ peaks: null, error: e instanceof Error ? e.message : String(e) });
        },
      );
    return () => abort.abort();
  }, [key]);

  return state;
}
