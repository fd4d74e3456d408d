import { useMemo, useRef, useState } from 'react';
import type { CallDetail } from '../../../shared/domain/call';
import type { Turn } from '../../../shared/domain/transcript';
import { NO_TAGS } from '../tags/tagsByTurn';
import { useFollowerTracks } from './useFollowerTracks';
import { usePeaks } from './usePeaks';
import { usePlayer } from './usePlayback';
import { usePlayerKeys } from './usePlayerKeys';
import { useReviewAnnotationsValue } from '../useReviewAnnotations';
import { useWaveform } from './useWaveform';
import { useWaveformZoom } from './useWaveformView';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatDuration } from '../../ui/format';
import { PlayerBar } from './PlayerBar';
import { SpeakerLane } from './SpeakerLane';
import { RangeBar } from '../clips/RangeBar';
import { createSelectionStore } from '../clips/rangeSelection';
import { useCallClips, useClipMarks } from '../clips/useClipMarks';
import { useRangeKeys } from '../clips/useRangeKeys';
import { useRegionsPlugin } from '../clips/useRegionsPlugin';
import { useWaveformSelection } from '../clips/useWaveformSelection';

type Props = { call: CallDetail; turns: readonly Turn[] };

/**
 * The call's player: waveform with timeline (from the cached peaks, once the call is transcribed),
 * the speaker lane, and the controls. The audio streams from the media protocol through one
 * <audio> element that wavesurfer drives; per-speaker tracks play alongside it.
 */
export function Player({ call, turns }: Props) {
  const { media, setMedia, playback, controls } = usePlayer();
  const { peaks, error: peaksError } = usePeaks(call);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const waveform = useWaveform(container, { media, peaks, playback, formatTime: formatDuration });
  const [pxPerSec, setPxPerSec] = useState(0);
  const fit = useWaveformZoom(waveform, pxPerSec);
  const [mediaError, setMediaError] = useState(false);
  const followers = useRef<HTMLDivElement>(null);
  useFollowerTracks(media, followers);
  usePlayerKeys(controls);
  const tags = useReviewAnnotationsValue().annotations?.tags ?? NO_TAGS;
  // The range selected for a clip, and the clips already made, drawn as regions on the waveform.
  const selection = useMemo(createSelectionStore, []);
  const regions = useRegionsPlugin(waveform);
  useWaveformSelection(waveform, regions, container, selection, call.durationSec);
  useRangeKeys(selection, playback, call.durationSec);
  const clips = useCallClips(call.id);
  useClipMarks(regions, clips);

  const [leader, ...others] = call.tracks;
  const duration = peaks?.duration ?? call.durationSec;

  return (
    <section className="card player" aria-label="Player" data-testid="player">
      {leader && (
        <audio
          ref={setMedia}
          src={leader.url}
          preload="metadata"
          data-testid="review-audio"
          onError={() => setMediaError(true)}
          onLoadedMetadata={() => setMediaError(false)}
        />
      )}
      {others.length > 0 && (
        <div ref={followers} hidden>
          {others.map((track) => (
            <audio key={track.file} src={track.url} preload="metadata" data-testid="review-audio-track" />
          ))}
        </div>
      )}
      {call.peaks ? (
        <div className="waveform" ref={setContainer} data-testid="waveform" aria-label="Waveform: click to play from there, Shift+drag to select a range" />
      ) : (
        <p className="waveform-note muted" data-testid="waveform-note">
          The waveform appears once the call is transcribed
        </p>
      )}
      <ErrorMessage testId="waveform-error">{peaksError}</ErrorMessage>
      {turns.length > 0 && <SpeakerLane turns={turns} speakers={call.speakers} tags={tags} duration={duration} waveform={waveform} />}
      <RangeBar store={selection} turns={turns} clipCount={clips.length} hasWaveform={waveform !== null} />
      <PlayerBar zoom={waveform ? { pxPerSec, fit, set: setPxPerSec } : null} fallbackDuration={call.durationSec} />
      <ErrorMessage testId="player-error">{mediaError ? 'This recording cannot be played here.' : null}</ErrorMessage>
    </section>
  );
}
