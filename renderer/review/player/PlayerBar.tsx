import { usePlayer, usePlaybackValue } from './usePlayback';
import { SKIP_SECONDS } from './usePlayerKeys';
import { MAX_PX_PER_SEC } from './useWaveformView';
import { PLAYBACK_RATES } from './playback';
import { formatDuration } from '../../ui/format';

/** The zoom slider's state; absent while there is no waveform to zoom. */
export type Zoom = { pxPerSec: number; fit: number; set: (pxPerSec: number) => void };

/** Re-renders once a second while playing, not on every frame: it shows whole seconds. */
function Clock({ fallbackDuration }: { fallbackDuration: number }) {
  const second = usePlaybackValue((s) => Math.floor(s.time));
  const duration = usePlaybackValue((s) => s.duration) || fallbackDuration;
  return (
    <span className="player-clock">
      <span data-testid="current-time">{formatDuration(second)}</span>
      <span className="muted"> / </span>
      <span data-testid="duration">{formatDuration(duration)}</span>
    </span>
  );
}

function ZoomSlider({ zoom }: { zoom: Zoom }) {
  const min = Math.floor(zoom.fit);
  const max = Math.max(MAX_PX_PER_SEC, Math.ceil(zoom.fit));
  return (
    <label className="player-field" title="Zoom: the whole call fits at the left end, 100 pixels per second at the right">
      <span>Zoom</span>
      <input
        type="range"
        data-testid="zoom"
        min={min}
        max={max}
        step={1}
        value={Math.max(min, Math.round(zoom.pxPerSec))}
        disabled={min >= max}
        onChange={(e) => zoom.set(Number(e.target.value))}
      />
    </label>
  );
}

/** Play/pause, ±5 s, speed, volume, the clock and (with a waveform) zoom. */
export function PlayerBar({ zoom, fallbackDuration }: { zoom: Zoom | null; fallbackDuration: number }) {
  const { controls } = usePlayer();
  const playing = usePlaybackValue((s) => s.playing);
  const rate = usePlaybackValue((s) => s.rate);
  const volume = usePlaybackValue((s) => s.volume);

  return (
    <div className="player-bar">
      <button type="button" className="button" data-testid="skip-back" title="Back 5 seconds (←)" onClick={() => controls.skip(-SKIP_SECONDS)}>
        −5 s
      </button>
      <button
        type="button"
        className="button primary player-toggle"
        data-testid="play-toggle"
        aria-pressed={playing}
        title="Play or pause (Space)"
        onClick={controls.toggle}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" className="button" data-testid="skip-forward" title="Forward 5 seconds (→)" onClick={() => controls.skip(SKIP_SECONDS)}>
        +5 s
      </button>
      <Clock fallbackDuration={fallbackDuration} />
      <label className="player-field">
        <span>Speed</span>
        <select data-testid="speed-select" value={String(rate)} onChange={(e) => controls.setRate(Number(e.target.value))}>
          {PLAYBACK_RATES.map((r) => (
            <option key={r} value={String(r)}>
              {r}×
            </option>
          ))}
        </select>
      </label>
      <label className="player-field">
        <span>Volume</span>
        <input type="range" data-testid="volume" min={0} max={1} step={0.05} value={volume} onChange={(e) => controls.setVolume(Number(e.target.value))} />
      </label>
      {zoom && <ZoomSlider zoom={zoom} />}
    </div>
  );
}
