import type { CallSummary } from '../../../shared/domain/call';
import { callsOfRep } from '../../../shared/domain/reps';
import { AppError, isAppError } from '../../../shared/errors';
import {
  repScorecardsCsv,
  scorecardCsv,
  scorecardHtml,
  scorecardMarkdown,
  type RepCall,
  type ScorecardExportInput,
  type ScorecardFormat,
} from '../../../shared/formats/scorecardExport';
import { scorecardOfCall } from '../../../shared/scorecard/scorecard';
import { saveError, writeFileAtomic } from '../atomicWrite';
import type { Dialogs, PrintPdf, SaveDialogText } from '../ports';
import type { Library } from '../library/library';

export type SaveOutcome = { saved: boolean; path: string | null };

const FILTER_NAMES: Record<ScorecardFormat, string> = {
  html: 'Web page (HTML)',
  pdf: 'PDF document',
  csv: 'CSV spreadsheet',
  md: 'Markdown',
};

/** The time zone dates are written in: this computer's, as the user reads dates everywhere else. */
const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Everything an export of one call reads: its summary, transcript (if any), annotations and the library's criteria. */
export async function scorecardExportOf(library: Library, callId: string): Promise<ScorecardExportInput> {
  const call = await library.get(callId);
  const [transcript, annotations] = await Promise.all([library.getTranscript(callId), library.annotations(callId)]);
  const criteria = library.rubricCriteria();
  return {
    call: { title: call.title, recordedAt: call.recordedAt, durationSec: call.durationSec, speakers: call.speakers, hasTranscript: transcript !== null },
    scorecard: scorecardOfCall(call, transcript, annotations, criteria),
    criteria,
    timeZone: localTimeZone(),
  };
}

/** The rep's calls with their scorecards, oldest first. A call that can't be read stops the export, by name. */
export async function repExportOf(library: Library, repName: string): Promise<RepCall[]> {
  const calls = callsOfRep(library.list(), repName);
  if (calls.length === 0) throw new AppError('NOT_FOUND', `No call in this library has a rep named “${repName.trim()}”.`);
  const rows: RepCall[] = [];
  for (const call of calls) rows.push(await repCallOf(library, call)); // one after another: transcripts can be large
  return rows;
}

async function repCallOf(library: Library, call: CallSummary): Promise<RepCall> {
  try {
    const [transcript, annotations] = await Promise.all([library.getTranscript(call.id), library.annotations(call.id)]);
    const scorecard = scorecardOfCall(call, transcript, annotations, library.rubricCriteria());
    return { callId: call.id, title: call.title, recordedAt: call.recordedAt, scorecard, hasTranscript: transcript !== null };
  } catch (e) {
    const message = `Couldn't read the call “${call.title}” for the export: ${e instanceof Error ? e.message : String(e)}`;
    throw new AppError(isAppError(e) ? e.code : 'INTERNAL', message);
  }
}

/**
 * Asks where to save (the main process's dialog; the renderer never names a path), then makes the
 * file's contents and writes them atomically. Cancelling writes nothing.
 */
export async function saveExport(
  dialogs: Dialogs,
  request: { defaultName: string; extension: string } & SaveDialogText,
  contents: () => Promise<string | Uint8Array>,
): Promise<SaveOutcome> {
  const { defaultName, extension, ...text } = request;
  const path = await dialogs.pickSavePath(defaultName, extension, text);
  if (!path) return { saved: false, path: null };
  const data = await contents();
  try {
    await writeFileAtomic(path, data);
  } catch (e) {
    throw saveError(e, path);
  }
  return { saved: true, path };
}

async function toPdf(printPdf: PrintPdf, html: string): Promise<Uint8Array> {
  try {
    return await printPdf(html);
  } catch (e) {
    throw new AppError('INTERNAL', `Couldn't make the PDF: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** One call's scorecard saved as printable HTML, PDF, CSV (one row per figure) or Markdown. */
export async function exportScorecard(
  library: Library,
  dialogs: Dialogs,
  printPdf: PrintPdf | undefined,
  callId: string,
  format: ScorecardFormat,
): Promise<SaveOutcome> {
  if (format === 'pdf' && !printPdf) throw new AppError('INTERNAL', 'Saving as PDF is not available here; save as HTML and print it instead.');
  const input = await scorecardExportOf(library, callId);
  const request = {
    defaultName: `${input.call.title} – scorecard.${format}`,
    extension: format,
    title: 'Export the scorecard',
    filterName: FILTER_NAMES[format],
  };
  return saveExport(dialogs, request, async () => {
    switch (format) {
      case 'html':
        return scorecardHtml(input);
      case 'pdf':
        return toPdf(printPdf!, scorecardHtml(input));
      case 'csv':
        return scorecardCsv(input);
      case 'md':
        return scorecardMarkdown(input);
    }
  });
}

/** All scorecards of one rep as a CSV, one row per call, oldest first. */
export async function exportRepCsv(library: Library, dialogs: Dialogs, repName: string): Promise<SaveOutcome> {
  const rows = await repExportOf(library, repName);
  const request = {
    defaultName: `${repName.trim()} – scorecards.csv`,
    extension: 'csv',
    title: `Export ${repName.trim()}’s scorecards`,
    filterName: FILTER_NAMES.csv,
  };
  return saveExport(dialogs, request, async () => repScorecardsCsv(rows));
}
