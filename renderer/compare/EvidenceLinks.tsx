import type { Evidence } from '../../shared/scorecard/evidence';
import { clock } from '../../shared/scorecard/evidence';
import { hrefFor } from '../ui/useRoute';

const SHOWN = 3;

/** A figure's moments as times that open the call's review at that moment; the first few, then how many more. */
export function EvidenceLinks({ callId, evidence }: { callId: string; evidence: readonly Evidence[] }) {
  if (evidence.length === 0) return null;
  const more = evidence.length - SHOWN;
  return (
    <span className="compare-evidence">
      {evidence.slice(0, SHOWN).map((e, i) => (
        <a key={i} className="compare-evidence-time" data-testid="evidence-link" href={hrefFor({ name: 'review', callId, at: e.start })} title={e.label}>
          {clock(e.start)}
        </a>
      ))}
      {more > 0 && <span className="muted">+{more} more</span>}
    </span>
  );
}
