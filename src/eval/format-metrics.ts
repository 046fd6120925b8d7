/** Prints metrics as an aligned table, in the order of `spec/evaluation.md`. */
export function formatMetrics(metrics: Record<string, unknown>): string {
  const lines: string[] = [];
  for (const [k, v] of Object.entries(metrics)) {
    if (typeof v === 'number') lines.push(`${k.padEnd(34)} ${v}`);
    else if (v && typeof v === 'object' && 'f1' in v) {
      const m = v as { p: number; r: number; f1: number; tp: number; fp: number; fn: number };
      lines.push(`${k.padEnd(34)} P ${m.p.toFixed(4)}  R ${m.r.toFixed(4)}  F1 ${m.f1.toFixed(4)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`);
    } else lines.push(`${k.padEnd(34)} ${JSON.stringify(v)}`);
  }
  return lines.join('\n');
}
