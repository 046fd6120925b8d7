import { z } from 'zod';
import { FiDimension, FiDirection } from '../core/fact.ts';
import { sentenceFeatures, type SentenceView } from './features.ts';
import { contributions, predict, train as trainModel, type Example, type LogisticModel, type TrainOptions } from './logistic.ts';

const Weights = z.object({ weights: z.record(z.string(), z.number()) });

/**
 * A learned functional-improvement sentence reader, as data (`pipelines/models/*.json`): one
 * binary model per dimension ("does this sentence state evidence of it?") and one per direction
 * (which way, among sentences that state evidence), over `sentenceFeatures`.
 */
export const FiModelFile = z.object({
  id: z.string().regex(/^[a-z0-9.-]+$/u),
  version: z.string(),
  description: z.string(),
  example: z.string(),
  /** What it was trained on (corpus folder and case count); never a measurement set. */
  trainedOn: z.array(z.object({ corpus: z.string(), cases: z.number().int() })),
  /** A dimension is read when its probability reaches this. */
  threshold: z.number().min(0).max(1),
  /** ... and only when the direction model is this sure of its direction (a wrong direction flips a case's FI status). */
  directionThreshold: z.number().min(0).max(1).default(0),
  options: z.object({ epochs: z.number(), rate: z.number(), l2: z.number(), positiveWeight: z.number() }),
  dimensions: z.record(FiDimension, Weights),
  directions: z.record(FiDirection, Weights),
});
export type FiModelFile = z.infer<typeof FiModelFile>;

export type Dimension = z.infer<typeof FiDimension>;
export type Direction = z.infer<typeof FiDirection>;

/** One sentence's training target: the dimensions and directions gold evidence places in it. */
export interface LabelledSentence {
  view: SentenceView;
  pairs: readonly { dimension: Dimension; direction: Direction }[];
}

/** One reading of a sentence: a dimension, its most likely direction, and why. */
export interface FiReading {
  dimension: Dimension;
  direction: Direction;
  probability: number;
  /** How sure the direction model is of the direction (its probability, normalised over the four). */
  directionProbability: number;
  /** The features that weighed most for the dimension (for the fact's explanation). */
  reasons: string[];
}

/** Trains the dimension and direction models (see `FiModelFile`). */
export function trainFiModel(rows: readonly LabelledSentence[], options: Required<Omit<TrainOptions, 'seed'>>, minCount = 3, prune = 0.02): Pick<FiModelFile, 'dimensions' | 'directions'> {
  // A feature seen in fewer than `minCount` sentences is one writer's word, not a reading.
  const all = rows.map((r) => sentenceFeatures(r.view));
  const seen = new Map<string, number>();
  for (const fs of all) for (const f of fs) seen.set(f, (seen.get(f) ?? 0) + 1);
  const feats = all.map((fs) => fs.filter((f) => (seen.get(f) ?? 0) >= minCount));
  const train = (ex: Example[], o: TrainOptions) => trainModel(ex, o, prune);
  const dimensions = {} as Record<Dimension, LogisticModel>;
  for (const d of FiDimension.options) {
    const ex: Example[] = rows.map((r, i) => ({ features: feats[i], label: r.pairs.some((p) => p.dimension === d) ? 1 : 0 }));
    dimensions[d] = train(ex, options);
  }
  const directions = {} as Record<Direction, LogisticModel>;
  const evidence = rows.map((r, i) => [r, feats[i]] as const).filter(([r]) => r.pairs.length > 0);
  for (const d of FiDirection.options) {
    const ex: Example[] = evidence.map(([r, f]) => ({ features: f, label: r.pairs.some((p) => p.direction === d) ? 1 : 0 }));
    directions[d] = train(ex, { ...options, positiveWeight: 1 });
  }
  return { dimensions, directions };
}

/** Reads one sentence: every dimension at or over the model's threshold, with its direction when that is sure enough. */
export function readSentence(model: Pick<FiModelFile, 'dimensions' | 'directions' | 'threshold'> & { directionThreshold?: number }, view: SentenceView): FiReading[] {
  const feats = sentenceFeatures(view);
  const out: FiReading[] = [];
  let direction: [Direction, number] | null = null;
  for (const d of FiDimension.options) {
    const p = predict(model.dimensions[d], feats);
    if (p < model.threshold) continue;
    if (!direction) {
      const ranked = FiDirection.options.map((x) => [x, predict(model.directions[x], feats)] as [Direction, number]).sort((a, b) => b[1] - a[1]);
      const total = ranked.reduce((n, [, q]) => n + q, 0) || 1;
      direction = [ranked[0][0], ranked[0][1] / total];
    }
    if (direction[1] < (model.directionThreshold ?? 0)) break;
    out.push({ dimension: d, direction: direction[0], probability: p, directionProbability: direction[1], reasons: contributions(model.dimensions[d], feats).map(([f]) => f) });
  }
  return out;
}
