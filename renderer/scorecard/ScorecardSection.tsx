import type { ReactNode } from 'react';
import type { ReportSection } from '../../shared/formats/scorecardReport';
import { FigureRow } from './FigureRow';

/** One part of the scorecard (depth, follow-through, pitch, conversation): what leads it, then its figures. */
export function ScorecardSection({ section, children }: { section: ReportSection; children?: ReactNode }) {
  const headingId = `scorecard-${section.id}-heading`;
  return (
    <section className="card scorecard-section" aria-labelledby={headingId} data-testid="scorecard-section" data-section={section.id}>
      <h3 id={headingId} className="card-title">
        {section.title}
      </h3>
      {children}
      <div className="figure-list">
        {section.figures.map((f) => (
          <FigureRow key={f.label} figure={f} />
        ))}
      </div>
    </section>
  );
}
