/**
 * Playback state outside React: the playhead moves 60 times a second while playing, and putting that
 * in React state would re-render the Review view on every frame. Components read slices of it with
 * useSyncExternalStore (see usePlaybackValue) and re-render only when their slice changes.
 */
export type PlaybackState = {
  time: number;
  playing: boolean;
  rate: number;
  volume: number;
  duration: number;
};

export type PlaybackStore = {
  get(): PlaybackState;
  set(patch: Partial<PlaybackState>): void;
  subscribe(listener: () => void): () => void;
};

export const PLAYBACK_RATES = [0.75, 1, 1.25, 1.5, 2] as const;

export function createPlaybackStore(): PlaybackStore {
  let state: PlaybackState = { time: 0, playing: false, rate: 1, volume: 1, duration: 0 };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      const keys = Object.keys(patch) as (keyof PlaybackState)[];
      if (keys.every((k) => patch[k] === undefined || Object.is(patch[k], state[k]))) return;
      state = { ...state, ...patch };
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Feeds the store from the audio element. Its `timeupdate` fires only ~4 times a second; while a
 * waveform is shown, wavesurfer's own 60 fps `timeupdate` feeds the time as well (useWaveform).
 */
export function bindMedia(media: HTMLMediaElement, store: PlaybackStore): () => void {
  const read = () =>
    store.set({
      time: media.currentTime,
      playing: !media.paused && !media.ended,
      rate: media.playbackRate,
      volume: media.volume,
      duration: Number.isFinite(media.duration) ? media.duration : 0,
    });
  const events = ['timeupdate', 'seeking', 'play', 'pause', 'ended', 'ratechange', 'volumechange', 'durationchange', 'loadedmetadata'];
  events.forEach((e) => media.addEventListener(e, read));
  read();
  return () => events.forEach((e) => media.removeEventListener(e, read));
}

/** What the controls do; each acts on the audio element, whose events then update the store. */
export type PlayerControls = {
  toggle(): void;
  seek(time: number): void;
  skip(seconds: number): void;
  setRate(rate: number): void;
  setVolume(volume: number): void;
};

export function createControls(media: () => HTMLMediaElement | null, store: PlaybackStore): PlayerControls {
  const seek = (time: number) => {
    const m = media();
    if (!m) return;
    const end = Number.isFinite(m.duration) ? m.duration : Infinity;
    m.currentTime = Math.max(0, Math.min(time, end));
    store.set({ time: m.currentTime }); // at once, so the transcript follows a seek made while paused
  };
  return {
    toggle() {
      const m = media();
      if (!m) return;
      // play() rejects when a pause interrupts it (the user's choice) or the file can't play; the latter
      // also fires the element's `error` event, which the player shows, so the rejection adds nothing.
      if (m.paused) m.play().catch(() => {});
      else m.pause();
    },
    seek,
    skip: (seconds) => seek(store.get().time + seconds),
    setRate(rate) {
      const m = media();
      if (!m) return;
      // Both: a media element falls back to its default rate whenever it reloads its source.
      m.defaultPlaybackRate = rate;
      m.playbackRate = rate;
    },
    setVolume(volume) {
      const m = media();
      if (m) m.volume = Math.max(0, Math.min(1, volume));
    },
  };
}
