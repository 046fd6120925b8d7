/**
 * Sparse logistic regression, trained by AdaGrad with L2, deterministic for a seed. Used for the
 * learned readers' binary and one-vs-rest decisions; small enough to read and to check by tests.
 */
export interface LogisticModel {
  /** Weight per feature string; features absent here weigh 0. */
  weights: Record<string, number>;
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  seed?: number;
  /** Weight of a positive example against a negative one (rare labels need more). */
  positiveWeight?: number;
}

export interface Example {
  features: readonly string[];
  label: 0 | 1;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The probability a model gives the positive class for a feature set. */
export function predict(model: LogisticModel, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += model.weights[f] ?? 0;
  return sigmoid(z);
}

/** Each feature's contribution to a decision, largest first (for the fact's explanation). */
export function contributions(model: LogisticModel, features: readonly string[], n = 3): [string, number][] {
  return features.filter((f) => f !== 'bias' && model.weights[f]).map((f): [string, number] => [f, model.weights[f]])
    .sort((a, b) => b[1] - a[1]).slice(0, n);
}

/** A small seeded generator (mulberry32), so training gives the same weights on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains one binary model. Weights under `prune` in magnitude are dropped from the result. */
export function train(examples: readonly Example[], options: TrainOptions = {}, prune = 1e-3): LogisticModel {
  const { epochs = 12, rate = 0.3, l2 = 1e-4, seed = 7, positiveWeight = 1 } = options;
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  const order = examples.map((_, i) => i);
  const random = seeded(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const ex = examples[k];
      let z = 0;
      for (const f of ex.features) z += w.get(f) ?? 0;
      const err = (sigmoid(z) - ex.label) * (ex.label === 1 ? positiveWeight : 1);
      for (const f of ex.features) {
        const wf = w.get(f) ?? 0;
        const g = err + (f === 'bias' ? 0 : l2 * wf);
        const acc = (g2.get(f) ?? 0) + g * g;
        g2.set(f, acc);
        w.set(f, wf - (rate * g) / Math.sqrt(acc + 1e-8));
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, v] of [...w.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (Math.abs(v) >= prune || f === 'bias') weights[f] = Math.round(v * 1e4) / 1e4;
  }
  return { weights };
}
