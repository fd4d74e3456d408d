import type { Handlers } from '../../../shared/contract';
import type { LibraryRef } from '../library/ref';
import type { Dialogs, PrintPdf } from '../ports';
import { exportRepCsv, exportScorecard } from './export';

/** Scorecards out of the app: one call's (HTML, PDF, CSV, Markdown) and all of a rep's (CSV). */
export function scorecardExportHandlers({ ref, dialogs, printPdf }: { ref: LibraryRef; dialogs: Dialogs; printPdf: PrintPdf | undefined }) {
  return {
    'scorecards:export': async ({ callId, format }) => exportScorecard(ref.get(), dialogs, printPdf, callId, format),
    'reps:exportCsv': async ({ repName }) => exportRepCsv(ref.get(), dialogs, repName),
  } satisfies Partial<Handlers>;
}
