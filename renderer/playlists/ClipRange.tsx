import type { Clip } from '../../shared/domain/clip';
import { formatDuration, formatTimestamp } from '../ui/format';

/** "1:02:03–1:02:08 (0:05)": where the clip is in its call and how long it lasts. */
export function ClipRange({ clip }: { clip: Pick<Clip, 'start' | 'end'> }) {
  return (
    <span className="clip-range" data-testid="clip-range">
      {formatTimestamp(clip.start)}–{formatTimestamp(clip.end)} ({formatDuration(clip.end - clip.start)})
    </span>
  );
}
