import type { ComparedFigure } from '../../shared/scorecard/comparison';
import { deltaText, figureText, missingText } from './figureText';
import { EvidenceLinks } from './EvidenceLinks';

const VERDICT_TEXT = { better: 'B better', worse: 'B worse', same: 'same' } as const;

function ValueCell({ figure, side, callId }: { figure: ComparedFigure; side: 'a' | 'b'; callId: string }) {
  // The better side's value is marked too, so the eye lands on it without reading the last column.
  const wins = (side === 'b' && figure.verdict === 'better') || (side === 'a' && figure.verdict === 'worse');
  return (
    <td className={`compare-value${wins ? ' wins' : ''}`} data-testid={`compare-value-${side}`}>
      <span className="compare-figure">{figureText(figure.kind, figure[side])}</span>
      <EvidenceLinks callId={callId} evidence={side === 'a' ? figure.evidenceA : figure.evidenceB} />
    </td>
  );
}

/** The main figures of both calls in two columns, and how B did against A on each. */
export function ComparisonTable({ figures, a, b }: { figures: readonly ComparedFigure[]; a: string; b: string }) {
  return (
    <table className="call-table comparison-table" data-testid="comparison-table">
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">Call A</th>
          <th scope="col">Call B</th>
          <th scope="col">B against A</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((f) => (
          <tr key={f.id} data-testid="compare-row" data-figure={f.id} data-verdict={f.verdict ?? 'none'}>
            <th scope="row" className="compare-label">
              {f.label}
            </th>
            <ValueCell figure={f} side="a" callId={a} />
            <ValueCell figure={f} side="b" callId={b} />
            <td className={`compare-delta${f.verdict ? ` ${f.verdict}` : ''}`} data-testid="compare-delta" title={missingText(f) ?? undefined}>
              <span className="compare-delta-value">{deltaText(f)}</span>
              {f.verdict && <span className="compare-verdict">{VERDICT_TEXT[f.verdict]}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
