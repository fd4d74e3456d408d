import { readExamples, readWeights, type LearnedWeights, type StoredExample } from '../../../shared/suggestions/learned';
import examplesJson from '../../../shared/suggestions/learned/examples.json';
import weightsJson from '../../../shared/suggestions/learned/weights.json';

let loaded: { weights: LearnedWeights; examples: StoredExample[] } | null = null;

/** The shipped model and its training examples, read (and checked) on first use. */
export function shippedModel(): { weights: LearnedWeights; examples: StoredExample[] } {
  loaded ??= { weights: readWeights(weightsJson), examples: readExamples(examplesJson) };
  return loaded;
}
