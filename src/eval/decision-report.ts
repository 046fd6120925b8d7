/**
 * The decision stage's closing note for `prescreen eval cases`: gap F1 per code, the decision
 * confusion matrix, and the most frequent remaining disagreements, each with one reviewer's words
 * beside the pipeline's. Printed after the metrics; metrics.json is not changed.
 */
import { prf } from './score-cases.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Disagreement { kind: string; example: string; reviewer: string; pipeline: string }

const clip = (s: unknown, n = 160) => {
  const t = String(s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};
/** The sentence of a rationale that states the conclusion, usually the last. */
const conclusion = (rationale: unknown) => clip(String(rationale ?? '').split(/(?<=\.)\s+/).filter((s) => s.length > 20).slice(-2).join(' '), 200);

/** Per-code gap counts, the confusion matrix and every disagreement, from predictions and gold keyed by case. */
export function decisionReport(pred: Record<string, Json>, gold: Record<string, Json>, top = 5): string {
  const counts = new Map<string, [number, number, number]>();
  const bump = (code: string, i: 0 | 1 | 2) => { const c = counts.get(code) ?? [0, 0, 0]; c[i]++; counts.set(code, c); };
  const conf = new Map<string, number>();
  const found: Disagreement[] = [];
  for (const [cn, g] of Object.entries(gold).sort()) {
    const items = new Map<unknown, Json>((pred[cn]?.items ?? []).map((i: Json) => [i.item_index, i]));
    for (const gi of g.items ?? []) {
      const pi = items.get(gi.item_index) ?? {};
      const at = `${cn}#${gi.item_index} "${clip(gi.requested_treatment, 60)}"`;
      const gg = new Set<string>((gi.gaps ?? []).filter((c: string) => c !== 'OTHER'));
      const pg = new Set<string>((pi.gaps ?? []).filter((c: string) => c !== 'OTHER'));
      for (const c of pg) bump(c, gg.has(c) ? 0 : 1);
      for (const c of gg) if (!pg.has(c)) bump(c, 2);
      for (const c of gg) if (!pg.has(c)) found.push({ kind: `gap missed ${c}`, example: at, reviewer: clip(gi.gap_evidence?.[c]), pipeline: pg.size ? `raised ${[...pg].join(', ')}` : 'raised no gap' });
      for (const c of pg) if (!gg.has(c)) found.push({ kind: `gap extra ${c}`, example: at, reviewer: gg.size ? clip(Object.values(gi.gap_evidence ?? {}).join(' / ')) : conclusion(gi.rationale), pipeline: clip(pi.gap_evidence?.[c]) });
      const key = `${gi.decision}->${pi.decision ?? 'None'}`;
      conf.set(key, (conf.get(key) ?? 0) + 1);
      if (gi.decision !== pi.decision) {
        found.push({ kind: `decision ${key}`, example: at, reviewer: conclusion(gi.rationale), pipeline: pg.size ? clip(Object.values(pi.gap_evidence ?? {}).join(' / ')) : 'no gap raised, so supported' });
      }
    }
  }
  const lines = ['', 'gap F1 per code (tp fp fn):'];
  for (const [code, [tp, fp, fn]] of [...counts].sort((a, b) => (b[1][0] + b[1][2]) - (a[1][0] + a[1][2]))) {
    const m = prf(tp, fp, fn);
    lines.push(`  ${code.padEnd(38)} F1 ${m.f1.toFixed(2)}  P ${m.p.toFixed(2)}  R ${m.r.toFixed(2)}  (${tp} ${fp} ${fn})`);
  }
  const c = (k: string) => conf.get(k) ?? 0;
  lines.push('', 'decision confusion (rows gold, columns predicted):', '               Upheld  Overturned');
  for (const g of ['Upheld', 'Overturned']) lines.push(`  ${g.padEnd(11)}  ${String(c(`${g}->Upheld`)).padStart(6)}  ${String(c(`${g}->Overturned`)).padStart(10)}`);
  const groups = new Map<string, Disagreement[]>();
  for (const d of found) groups.set(d.kind, [...(groups.get(d.kind) ?? []), d]);
  lines.push('', `the ${top} most frequent disagreements (one example each):`);
  for (const [kind, ds] of [...groups].sort((a, b) => b[1].length - a[1].length).slice(0, top)) {
    const d = ds[0];
    lines.push(`  ${kind} x${ds.length}  e.g. ${d.example}`, `    reviewer: ${d.reviewer}`, `    pipeline: ${d.pipeline}`);
  }
  return lines.join('\n');
}
