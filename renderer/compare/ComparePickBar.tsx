import type { ComparePick } from './useComparePick';
import { pickHint } from './comparePair';

/** What is ticked for comparing, and the button that opens the two calls side by side. */
export function ComparePickBar({ pick }: { pick: ComparePick }) {
  return (
    <div className="compare-picker" data-testid="compare-picker">
      <span className="muted" aria-live="polite">
        {pickHint(pick.picked.length)}
      </span>
      <button type="button" className="button primary small" data-testid="compare-picked" disabled={!pick.ready} onClick={pick.open}>
        Compare side by side
      </button>
      {pick.picked.length > 0 && (
        <button type="button" className="button quiet small" data-testid="compare-clear" onClick={pick.clear}>
          Clear
        </button>
      )}
    </div>
  );
}

/** The tick box of one call in a list. A third call cannot be ticked while two are. */
export function ComparePickBox({ pick, callId, title }: { pick: ComparePick; callId: string; title: string }) {
  const ticked = pick.picked.includes(callId);
  return (
    <input
      type="checkbox"
      className="compare-pick"
      data-testid="compare-pick"
      aria-label={`Compare “${title}”`}
      title={!ticked && pick.picked.length >= 2 ? 'Two calls are ticked already' : 'Tick to compare'}
      checked={ticked}
      disabled={!ticked && pick.picked.length >= 2}
      onChange={() => pick.toggle(callId)}
    />
  );
}
