import type { Handlers } from '../../../shared/contract';
import { repsOf } from '../../../shared/domain/reps';
import type { LibraryRef } from '../library/ref';
import type { Dialogs, PrintPdf } from '../ports';
import { exportRepCsv, exportScorecard } from './export';
import { repTrend } from './reps';

export type ScorecardsDeps = { ref: LibraryRef; dialogs: Dialogs; printPdf: PrintPdf | undefined };

/**
 * Reps across the library's calls and one rep's trend over their calls; scorecards out of the app: one
 * call's (HTML, PDF, CSV, Markdown) and all of a rep's (CSV).
 */
export function createScorecardsService({ ref, dialogs, printPdf }: ScorecardsDeps) {
  const handlers = {
    'reps:list': async () => repsOf(ref.get().list()),
    'reps:trend': async ({ name }) => repTrend(ref.get(), name),
    'scorecards:export': async ({ callId, format }) => exportScorecard(ref.get(), dialogs, printPdf, callId, format),
    'reps:exportCsv': async ({ repName }) => exportRepCsv(ref.get(), dialogs, repName),
  } satisfies Partial<Handlers>;

  return { handlers };
}
