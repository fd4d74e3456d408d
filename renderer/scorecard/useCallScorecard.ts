import { useMemo } from 'react';
import { BridgeError, call } from '../ui/bridge';
import { CallId, type CallDetail } from '../../shared/domain/call';
import { DEFAULT_CRITERIA, type RubricCriterion } from '../../shared/scorecard/rubric';
import { scorecardOfCall, type Scorecard } from '../../shared/scorecard/scorecard';
import { useLiveQuery, type QueryError } from '../ui/useLiveQuery';

export type CallScorecardState = {
  call: CallDetail | null;
  hasTranscript: boolean;
  scorecard: Scorecard | null;
  error: QueryError | null;
};

/**
 * One call's scorecard computed here from its documents (summary, transcript, annotations) with the
 * library's rubric criteria: the same `scorecardOfCall` the main process uses for trends and exports.
 */
export function useCallScorecard(callId: string, criteria: readonly RubricCriterion[] | null): CallScorecardState {
  const docs = useLiveQuery(async () => {
    if (!CallId.safeParse(callId).success) throw new BridgeError('NOT_FOUND', 'This link does not point to a call in your library.');
    const [detail, transcript, annotations] = await Promise.all([
      call('calls:get', { callId }),
      call('calls:transcript', { callId }),
      call('annotations:get', { callId }),
    ]);
    return { detail, transcript, annotations };
  }, [callId]);

  const data = docs.data;
  const scorecard = useMemo(
    () => (data ? scorecardOfCall(data.detail, data.transcript, data.annotations, criteria ?? DEFAULT_CRITERIA) : null),
    [data, criteria],
  );
  return { call: data?.detail ?? null, hasTranscript: !!data?.transcript, scorecard, error: docs.error };
}
