/**
 * Logistic regression with L2, trained by full-batch gradient descent with Nesterov momentum: no random
 * start, no shuffling, so the same examples in the same order always give the same weights.
 */
export type Logistic = { bias: number; weights: number[] };

export type TrainOptions = {
  /** L2 penalty on the weights (not the bias), per unit of example weight. */
  l2: number;
  iterations: number;
};

export const DEFAULT_TRAINING: TrainOptions = { l2: 0.01, iterations: 300 };

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

function dot(w: ArrayLike<number>, x: ArrayLike<number>): number {
  let s = 0;
  for (let d = 0; d < x.length; d++) s += w[d]! * x[d]!;
  return s;
}

export const probability = (model: Logistic, x: ArrayLike<number>): number => sigmoid(model.bias + dot(model.weights, x));

/**
 * Weights for P(y = 1 | x). `ys` are 0/1; `sampleWeights` (default 1) count an example more or less
 * (a reviewer's own examples weigh more than the base set). Minimises the weighted mean log loss plus
 * l2/2 · |w|²; the step is 1/L for the loss's smoothness bound L = max|(x, 1)|²/4 + l2, so it never diverges. No
 * examples: all zeros (p = 0.5), `dims` long.
 */
export function trainLogistic(
  xs: readonly ArrayLike<number>[],
  ys: readonly number[],
  o: TrainOptions = DEFAULT_TRAINING,
  sampleWeights?: readonly number[],
  dims = xs[0]?.length ?? 0,
): Logistic {
  const n = xs.length;
  const sw = sampleWeights ?? xs.map(() => 1);
  const total = sw.reduce((a, b) => a + b, 0);
  if (n === 0 || total === 0) return { bias: 0, weights: new Array<number>(dims).fill(0) };
  // |x|² with the bias's constant 1: the bound must cover the bias too, or the step can overshoot.
  const maxNorm = Math.max(...xs.map((x) => dot(x, x) + 1));
  const step = 1 / (maxNorm / 4 + o.l2);

  // w[dims] is the bias. y: the look-ahead point of Nesterov's method.
  let w = new Float64Array(dims + 1);
  let y = new Float64Array(dims + 1);
  const grad = new Float64Array(dims + 1);
  for (let t = 1; t <= o.iterations; t++) {
    grad.fill(0);
    for (let i = 0; i < n; i++) {
      const x = xs[i]!;
      const err = (sw[i]! * (sigmoid(y[dims]! + dot(y, x)) - ys[i]!)) / total;
      for (let d = 0; d < dims; d++) grad[d]! += err * x[d]!;
      grad[dims]! += err;
    }
    const next = new Float64Array(dims + 1);
    for (let d = 0; d <= dims; d++) next[d] = y[d]! - step * (grad[d]! + (d < dims ? o.l2 * y[d]! : 0));
    const momentum = (t - 1) / (t + 2);
    const ahead = new Float64Array(dims + 1);
    for (let d = 0; d <= dims; d++) ahead[d] = next[d]! + momentum * (next[d]! - w[d]!);
    w = next;
    y = ahead;
  }
  return { bias: w[dims]!, weights: Array.from(w.subarray(0, dims)) };
}

/** Rounded to 4 decimals: the stored file stays small and reads the same on every machine. */
export const rounded = (m: Logistic): Logistic => ({ bias: round4(m.bias), weights: m.weights.map(round4) });
const round4 = (v: number) => Math.round(v * 1e4) / 1e4 || 0;
