import type { CallDetail, Speaker } from '../../../shared/domain/call';
import { formatChannels, formatDuration, formatSampleRate, formatSize, ShortHash } from '../../ui/format';

type Track = CallDetail['tracks'][number];
type Props = { track: Track; speaker: Speaker | null; multiTrack: boolean; index: number };

/** One audio file of a call: its technical details (the player above plays every track). */
export function TrackPanel({ track, speaker, multiTrack, index }: Props) {
  const heading = multiTrack ? (speaker?.name ?? `Track ${index + 1}`) : 'Recording';
  return (
    <section className="card track-panel" aria-label={heading}>
      <h3 className="card-title">{heading}</h3>
      <dl className="details">
        <dt>File</dt>
        <dd className="file-name">{track.originalName}</dd>
        {multiTrack && (
          <>
            <dt>Speaker</dt>
            <dd>{speaker?.name ?? '—'}</dd>
          </>
        )}
        <dt>Duration</dt>
        <dd>{formatDuration(track.durationSec)}</dd>
        <dt>Format</dt>
        <dd>
          {track.format} / {track.codec}
        </dd>
        <dt>Channels</dt>
        <dd>{formatChannels(track.channels)}</dd>
        <dt>Sample rate</dt>
        <dd>{formatSampleRate(track.sampleRate)}</dd>
        <dt>Size</dt>
        <dd>{formatSize(track.sizeBytes)}</dd>
        <dt>SHA-256</dt>
        <dd>
          <ShortHash hash={track.sha256} />
        </dd>
      </dl>
    </section>
  );
}
