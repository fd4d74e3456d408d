import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PlaylistItem } from '../../shared/playlists/views';
import { clipOver, locate, playable, positionAt, seek, skippedNote, stepRate, withinClip, type QueuePosition } from './playerQueue';

export type PlaylistPlayer = {
  /** The current clip's index, null for an empty playlist. */
  index: number | null;
  item: PlaylistItem | null;
  /** A callback ref for the current clip's <audio> element (a new element for each clip). */
  setMedia: (media: HTMLAudioElement | null) => void;
  media: HTMLAudioElement | null;
  time: number;
  playing: boolean;
  rate: number;
  /** Clips passed over because they can't play, or the end of the playlist reached. */
  notice: string | null;
  mediaError: string | null;
  toggle(): void;
  next(): void;
  previous(): void;
  replay(): void;
  /** Plays the clip at this index from its start. */
  playAt(index: number): void;
  /** Makes the clip at this index current (a link to it): playing it when it can, else showing why it can't. */
  startAt(index: number): void;
  seekTo(time: number): void;
  setRate(rate: number): void;
  stepRate(step: 1 | -1): void;
  onMediaError(): void;
};

/**
 * Plays a playlist's clips back to back: one <audio> element per clip (its call's recording), sought to
 * the clip's start once loaded, moved on to the next playable clip at the clip's end. Whether to keep
 * playing across clips is the user's last choice (play or pause), kept outside React state.
 */
