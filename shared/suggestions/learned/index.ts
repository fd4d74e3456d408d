/**
 * Learned suggestions (issue 16): a logistic classifier per kind over turn embeddings in context, added
 * to the rules where they miss. Pure: the vectors come from the text model in the main process.
 */
export { learnedSuggestions, type Meaning } from './combine';
export { CUE_NAMES, FEATURE_COUNT, callExamples, features, turnCues, type TurnExample } from './features';
export { DEFAULT_TRAINING, probability, trainLogistic, type Logistic, type TrainOptions } from './logistic';
export {
  LEARNED_LABELS,
  LOCAL_WEIGHT,
  packWeights,
  predict,
  trainLocal,
  trainModels,
  type LabelledExample,
  type LearnedLabel,
  type LearnedWeights,
  type LocalExample,
} from './model';
export { readExamples, readWeights, writeExamples, type StoredExample } from './store';
