/**
 * Logistic regression, small and deterministic: what the candidate scorer is (see
 * candidate-score.ts). Features are standardised with the training set's mean and spread, so one
 * L2 penalty suits them all; fitting is plain batch gradient descent from zero, so the same rows
 * always give the same model.
 */
export interface LogisticModel {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

export interface FitOptions {
  /** The L2 penalty on the weights (not the bias), per row. */
  lambda?: number;
  iterations?: number;
  rate?: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The probability the model gives to one row of features. */
export function predict(model: LogisticModel, features: number[]): number {
  let z = model.bias;
  for (let j = 0; j < model.weights.length; j++) z += (model.weights[j]! * (features[j]! - model.mean[j]!)) / model.scale[j]!;
  return sigmoid(z);
}

/** Fits rows of features to labels (1 or 0). */
export function fitLogistic(rows: number[][], labels: number[], { lambda = 1, iterations = 3000, rate = 0.1 }: FitOptions = {}): LogisticModel {
  if (rows.length === 0 || rows.length !== labels.length) throw new Error(`fitLogistic needs as many labels as rows (${rows.length} rows, ${labels.length} labels)`);
  const n = rows.length;
  const d = rows[0]!.length;
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((a, r) => a + r[j]!, 0) / n);
  // A constant feature has no spread: 1 keeps it harmless (its standardised value is always 0).
  const scale = mean.map((m, j) => Math.sqrt(rows.reduce((a, r) => a + (r[j]! - m) ** 2, 0) / n) || 1);
  const z = rows.map((r) => r.map((v, j) => (v - mean[j]!) / scale[j]!));
  const weights = new Array<number>(d).fill(0);
  let bias = 0;
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    let gradBias = 0;
    for (let i = 0; i < n; i++) {
      const x = z[i]!;
      let s = bias;
      for (let j = 0; j < d; j++) s += weights[j]! * x[j]!;
      const e = sigmoid(s) - labels[i]!;
      gradBias += e;
      for (let j = 0; j < d; j++) grad[j]! += e * x[j]!;
    }
    for (let j = 0; j < d; j++) weights[j]! -= (rate * (grad[j]! + lambda * weights[j]!)) / n;
    bias -= (rate * gradBias) / n;
  }
  return { mean, scale, weights, bias };
}
