import { useSyncExternalStore } from 'react';
import type { Turn } from '../../../shared/domain/transcript';
import { turnClipTitle } from '../../../shared/playlists/clipRange';
import { turnAtTime } from '../marks/marks';
import { requestClip } from './clipRequest';
import { formatClipTime } from './clipDraft';
import { selectionClipSource } from './clipSources';
import { isRange, type Selection, type SelectionStore } from './rangeSelection';

type Props = { store: SelectionStore; turns: readonly Turn[]; clipCount: number; hasWaveform: boolean };

/** A range's clip is named by the words it starts with. */
const rangeTitle = (turns: readonly Turn[], selection: Selection) => {
  const turn = turnAtTime(turns, selection.start);
  return turn ? turnClipTitle(turn) : `Clip at ${formatClipTime(selection.start)}`;
};

/** Under the waveform: the selected range (start, end, length) and "Make clip…", or how to select one. */
export function RangeBar({ store, turns, clipCount, hasWaveform }: Props) {
  const selection = useSyncExternalStore(store.subscribe, store.get);
  const clips = clipCount > 0 ? `${clipCount} ${clipCount === 1 ? 'clip' : 'clips'} of this call (bars under the waveform). ` : '';

  if (!selection) {
    return (
      <p className="range-bar range-hint muted" data-testid="range-hint">
        {clips}
        {hasWaveform
          ? 'Shift+drag on the waveform, or press [ and ] at the playhead, to select a range for a clip.'
          : 'Press [ and ] at the playhead to select a range for a clip.'}
      </p>
    );
  }
  const range = isRange(selection);
  return (
    <div className="range-bar" data-testid="range-bar" data-start={selection.start} data-end={selection.end}>
      {range ? (
        <span className="range-times">
          Selected <strong data-testid="range-start">{formatClipTime(selection.start)}</strong> –{' '}
          <strong data-testid="range-end">{formatClipTime(selection.end)}</strong>{' '}
          <span className="muted" data-testid="range-length">
            ({(selection.end - selection.start).toFixed(1)} s)
          </span>
        </span>
      ) : (
        <span className="range-times" data-testid="range-point">
          One end at <strong>{formatClipTime(selection.start)}</strong>: set the other with [ or ] at the playhead.
        </span>
      )}
      <button
        type="button"
        className="button small primary"
        data-testid="range-make-clip"
        disabled={!range}
        onClick={() => range && requestClip(selectionClipSource(selection, rangeTitle(turns, selection)))}
      >
        Make clip…
      </button>
      <button type="button" className="button small quiet" data-testid="range-clear" title="Clear the range (Esc)" onClick={() => store.set(null)}>
        Clear
      </button>
    </div>
  );
}