export function usePlaylistPlayer(items: readonly PlaylistItem[]): PlaylistPlayer {
  const [position, setPosition] = useState<QueuePosition | null>(null);
  const [media, setMedia] = useState<HTMLAudioElement | null>(null);
  const [time, setTime] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [rate, setRateState] = useState(1);
  const [notice, setNotice] = useState<string | null>(null);
  const [mediaError, setMediaError] = useState<string | null>(null);
  const wantPlay = useRef(false);

  const index = locate(items, position);
  const item = index === null ? null : items[index]!;

  // Read by media listeners, which are bound once per element.
  const latest = useRef({ items, index, item, rate });
  useEffect(() => {
    latest.current = { items, index, item, rate };
  });

  const element = useRef<HTMLAudioElement | null>(null);
  useEffect(() => {
    element.current = media;
  }, [media]);

  /**
   * Moves to the first playable clip from `from` going `step`, playing it if `play`. With none left:
   * at the end of the last clip (`ended`) playback stops there; a key press only says where it is.
   */
  const go = useCallback((from: number, step: 1 | -1, play: boolean, ended = false) => {
    const { items: list, index: at } = latest.current;
    const found = seek(list, from, step);
    const note = skippedNote(found.skipped);
    if (found.index === null) {
      if (ended) {
        wantPlay.current = false;
        element.current?.pause();
      }
      const where = ended ? 'End of the playlist.' : step === 1 ? 'This is the last clip.' : 'This is the first clip.';
      setNotice([where, note].filter(Boolean).join(' '));
      return;
    }
    const clip = list[found.index]!.clip;
    wantPlay.current = play;
    setNotice(note);
    setMediaError(null);
    setPosition(positionAt(list, found.index));
    setTime(clip.start);
    // The same clip again (a one-clip list): no new element comes, so start it over here.
    const m = element.current;
    if (found.index === at && m) {
      m.currentTime = clip.start;
      if (play) m.play().catch(() => {});
    }
  }, []);

  // Each clip's element: to its start once loaded, then playing if the user was playing.
  useEffect(() => {
    if (!media) return;
    const start = () => {
      const current = latest.current.item;
      if (!current) return;
      media.defaultPlaybackRate = latest.current.rate;
      media.playbackRate = latest.current.rate;
      media.currentTime = current.clip.start;
      setTime(current.clip.start);
      if (wantPlay.current) media.play().catch(() => {});
    };
    const onTime = () => {
      const { item: current, index: at } = latest.current;
      setTime(media.currentTime);
      if (current && at !== null && !media.paused && clipOver(current.clip, media.currentTime)) go(at + 1, 1, true, true);
    };
    const onPlay = () => setPlaying(true);
    const onPause = () => setPlaying(!media.paused);
    const onEnded = () => {
      const at = latest.current.index;
      if (at !== null) go(at + 1, 1, true, true);
    };
    if (media.readyState >= HTMLMediaElement.HAVE_METADATA) start();
    else media.addEventListener('loadedmetadata', start, { once: true });
    const events: [string, () => void][] = [
      ['timeupdate', onTime],
      ['play', onPlay],
      ['pause', onPause],
      ['ended', onEnded],
    ];
    events.forEach(([e, h]) => media.addEventListener(e, h));
    return () => {
      media.removeEventListener('loadedmetadata', start);
      events.forEach(([e, h]) => media.removeEventListener(e, h));
      media.pause();
      setPlaying(false);
    };
  }, [media, go]);

  const toggle = useCallback(() => {
    const m = element.current;
    if (!m) return;
    if (m.paused) {
      wantPlay.current = true;
      const current = latest.current.item;
      // At (or past) the clip's end, Play starts it over rather than ending it at once.
      if (current && clipOver(current.clip, m.currentTime)) m.currentTime = current.clip.start;
      m.play().catch(() => {});
    } else {
      wantPlay.current = false;
      m.pause();
    }
  }, []);

  const player = useMemo(() => {
    /** Next and previous keep playing if it was (or was about to, between clips). */
    const keepPlaying = () => wantPlay.current || element.current?.paused === false;
    return {
      next: () => {
        const at = latest.current.index;
        if (at !== null) go(at + 1, 1, keepPlaying());
      },
      previous: () => {
        const at = latest.current.index;
        if (at !== null) go(at - 1, -1, keepPlaying());
      },
      playAt: (at: number) => go(at, 1, true),
      startAt: (at: number) => {
        const list = latest.current.items;
        const item = list[at];
        if (!item) return;
        if (playable(item)) return go(at, 1, true);
        // Not passed over as playAt would: the link named this clip, and the player says why it can't play.
        wantPlay.current = false;
        setNotice(null);
        setMediaError(null);
        setPosition(positionAt(list, at));
        setTime(item.clip.start);
      },
      replay: () => {
        const m = element.current;
        const current = latest.current.item;
        if (!m || !current) return;
        setNotice(null);
        wantPlay.current = true;
        m.currentTime = current.clip.start;
        m.play().catch(() => {});
      },
      seekTo: (t: number) => {
        const m = element.current;
        const current = latest.current.item;
        if (!m || !current) return;
        m.currentTime = withinClip(current.clip, t);
        setTime(m.currentTime);
      },
      setRate: (r: number) => {
        setRateState(r);
        const m = element.current;
        if (!m) return;
        // Both: an element falls back to its default rate when it loads a source.
        m.defaultPlaybackRate = r;
        m.playbackRate = r;
      },
    };
  }, [go]);

  const changeRate = useCallback((step: 1 | -1) => player.setRate(stepRate(latest.current.rate, step)), [player]);

  const onMediaError = useCallback(() => {
    const current = latest.current;
    setMediaError(`The recording of “${current.item?.clip.title ?? 'this clip'}” cannot be played here.`);
    // Keep going past it, as past a clip known not to play.
    if (wantPlay.current && current.index !== null) go(current.index + 1, 1, true, true);
  }, [go]);

  return {
    index,
    item,
    setMedia,
    media,
    time,
    playing,
    rate,
    notice,
    mediaError,
    toggle,
    next: player.next,
    previous: player.previous,
    replay: player.replay,
    playAt: player.playAt,
    startAt: player.startAt,
    seekTo: player.seekTo,
    setRate: player.setRate,
    stepRate: changeRate,
    onMediaError,
  };
}
