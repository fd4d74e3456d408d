import type { LearnedWeights, LocalExample } from '../../../shared/suggestions/learned';

/** Retrain from the shipped examples and these verdicts. */
export type TrainRequest = { id: number; local: LocalExample[] };
export type TrainReply = { id: number; type: 'done'; weights: LearnedWeights } | { id: number; type: 'failed'; message: string };
