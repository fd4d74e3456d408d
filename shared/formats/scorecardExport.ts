import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Evidence } from '../scorecard/evidence';
import type { Scorecard } from '../scorecard/scorecard';
import { ratingText, rubricText, scoreText, scorecardReport, shownEvidence, spanText, type ReportFigure, type ScorecardExportInput } from './scorecardReport';

export { scorecardHtml } from './scorecardHtml';
export type { ExportCall, ScorecardExportInput } from './scorecardReport';

/** What a call's scorecard can be saved as. */
export { SCORECARD_FORMATS, type ScorecardFormat } from './exportFormats';

/**
 * User text inside Markdown: characters that would start emphasis, links, HTML or table cells are
 * escaped, and line breaks folded, so a title or note reads as written and cannot inject markup.
 */
export function mdText(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '\\&');
}

function mdFigure(f: ReportFigure): string {
  const value = f.missing ? `${f.display} (${mdText(f.missing)})` : mdText(f.display);
  const { items, more } = shownEvidence(f.evidence);
  const evidence = items.map((e) => `${e.time} ${mdText(e.label)}`).concat(more ? [`and ${more} more`] : []);
  return `- **${mdText(f.label)}:** ${value}${evidence.length ? `. Evidence: ${evidence.join('; ')}` : ''}`;
}

/** The scorecard as Markdown: for pasting into notes, a CRM or a chat with the rep. */
export function scorecardMarkdown(input: ScorecardExportInput): string {
  const r = scorecardReport(input);
  const lines: string[] = [`# ${mdText(r.title)}`, '', `- Recorded: ${r.recordedAt}`, `- Duration: ${r.duration}`];
  for (const p of r.people) lines.push(`- ${p.role}: ${p.names.map(mdText).join(', ')}`);
  lines.push('', `## Overall score: ${scoreText(r.overall.value)}`, '', mdText(r.overall.formula), '');
  lines.push('| Component | Weight | Score | How it is scored |', '| --- | ---: | ---: | --- |');
  for (const c of r.overall.components) lines.push(`| ${c.label} | ${c.weight} | ${c.score ?? 'left out'} | ${mdText(c.basis)} |`);
  for (const section of r.sections) {
    lines.push('', `## ${section.title}`, '');
    for (const note of section.notes) lines.push(`> ${mdText(note)}`, '');
    lines.push(...section.figures.map(mdFigure));
  }
  lines.push('', '## Manager rubric', '', mdText(rubricText(r.rubric)));
  if (r.rubric.criteria.length) lines.push('');
  for (const c of r.rubric.criteria) {
    lines.push(`- **${mdText(c.title)}:** ${ratingText(c.mean, c.count)}`);
    for (const n of c.notes) lines.push(`  - ${mdText(n.reviewer)}: ${mdText(n.note)}`);
  }
  return `${lines.join('\n')}\n`;
}

const CSV_OPTIONS = {
  // Machine-readable: true/false rather than csv-stringify's 1/"", and no cell a spreadsheet runs as a formula.
  cast: { boolean: (v: boolean) => String(v) },
  escape_formulas: true,
};

const evidenceTimes = (evidence: readonly Evidence[]) => evidence.map(spanText).join('; ');

/** One row per figure (section, figure, value, unit, evidence times); values are plain numbers. */
export function scorecardCsv(input: ScorecardExportInput): string {
  const r = scorecardReport(input);
  const rows: Array<Array<string | number | boolean | null>> = [['Overall', 'Overall score', r.overall.value, 'score (0-100)', '']];
  for (const c of r.overall.components) rows.push(['Overall', `${c.label} score (weight ${c.weight})`, c.score, 'score (0-100)', evidenceTimes(c.evidence)]);
  for (const s of r.sections) for (const f of s.figures) rows.push([s.title, f.label, f.value, f.unit, evidenceTimes(f.evidence)]);
  rows.push(['Manager rubric', 'Rubric mean', r.rubric.mean, 'rating (1-5)', ''], ['Manager rubric', 'Reviewers', r.rubric.reviewers.length, 'count', '']);
  for (const c of r.rubric.criteria) rows.push(['Manager rubric', c.title, c.mean, 'rating (1-5)', '']);
  return stringify(rows, { header: true, columns: ['section', 'figure', 'value', 'unit', 'evidence'], ...CSV_OPTIONS });
}

export type RepCall = {
  callId: string;
  title: string;
  recordedAt: string;
  scorecard: Scorecard;
  /** False when the call has no transcript: its conversation columns are left empty rather than 0. */
  hasTranscript?: boolean;
};

export const REP_CSV_COLUMNS = [
  'call id',
  'title',
  'recorded at',
  'duration (s)',
  'depth reached (0-3)',
  'pain chains',
  'symptoms drilled (share)',
  'missed follow-ups',
  'missed follow-ups per 10 min',
  'pitched before pain',
  'talk ratio (rep share)',
  'longest monologue (s)',
  'open-question share',
  'patience (median s)',
  'interruptions',
  'rubric mean (1-5)',
  'overall score (0-100)',
] as const;

/** A rep's calls, one row each with the main figures, in the order given. */
export function repScorecardsCsv(calls: readonly RepCall[]): string {
  const rows = calls.map(({ callId, title, recordedAt, scorecard: s, hasTranscript = true }) => {
    const c = s.conversation;
    const talk = (v: number | null) => (hasTranscript ? v : null);
    return [
      callId,
      title,
      recordedAt,
      s.duration,
      s.depth.deepest.value,
      s.depth.chains.value,
      s.depth.symptomsDrilled.value,
      s.followThrough.missed.value,
      s.followThrough.missedPer10Min.value,
      s.pitch.pitchedBeforePain.value,
      talk(c.talkTime.ratio.value),
      talk(c.longestMonologue.value),
      talk(c.questions.openShare.value),
      talk(c.patience.value),
      talk(c.interruptions.value),
      s.rubric.mean,
      s.overall.value,
    ];
  });
  return stringify(rows, { header: true, columns: [...REP_CSV_COLUMNS], ...CSV_OPTIONS });
}
