import type { Annotations } from '../domain/annotations';
import type { Speaker } from '../domain/call';
import type { Turn } from '../domain/transcript';
import { conversation, type Conversation } from './conversation';
import { discoveryDepth, type DiscoveryDepth } from './depth';
import { doorsOf, followThrough, type FollowThrough } from './followThrough';
import { overallScore, type OverallScore } from './overall';
import { pitchTiming, type PitchTiming } from './pitchTiming';
import { DEFAULT_CRITERIA, summariseReviews, type RubricCriterion, type RubricReview, type RubricSummary } from './rubric';

export type ScorecardInput = {
  turns: readonly Turn[];
  speakers: readonly Speaker[];
  annotations: Annotations;
  /** The call's length in seconds (the recording's duration); 0 when unknown. */
  duration: number;
  /** Managers' reviews of this call (default: those stored with its annotations) and the criteria they rate. */
  reviews?: readonly RubricReview[];
  criteria?: readonly RubricCriterion[];
};

/** Everything a coach sees about one call; plain JSON (numbers, strings, booleans, null, arrays). */
export type Scorecard = {
  duration: number;
  depth: DiscoveryDepth;
  followThrough: FollowThrough;
  pitch: PitchTiming;
  conversation: Conversation;
  rubric: RubricSummary;
  overall: OverallScore;
};

export function computeScorecard({
  turns,
  speakers,
  annotations,
  duration,
  reviews = annotations.reviews,
  criteria = DEFAULT_CRITERIA,
}: ScorecardInput): Scorecard {
  const depth = discoveryDepth(annotations);
  const follow = followThrough(annotations, duration);
  const pitch = pitchTiming(annotations);
  const talk = conversation(
    turns,
    speakers,
    doorsOf(annotations).map((d) => d.span),
  );
  const rubric = summariseReviews(reviews, criteria);
  return {
    duration,
    depth,
    followThrough: follow,
    pitch,
    conversation: talk,
    rubric,
    overall: overallScore({ depth, followThrough: follow, pitch, conversation: talk, rubric, anyTags: annotations.tags.length > 0 }),
  };
}

/** A stored call's scorecard: the one way main (exports, trends) and renderer (live view) compute it. */
export function scorecardOfCall(
  call: { durationSec: number; speakers: readonly Speaker[] },
  transcript: { turns: readonly Turn[] } | null,
  annotations: Annotations,
  criteria: readonly RubricCriterion[] = DEFAULT_CRITERIA,
): Scorecard {
  return computeScorecard({ turns: transcript?.turns ?? [], speakers: call.speakers, annotations, duration: call.durationSec, criteria });
}
