import { useState } from 'react';
import type { ScoreComponent, OverallScore as Overall } from '../../shared/scorecard';
import { EvidenceList } from './EvidenceList';

function ComponentRow({ part }: { part: ScoreComponent }) {
  const [open, setOpen] = useState(false);
  const left = part.score === null;
  const count = part.evidence.length;
  return (
    <tr className={left ? 'left-out' : undefined} data-testid="score-component" data-component={part.id}>
      <th scope="row">{part.label}</th>
      <td className="num">{left ? '—' : part.weight}</td>
      <td className="num" data-testid="score-component-score">
        {left ? 'left out' : part.score}
      </td>
      <td className="basis">
        {part.basis}
        {!left && count > 0 && (
          <>
            {' '}
            <button type="button" className="evidence-link" data-testid="score-component-evidence" aria-expanded={open} onClick={() => setOpen(!open)}>
              {count === 1 ? '1 moment' : `${count} moments`} {open ? '▴' : '▾'}
            </button>
            {open && <EvidenceList evidence={part.evidence} />}
          </>
        )}
      </td>
    </tr>
  );
}

/**
 * The overall score and how it is made: each component's weight, score and basis, the components left
 * out with their reason, and the formula in words.
 */
export function OverallScore({ overall }: { overall: Overall }) {
  const scored = overall.components.filter((c) => c.score !== null);
  const totalWeight = scored.reduce((s, c) => s + c.weight, 0);
  return (
    <div className="overall-score" data-testid="overall-score">
      <div className="overall-value">
        <span className="overall-number" data-testid="overall-value">
          {overall.value ?? '—'}
        </span>
        <span className="overall-scale">{overall.value === null ? 'no score yet' : 'of 100'}</span>
      </div>
      <div className="overall-breakdown">
        <p className="overall-rule">
          Weighted mean of what could be scored: Σ weight × score ÷ Σ weight{totalWeight > 0 ? ` (${totalWeight})` : ''}. Components without input are left out,
          not counted as 0.
        </p>
        <table className="score-components">
          <thead>
            <tr>
              <th scope="col">Component</th>
              <th scope="col" className="num">
                Weight
              </th>
              <th scope="col" className="num">
                Score
              </th>
              <th scope="col">Basis</th>
            </tr>
          </thead>
          <tbody>
            {overall.components.map((c) => (
              <ComponentRow key={c.id} part={c} />
            ))}
          </tbody>
        </table>
        <details className="overall-formula">
          <summary>Formula in words</summary>
          <p data-testid="overall-formula">{overall.formula}</p>
        </details>
      </div>
    </div>
  );
}
