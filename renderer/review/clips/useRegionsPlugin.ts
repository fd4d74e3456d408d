import { useEffect, useState } from 'react';
import type WaveSurfer from 'wavesurfer.js';
import RegionsPlugin, { type Region } from 'wavesurfer.js/dist/plugins/regions.esm.js';

/** The waveform's regions (the selected range, the call's clips), for as long as the waveform lives. */
export function useRegionsPlugin(ws: WaveSurfer | null): RegionsPlugin | null {
  const [plugin, setPlugin] = useState<RegionsPlugin | null>(null);
  useEffect(() => {
    if (!ws) return;
    const regions = ws.registerPlugin(RegionsPlugin.create());
    setPlugin(regions);
    return () => {
      setPlugin(null);
      regions.destroy(); // also takes it off the waveform's plugins
    };
  }, [ws]);
  return plugin;
}

/**
 * A region that lets clicks and drags through to the waveform (so clicking plays from there and dragging
 * seeks, as everywhere else on it); only its resize handles, if any, take the pointer.
 */
export function passPointerThrough(region: Region): void {
  const element = region.element;
  if (!element) return;
  element.style.pointerEvents = 'none';
  element.querySelectorAll<HTMLElement>('[part*="region-handle"]').forEach((handle) => {
    handle.style.pointerEvents = 'all';
  });
}
