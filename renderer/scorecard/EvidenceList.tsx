import type { Evidence } from '../../shared/scorecard';
import { spanText } from '../../shared/formats/scorecardReport';
import { usePlayFrom } from './usePlayFrom';

/** The moments behind a figure, in time order; a click plays the call from that moment. */
export function EvidenceList({ evidence, id }: { evidence: readonly Evidence[]; id?: string }) {
  const playFrom = usePlayFrom();
  const sorted = [...evidence].sort((a, b) => a.start - b.start);
  return (
    <ul className="evidence-list" id={id} data-testid="evidence-list">
      {sorted.map((e, i) => (
        <li key={`${e.start}-${e.end}-${i}`}>
          <button
            type="button"
            className="evidence-item"
            data-testid="evidence-item"
            data-start={e.start}
            title="Play from here"
            onClick={() => playFrom(e.start)}
          >
            <span className="evidence-time">{spanText(e)}</span>
            <span className="evidence-label">{e.label}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
