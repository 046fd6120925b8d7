/**
 * The regression gate: the development metrics live in the repo (`corpora/metrics/<corpus>.json`)
 * and a run fails when any metric falls more than the tolerance below them. Raising a metric is a
 * commit that rewrites the file (`npm run metrics:update`).
 */
export const GATE_TOLERANCE = 0.01;

/** Flattens eval output to the numbers the gate watches: accuracies, F1s, decision figures. */
export function gatedMetrics(metrics: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(metrics)) {
    if (k === 'cases' || k === 'predicted_cases') continue;
    if (typeof v === 'number') out[k] = v;
    else if (v && typeof v === 'object' && 'f1' in v) out[`${k}.f1`] = (v as { f1: number }).f1;
    else if (k === 'decision' && v && typeof v === 'object') {
      const d = v as { accuracy: number; balanced_accuracy: number; overturned: { r: number; f1: number } };
      Object.assign(out, { 'decision.accuracy': d.accuracy, 'decision.balanced_accuracy': d.balanced_accuracy, 'decision.overturned_recall': d.overturned.r });
    }
  }
  return out;
}

/** Metrics that fell more than the tolerance below the baseline (a missing metric is a fall). */
export function regressions(baseline: Record<string, number>, current: Record<string, number>, tolerance = GATE_TOLERANCE): string[] {
  return Object.entries(baseline)
    .filter(([k, b]) => !(k in current) || current[k] < b - tolerance - 1e-9)
    .map(([k, b]) => `${k}: ${current[k] ?? 'missing'} < baseline ${b} - ${tolerance}`);
}
