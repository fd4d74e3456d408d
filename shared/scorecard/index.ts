// The scorecard's public surface: compute one call's scorecard, summarise reviews, plot trends.
export { computeScorecard, scorecardOfCall, type Scorecard, type ScorecardInput } from './scorecard';
export { trendPoint, TrendPoint } from './trend';
export { DEFAULT_CRITERIA, RubricCriterion, RubricReview, summariseReviews, type CriterionSummary, type RubricSummary } from './rubric';
export { QUESTION_LEXICON, classifyQuestion } from './questions';
export { SCORE_WEIGHTS, TALK_RATIO_IDEAL, TALK_RATIO_WORST, type OverallScore, type ScoreComponent } from './overall';
export { CUT_OFF_GAP_SEC } from './responsiveness';
export type { Evidence, Figure } from './evidence';
