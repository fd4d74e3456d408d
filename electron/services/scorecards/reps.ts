import type { CallSummary } from '../../../shared/domain/call';
import { callsOfRep } from '../../../shared/domain/reps';
import { scorecardOfCall } from '../../../shared/scorecard/scorecard';
import { trendPoint, type TrendPoint } from '../../../shared/scorecard/trend';
import type { Library } from '../library/library';

export type RepTrendPoint = TrendPoint & { title: string };

/**
 * One point per call of the rep, computed from the call's own documents. Calls are read one after
 * another (an hour's transcript is a few MB), and a call whose documents cannot be read is reported
 * by title instead of failing the whole chart.
 */
export async function repTrend(library: Library, name: string): Promise<{ points: RepTrendPoint[]; unreadable: string[] }> {
  const points: RepTrendPoint[] = [];
  const unreadable: string[] = [];
  for (const call of callsOfRep(library.list(), name)) {
    try {
      points.push({ ...(await pointOf(library, call)), title: call.title });
    } catch {
      unreadable.push(call.title);
    }
  }
  return { points, unreadable };
}

async function pointOf(library: Library, call: CallSummary): Promise<TrendPoint> {
  const [transcript, annotations] = await Promise.all([library.getTranscript(call.id), library.annotations(call.id)]);
  return trendPoint(call.id, call.recordedAt, scorecardOfCall(call, transcript, annotations, library.rubricCriteria()));
}
