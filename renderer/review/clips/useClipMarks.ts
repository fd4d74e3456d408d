import { useEffect, useMemo } from 'react';
import type RegionsPlugin from 'wavesurfer.js/dist/plugins/regions.esm.js';
import type { Clip } from '../../../shared/domain/clip';
import { touchesPlaylists } from '../../../shared/domain/libraryChange';
import { call } from '../../ui/bridge';
import { useLiveQuery } from '../../ui/useLiveQuery';

const MARK_COLOR = 'rgba(200, 99, 27, 0.6)';
export const clipMarkId = (clipId: string) => `clip-mark-${clipId}`;

/** The call's clips, kept current as clips are made and deleted (any view's). */
export function useCallClips(callId: string): readonly Clip[] {
  const clips = useLiveQuery(() => call('clips:list', {}), [callId], {
    refetchOnLibraryChange: (change) => touchesPlaylists(change, true),
  });
  const all = clips.data;
  return useMemo(() => (all ?? []).filter((c) => c.origin.kind === 'call' && c.origin.callId === callId), [all, callId]);
}

/**
 * The clips already made of this call, as thin bars along the bottom of the waveform: a light hint of
 * what was clipped, which never takes a click from the waveform.
 */
export function useClipMarks(regions: RegionsPlugin | null, clips: readonly Clip[]): void {
  useEffect(() => {
    if (!regions) return;
    const marks = clips.map((clip) => {
      const region = regions.addRegion({ id: clipMarkId(clip.id), start: clip.start, end: clip.end, drag: false, resize: false, color: MARK_COLOR });
      const element = region.element;
      if (element) Object.assign(element.style, { pointerEvents: 'none', top: 'auto', bottom: '0', height: '4px' });
      return region;
    });
    return () => marks.forEach((region) => region.remove());
  }, [regions, clips]);
}
