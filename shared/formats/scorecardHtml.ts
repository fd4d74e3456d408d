import {
  ratingText,
  rubricText,
  scoreText,
  scorecardReport,
  shownEvidence,
  type ReportFigure,
  type ReportSection,
  type ScorecardExportInput,
} from './scorecardReport';
import type { Evidence } from '../scorecard/evidence';

/** Text into HTML, text or attribute: nothing a user typed can open a tag or an entity. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const h = escapeHtml;

/**
 * Print first: A4 pages, a readable type scale in points, rows that never split across a page, colours
 * kept in print. No script, no link, no form: the document is for reading, printing and sharing.
 */
const STYLE = `
@page { size: A4; margin: 16mm 15mm 18mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; color-scheme: light; }
body { margin: 0 auto; max-width: 180mm; background: #fff; color: #1c232b;
  font: 9.5pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif; }
@media screen { body { padding: 28px 24px 48px; } }
header { border-bottom: 2pt solid #1d4f91; padding-bottom: 8pt; margin-bottom: 12pt; }
.kicker { margin: 0; font-size: 8.5pt; font-weight: 600; letter-spacing: .08em; text-transform: uppercase; color: #1d4f91; }
h1 { margin: 2pt 0 6pt; font-size: 19pt; line-height: 1.2; overflow-wrap: anywhere; }
h2 { margin: 0 0 6pt; font-size: 12.5pt; color: #14202c; break-after: avoid; page-break-after: avoid; }
.meta { display: flex; flex-wrap: wrap; gap: 4pt 18pt; margin: 0; }
.meta div { display: flex; gap: 5pt; }
.meta dt { color: #5b6673; }
.meta dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
section { margin-top: 13pt; }
.overall { margin-top: 0; padding: 10pt 12pt; border: 1pt solid #c5d0dd; border-radius: 6pt; background: #f3f6fa; break-inside: avoid; page-break-inside: avoid; }
.overall-head { display: flex; gap: 14pt; align-items: flex-start; margin-bottom: 8pt; }
.score { flex: none; min-width: 74pt; padding: 6pt 8pt; border-radius: 5pt; background: #1d4f91; color: #fff; text-align: center; }
.score .value { display: block; font-size: 26pt; font-weight: 700; line-height: 1.1; }
.score .of { font-size: 8.5pt; opacity: .85; }
.score.none .value { font-size: 13pt; padding: 6pt 0; }
.formula { margin: 0; font-size: 9pt; color: #34404d; }
table { width: 100%; border-collapse: collapse; }
th, td { padding: 3pt 5pt; text-align: left; vertical-align: top; border-bottom: .5pt solid #d5dbe3; }
thead th { font-size: 8pt; font-weight: 600; letter-spacing: .05em; text-transform: uppercase; color: #5b6673; border-bottom: 1pt solid #9ba6b3; }
tbody th { font-weight: 600; }
tr { break-inside: avoid; page-break-inside: avoid; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.figures col.label { width: 34%; } .figures col.value { width: 19%; }
.components tbody th { white-space: nowrap; }
td.value { font-weight: 600; font-variant-numeric: tabular-nums; }
.missing { color: #6b7480; font-style: italic; font-weight: 400; }
.reason { display: block; font-size: 8.5pt; color: #6b7480; font-style: normal; font-weight: 400; }
.left-out td { color: #6b7480; }
ul.evidence { margin: 0; padding: 0; list-style: none; font-size: 8.5pt; color: #34404d; }
ul.evidence li { overflow-wrap: anywhere; }
.time { margin-right: 4pt; font-weight: 600; font-variant-numeric: tabular-nums; color: #1d4f91; }
.none { color: #8a939d; }
.note { margin: 0 0 6pt; padding: 4pt 8pt; border-left: 3pt solid #d99a00; background: #fff7e0; font-size: 9pt; }
.rubric-mean { margin: 0 0 6pt; }
.criterion-description { display: block; font-size: 8.5pt; font-weight: 400; color: #5b6673; }
ul.notes { margin: 0; padding-left: 12pt; font-size: 9pt; }
ul.notes li { overflow-wrap: anywhere; }
footer { break-before: avoid; page-break-before: avoid; margin-top: 14pt; padding-top: 6pt; border-top: .5pt solid #d5dbe3; font-size: 8pt; color: #6b7480; }
`;

