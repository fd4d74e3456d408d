import { PAIN_LEVEL_NAMES, type PainTag } from '../../../shared/domain/annotations';
import type { Turn } from '../../../shared/domain/transcript';
import { tagQuote } from './tagging';
import { usePlayer } from '../player/usePlayback';
import { formatTimestamp } from '../../ui/format';

/** A tag as the chains panel shows it: its level, its words (click to play them) and its time. */
export function TagQuote({ tag, turns }: { tag: PainTag; turns: readonly Turn[] }) {
  const { controls } = usePlayer();
  return (
    <div className="chain-step-main">
      <span className="chain-level">{PAIN_LEVEL_NAMES[tag.level]}</span>
      <button type="button" className="chain-quote" data-testid="chain-quote" title="Play from here" onClick={() => controls.seek(tag.span.start)}>
        “{tagQuote(turns, tag, 8)}”
      </button>
      <span className="chain-time">{formatTimestamp(tag.span.start)}</span>
    </div>
  );
}
