import { useCallback, useState } from 'react';
import type { SearchHit } from '../../shared/search/query';
import type { ClipSource } from '../review/clips/clipDraft';
import { call, errorMessage } from '../ui/bridge';
import { hitClipSource } from './searchDraft';

/** A clip to make of a search result: its call, how long the call is (the clip stays inside) and the moment. */
export type HitClipAsk = { callId: string; durationSec: number; source: ClipSource };

/**
 * "Make clip…" on a search result: looks up its call's length, then hands the ask on (the host opens the
 * dialog). A failure, or a result in a bundle's clip (no call here to cut from), is told for that result.
 */
export function useHitClip(onAsk: (ask: HitClipAsk) => void) {
  const [problem, setProblem] = useState<{ hit: SearchHit; message: string } | null>(null);
  const make = useCallback(
    async (hit: SearchHit) => {
      setProblem(null);
      if (hit.clip) {
        const message = `This moment is in a clip of the playlist “${hit.clip.playlistName}” (from a bundle), not in a call of this library: it can’t be clipped again.`;
        return setProblem({ hit, message });
      }
      try {
        const { durationSec } = await call('calls:get', { callId: hit.callId });
        onAsk({ callId: hit.callId, durationSec, source: hitClipSource(hit) });
      } catch (e) {
        setProblem({ hit, message: `Can’t make a clip of “${hit.callTitle}”: ${errorMessage(e)}` });
      }
    },
    [onAsk],
  );
  return { make, problem };
}
