import { useMemo } from 'react';
import type { Annotations } from '../../shared/domain/annotations';
import type { CallDetail } from '../../shared/domain/call';
import type { Transcript } from '../../shared/domain/transcript';
import { scorecardReport, type ScorecardReport } from '../../shared/formats/scorecardReport';
import { DEFAULT_CRITERIA, scorecardOfCall, type RubricCriterion, type Scorecard } from '../../shared/scorecard';
import { useLibraryInfo } from '../ui/useLibraryInfo';

export type ScorecardState = {
  scorecard: Scorecard;
  /** The same figures as the exports write them: display text, why a value is missing, evidence. */
  report: ScorecardReport;
  criteria: readonly RubricCriterion[];
};

/**
 * The call's scorecard, computed in the renderer from what the Review view shows, so it follows every
 * tag, mark, transcript edit and rubric save at once. Null until the call, its transcript (undefined
 * until answered; null when it has none) and its annotations load.
 */
export function useScorecard(call: CallDetail | null, transcript: Transcript | null | undefined, annotations: Annotations | null): ScorecardState | null {
  const { info } = useLibraryInfo();
  const criteria = info?.rubricCriteria ?? DEFAULT_CRITERIA;
  const durationSec = call?.durationSec;
  const speakers = call?.speakers;
  const title = call?.title;
  const recordedAt = call?.recordedAt;
  return useMemo(() => {
    if (durationSec === undefined || !speakers || title === undefined || recordedAt === undefined || !annotations || transcript === undefined) return null;
    const scorecard = scorecardOfCall({ durationSec, speakers }, transcript, annotations, criteria);
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const report = scorecardReport({ call: { title, recordedAt, durationSec, speakers, hasTranscript: transcript !== null }, scorecard, criteria, timeZone });
    return { scorecard, report, criteria };
  }, [durationSec, speakers, title, recordedAt, transcript, annotations, criteria]);
}
