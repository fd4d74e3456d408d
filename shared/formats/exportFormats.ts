/**
 * The export formats, apart from their writers: the contract and the renderer need the lists, and
 * importing them from the writers would bundle the writers (and csv-stringify) into the renderer.
 */
export const EXPORT_FORMATS = ['srt', 'vtt', 'json', 'csv', 'txt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const SCORECARD_FORMATS = ['html', 'pdf', 'csv', 'md'] as const;
export type ScorecardFormat = (typeof SCORECARD_FORMATS)[number];
