import { useEffect, useState, type RefObject } from 'react';
import type WaveSurfer from 'wavesurfer.js';

/** The most the zoom slider allows: enough to see single words in a 60-minute call. */
export const MAX_PX_PER_SEC = 100;

/**
 * Applies the zoom (pixels per second; 0 fits the call to the window) and tells what "fit" is in
 * pixels per second, the slider's lower end, which changes with the window's width.
 */
export function useWaveformZoom(ws: WaveSurfer | null, pxPerSec: number): number {
  const [fit, setFit] = useState(0);

  useEffect(() => {
    if (!ws) return;
    const measure = () => setFit(ws.getDuration() > 0 ? ws.getWidth() / ws.getDuration() : 0);
    measure();
    const subscriptions = [ws.on('resize', measure), ws.on('ready', measure)];
    return () => subscriptions.forEach((unsubscribe) => unsubscribe());
  }, [ws]);

  useEffect(() => {
    // Below "fit" wavesurfer fills the window anyway; 0 says so explicitly.
    ws?.zoom(pxPerSec <= fit ? 0 : pxPerSec);
  }, [ws, pxPerSec, fit]);

  return fit;
}

/**
 * Keeps a strip drawn under the waveform (the speaker lane) as wide as the zoomed waveform and
 * scrolled with it, without React: scrolling fires at frame rate and only moves one element.
 */
export function useFollowWaveformScroll(ws: WaveSurfer | null, strip: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = strip.current;
    if (!ws || !element) return;
    const wrapper = ws.getWrapper();
    const sync = () => {
      element.style.width = `${wrapper.clientWidth}px`;
      element.style.transform = `translateX(${-ws.getScroll()}px)`;
    };
    sync();
    const subscriptions = [ws.on('scroll', sync), ws.on('zoom', sync), ws.on('redrawcomplete', sync), ws.on('resize', sync)];
    return () => {
      subscriptions.forEach((unsubscribe) => unsubscribe());
      element.style.width = '';
      element.style.transform = '';
    };
  }, [ws, strip]);
}
