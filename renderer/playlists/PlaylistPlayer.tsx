import { Fragment, useRef } from 'react';
import { useFollowerTracks } from '../review/player/useFollowerTracks';
import { keyLabel, isMac } from '../review/keys/keymap';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatDuration } from '../ui/format';
import { ClipTranscript } from './ClipTranscript';
import { ClipRange } from './ClipRange';
import { activeTurnIndex, playable, PLAYLIST_RATES, withinClip } from './playerQueue';
import { PLAYLIST_KEYMAP } from './playlistKeymap';
import type { PlaylistPlayer as Player } from './usePlaylistPlayer';

type Props = { player: Player; count: number; onOpenCall: (() => void) | null };

/** The keys of the view, listed beside the player from the one keymap. */
function PlaylistKeys() {
  const mac = isMac();
  return (
    <details className="playlist-keys" data-testid="playlist-keys">
      <summary>Keyboard shortcuts</summary>
      <dl className="keymap-list">
        {PLAYLIST_KEYMAP.flatMap((group) => group.shortcuts).map((s) => (
          <div key={s.action} className="keymap-row">
            <dt className="keymap-keys">
              {s.combos.map((combo, i) => (
                <Fragment key={combo.join('+')}>
                  {i > 0 && ' / '}
                  {combo.map((k, j) => (
                    <Fragment key={k}>
                      {j > 0 && '+'}
                      <kbd>{keyLabel(k, mac)}</kbd>
                    </Fragment>
                  ))}
                </Fragment>
              ))}
            </dt>
            <dd className="keymap-action">{s.action}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/**
 * The current clip playing from its call's recording (a per-speaker call's tracks in sync, as in the
 * Review view), its controls, and beside it its transcript and note. Clips follow one another by
 * themselves; one that can't play is passed over with a note.
 */
export function PlaylistPlayer({ player, count, onOpenCall }: Props) {
  const followers = useRef<HTMLDivElement>(null);
  useFollowerTracks(player.media, followers);
  const { item, index, time } = player;

  if (!item || index === null) {
    return (
      <section className="card playlist-player" data-testid="playlist-player" aria-label="Player">
        <p className="muted">Nothing to play yet: this playlist has no clips.</p>
      </section>
    );
  }
  const { clip } = item;
  const canPlay = playable(item);
  const at = withinClip(clip, time);

  return (
    <section className="card playlist-player" data-testid="playlist-player" aria-label="Player" data-clip-id={clip.id} data-index={index}>
      <p className="player-position muted" data-testid="player-position">
        Clip {index + 1} of {count}
      </p>
      <h2 className="player-clip-title" data-testid="player-clip-title">
        {clip.title}
      </h2>
      <p className="muted player-clip-source">
        {clip.callTitle} · <ClipRange clip={clip} />
      </p>
      {canPlay && <audio key={clip.id} ref={player.setMedia} src={item.audioUrl!} preload="auto" data-testid="playlist-audio" onError={player.onMediaError} />}
      {canPlay && item.followerUrls.length > 0 && (
        <div key={clip.id} ref={followers} hidden>
          {item.followerUrls.map((url) => (
            <audio key={url} src={url} preload="auto" data-testid="playlist-audio-track" />
          ))}
        </div>
      )}
      {!canPlay && (
        <p className="error-message" role="alert" data-testid="player-unavailable">
          This clip can’t play: {item.unavailable ?? 'it has no recording.'}
        </p>
      )}

      <div className="player-progress">
        <input
          type="range"
          className="player-seek"
          data-testid="player-seek"
          aria-label="Position in the clip"
          min={clip.start}
          max={clip.end}
          step={0.1}
          value={at}
          disabled={!canPlay}
          onChange={(e) => player.seekTo(Number(e.target.value))}
        />
        <span className="player-clock" data-testid="player-clock">
          {formatDuration(Math.floor(at - clip.start))} / {formatDuration(clip.end - clip.start)}
        </span>
      </div>

      <div className="player-controls button-row">
        <button type="button" className="button small" data-testid="player-previous" onClick={player.previous} aria-keyshortcuts="P">
          ‹ Previous
        </button>
        <button
          type="button"
          className="button small primary player-toggle"
          data-testid="player-toggle"
          onClick={player.toggle}
          disabled={!canPlay}
          aria-keyshortcuts="Space"
        >
          {player.playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" className="button small" data-testid="player-replay" onClick={player.replay} disabled={!canPlay} aria-keyshortcuts="R">
          ↺ Replay
        </button>
        <button type="button" className="button small" data-testid="player-next" onClick={player.next} aria-keyshortcuts="N">
          Next ›
        </button>
        <label className="player-rate">
          <span className="visually-hidden">Playback speed</span>
          <select className="select" data-testid="player-rate" value={player.rate} onChange={(e) => player.setRate(Number(e.target.value))}>
            {PLAYLIST_RATES.map((r) => (
              <option key={r} value={r}>
                {r}×
              </option>
            ))}
          </select>
        </label>
        {onOpenCall && (
          <button type="button" className="button small quiet" data-testid="player-open-call" onClick={onOpenCall} aria-keyshortcuts="O">
            Open full call at this moment
          </button>
        )}
      </div>
      <p className="note player-notice" role="status" data-testid="player-notice" hidden={!player.notice}>
        {player.notice}
      </p>
      <ErrorMessage testId="player-media-error">{player.mediaError}</ErrorMessage>

      <div className="player-side">
        <ClipTranscript turns={item.turns} active={activeTurnIndex(item.turns, time)} onSeek={player.seekTo} />
        {clip.note && (
          <section className="player-note" aria-label="Note" data-testid="player-note">
            <h3 className="card-title">Note</h3>
            <p>{clip.note}</p>
          </section>
        )}
      </div>
      <PlaylistKeys />
    </section>
  );
}
