import { useId, useState, type ReactNode } from 'react';
import type { ReportFigure } from '../../shared/formats/scorecardReport';
import { EvidenceList } from './EvidenceList';

/** The figure's value for people; the unit is added where the number alone would not say it. */
export function figureText(f: ReportFigure): string {
  return f.unit === 'per 10 min' ? `${f.display} per 10 min` : f.display;
}

/**
 * One figure: label, value (or "—" and why it is missing, never a bare 0) and, when it has evidence,
 * the value is a button that lists the moments behind it.
 */
export function FigureRow({ figure, extra }: { figure: ReportFigure; extra?: ReactNode }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const count = figure.evidence.length;
  const value = figure.missing ? (
    <span className="figure-value missing" data-testid="figure-value">
      <span aria-hidden="true">—</span>{' '}
      <span className="figure-missing" data-testid="figure-missing">
        {figure.missing}
      </span>
    </span>
  ) : count > 0 ? (
    <button
      type="button"
      className="figure-value evidence-toggle"
      data-testid="figure-value"
      aria-expanded={open}
      aria-controls={listId}
      title={open ? 'Hide the moments' : `Show the ${count === 1 ? 'moment' : `${count} moments`} behind this figure`}
      onClick={() => setOpen(!open)}
    >
      {figureText(figure)}
      <span className="evidence-count">
        {count === 1 ? '1 moment' : `${count} moments`} {open ? '▴' : '▾'}
      </span>
    </button>
  ) : (
    <span className="figure-value" data-testid="figure-value">
      {figureText(figure)}
    </span>
  );
  return (
    <div className="figure-row" data-testid="figure" data-figure={figure.label}>
      <span className="figure-label">{figure.label}</span>
      {value}
      {extra}
      {open && count > 0 && <EvidenceList evidence={figure.evidence} id={listId} />}
    </div>
  );
}