function evidenceCell(evidence: readonly Evidence[]): string {
  if (evidence.length === 0) return '<span class="none">—</span>';
  const { items, more } = shownEvidence(evidence);
  const lines = items.map((e) => `<li><span class="time">${h(e.time)}</span>${h(e.label)}</li>`);
  if (more > 0) lines.push(`<li class="none">and ${more} more</li>`);
  return `<ul class="evidence">${lines.join('')}</ul>`;
}

function figureRow(f: ReportFigure): string {
  const value = f.missing ? `<span class="missing">${h(f.display)}<span class="reason">${h(f.missing)}</span></span>` : h(f.display);
  return `<tr><th scope="row">${h(f.label)}</th><td class="value">${value}</td><td>${evidenceCell(f.evidence)}</td></tr>`;
}

function sectionHtml(s: ReportSection): string {
  return `<section class="figures" id="${s.id}">
<h2>${h(s.title)}</h2>
${s.notes.map((n) => `<p class="note">${h(n)}</p>`).join('\n')}
<table><colgroup><col class="label"><col class="value"><col></colgroup>
<thead><tr><th scope="col">Figure</th><th scope="col">Value</th><th scope="col">Evidence</th></tr></thead>
<tbody>
${s.figures.map(figureRow).join('\n')}
</tbody></table>
</section>`;
}

/** The scorecard as one standalone, printable HTML page (its own styles, no scripts, no external files). */
export function scorecardHtml(input: ScorecardExportInput): string {
  const r = scorecardReport(input);
  const meta = [['Recorded', r.recordedAt], ['Duration', r.duration], ...r.people.map((p) => [p.role, p.names.join(', ')])]
    .map(([dt, dd]) => `<div><dt>${h(dt!)}</dt><dd>${h(dd!)}</dd></div>`)
    .join('');
  const score =
    r.overall.value === null
      ? '<div class="score none"><span class="value">No score</span></div>'
      : `<div class="score"><span class="value">${r.overall.value}</span><span class="of">out of 100</span></div>`;
  const components = r.overall.components
    .map(
      (c) =>
        `<tr${c.score === null ? ' class="left-out"' : ''}><th scope="row">${h(c.label)}</th><td class="num">${c.weight}</td><td class="num">${c.score ?? 'left out'}</td><td>${h(c.basis)}</td></tr>`,
    )
    .join('\n');
  const criteria = r.rubric.criteria
    .map((c) => {
      const notes = c.notes.length
        ? `<ul class="notes">${c.notes.map((n) => `<li><strong>${h(n.reviewer)}:</strong> ${h(n.note)}</li>`).join('')}</ul>`
        : '<span class="none">—</span>';
      const description = c.description ? `<span class="criterion-description">${h(c.description)}</span>` : '';
      return `<tr><th scope="row">${h(c.title)}${description}</th><td class="value${c.mean === null ? ' missing' : ''}">${h(ratingText(c.mean, c.count))}</td><td>${notes}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Scorecard: ${h(r.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<p class="kicker">Call scorecard</p>
<h1>${h(r.title)}</h1>
<dl class="meta">${meta}</dl>
</header>
<section class="overall" id="overall">
<div class="overall-head">${score}<div><h2>Overall score: ${h(scoreText(r.overall.value))}</h2><p class="formula">${h(r.overall.formula)}</p></div></div>
<table class="components">
<thead><tr><th scope="col">Component</th><th scope="col" class="num">Weight</th><th scope="col" class="num">Score</th><th scope="col">How it is scored</th></tr></thead>
<tbody>
${components}
</tbody></table>
</section>
${r.sections.map(sectionHtml).join('\n')}
<section class="figures" id="rubric">
<h2>Manager rubric</h2>
<p class="rubric-mean">${h(rubricText(r.rubric))}</p>
<table><colgroup><col class="label"><col class="value"><col></colgroup>
<thead><tr><th scope="col">Criterion</th><th scope="col">Rating</th><th scope="col">Reviewers’ notes</th></tr></thead>
<tbody>
${criteria}
</tbody></table>
</section>
<footer>Exported from Call Review. Times are minutes:seconds from the start of the recording.</footer>
</body>
</html>
`;
}
