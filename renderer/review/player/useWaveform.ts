import { useEffect, useState } from 'react';
import WaveSurfer from 'wavesurfer.js';
import TimelinePlugin from 'wavesurfer.js/dist/plugins/timeline.esm.js';
import type { DecodedPeaks } from '../../../shared/domain/peaks';
import type { PlaybackStore } from './playback';

const WAVE_COLOR = '#a9b6cc';
const PROGRESS_COLOR = '#2f5fd0';

/**
 * wavesurfer builds its DOM in a shadow root with an inline <style>, which the page's CSP
 * (style-src 'self') blocks and reports as an error. The instance is therefore built in a detached
 * host: the <style> is taken out before the host is connected (only connected styles are checked)
 * and its text is adopted as a constructable stylesheet, which CSP does not govern.
 */
function adoptShadowStyles(host: HTMLElement): void {
  const shadow = host.firstElementChild?.shadowRoot;
  const style = shadow?.querySelector('style');
  if (!shadow || !style) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(style.textContent ?? '');
  style.remove();
  shadow.adoptedStyleSheets = [sheet];
}

/**
 * Owns the call's one wavesurfer instance: drawn from the cached peaks (never by decoding), playing
 * through the page's <audio> element (so it streams with Range requests), with a timeline. Every
 * subscription goes into one array that the cleanup drains before destroying the instance.
 * Returns the instance once it has drawn, for zoom and for the lane that follows its scroll.
 */
export type WaveformOptions = {
  /** The element that plays the call; null until React has mounted it. */
  media: HTMLMediaElement | null;
  peaks: DecodedPeaks | null;
  playback: PlaybackStore;
  /** Timeline labels, as the rest of the view writes times. Keep it stable: a new one redraws. */
  formatTime: (seconds: number) => string;
};

export function useWaveform(container: HTMLElement | null, { media, peaks, playback, formatTime }: WaveformOptions): WaveSurfer | null {
  const [ready, setReady] = useState<WaveSurfer | null>(null);

  useEffect(() => {
    if (!container || !media || !peaks) return;
    const subscriptions: (() => void)[] = [];
    const host = document.createElement('div');
    const split = peaks.peaks.length > 1;
    const ws = WaveSurfer.create({
      container: host,
      media,
      peaks: peaks.peaks,
      duration: peaks.duration,
      height: split ? 44 : 72,
      splitChannels: split ? peaks.peaks.map(() => ({ waveColor: WAVE_COLOR, progressColor: PROGRESS_COLOR })) : undefined,
      waveColor: WAVE_COLOR,
      progressColor: PROGRESS_COLOR,
      cursorColor: '#1d2430',
      cursorWidth: 2,
      normalize: true,
      dragToSeek: true,
      autoScroll: true,
      autoCenter: true,
      plugins: [TimelinePlugin.create({ height: 20, formatTimeCallback: formatTime })],
    });
    adoptShadowStyles(host);
    container.appendChild(host);

    // 60 updates a second while playing (the element's own timeupdate comes ~4 times a second).
    subscriptions.push(ws.on('timeupdate', (time) => playback.set({ time })));
    subscriptions.push(ws.on('ready', () => setReady(ws)));

    return () => {
      subscriptions.forEach((unsubscribe) => unsubscribe());
      setReady(null);
      // The <audio> element is React's (external media): destroy() leaves it playing and in place.
      ws.destroy();
      host.remove();
    };
  }, [container, media, peaks, playback, formatTime]);

  return ready;
}
