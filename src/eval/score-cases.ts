/**
 * The case metrics of `spec/evaluation.md`, a faithful port of the reference `score.py`: the same
 * matching rules and rounding, so the figures agree on the same predictions (a test checks it).
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Prf { p: number; r: number; f1: number; tp: number; fp: number; fn: number }

/**
 * Python's `round(x, 4)`: the exact binary value rounded to 4 decimals, ties to even (21/32 =
 * 0.65625 is 0.6562 there; `Math.round(x * 1e4)` gives 0.6563 and `toFixed` breaks ties upward).
 */
export function round(x: number): number {
  const exact = x.toFixed(20);
  const dot = exact.indexOf('.');
  const tail = exact.slice(dot + 5);
  if (/^50*$/.test(tail)) {
    const kept = Number(exact.slice(0, dot + 5));
    const lastDigit = Number(exact[dot + 4]);
    return lastDigit % 2 === 0 ? kept : Number((kept + Math.sign(x) * 1e-4).toFixed(4));
  }
  return Number(x.toFixed(4));
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : fn ? 0 : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p: round(p), r: round(r), f1: round(f1), tp, fp, fn };
}

/** Set comparison (score.py builds Python sets, so duplicates count once). */
function setMatch(gold: string[], pred: string[]): [number, number, number] {
  const g = new Set(gold);
  const p = new Set(pred);
  let tp = 0;
  for (const x of p) if (g.has(x)) tp++;
  return [tp, p.size - tp, g.size - tp];
}

/** Multiset comparison (score.py's `Counter` over lists). */
function bagMatch(gold: string[], pred: string[]): [number, number, number] {
  const g = new Map<string, number>();
  for (const x of gold) g.set(x, (g.get(x) ?? 0) + 1);
  let tp = 0;
  for (const x of pred) {
    const n = g.get(x) ?? 0;
    if (n > 0) {
      tp++;
      g.set(x, n - 1);
    }
  }
  return [tp, pred.length - tp, gold.length - tp];
}

const STOP = new Set(['of', 'the', 'and', 'with', 'a', 'left', 'right', 'bilateral']);
export const tokens = (s: string | null | undefined) => new Set([...(s ?? '').toLowerCase().matchAll(/[a-z0-9]+/g)].map((m) => m[0]).filter((t) => !STOP.has(t)));

/**
 * Greedy fuzzy pairing of diagnoses as `score.py` does it (word-set Jaccard >= thr, each gold takes
 * the first unused prediction): the gold index of every matched prediction, by prediction index.
 */
export function fuzzyPairs(gold: string[], pred: string[], thr = 0.5): Map<number, number> {
  const matchOf = new Map<number, number>();
  gold.forEach((g, gi) => {
    const a = tokens(g);
    for (let i = 0; i < pred.length; i++) {
      if (matchOf.has(i)) continue;
      const b = tokens(pred[i]);
      const inter = [...a].filter((t) => b.has(t)).length;
      const union = new Set([...a, ...b]).size;
      if (a.size && b.size && inter / union >= thr) {
        matchOf.set(i, gi);
        break;
      }
    }
  });
  return matchOf;
}

/** Greedy fuzzy matching of diagnoses: word-set Jaccard >= 0.5, as (tp, fp, fn). */
export function fuzzyMatch(gold: string[], pred: string[], thr = 0.5): [number, number, number] {
  const tp = fuzzyPairs(gold, pred, thr).size;
  return [tp, pred.length - tp, gold.length - tp];
}

const key = (...xs: unknown[]) => JSON.stringify(xs.map((x) => (x === undefined ? null : x)));
const py = (x: unknown) => (x === undefined ? null : x);

/** Scores predictions against gold labels, both keyed by case number. */
export function scoreCases(pred: Record<string, Json>, gold: Record<string, Json>): Json {
  const acc: Record<string, number> = {};
  const tot: Record<string, number> = {};
  const agg: Record<string, [number, number, number]> = {};
  const conf = new Map<string, number>();
  const add = (k: string, t: [number, number, number]) => {
    const a = (agg[k] ??= [0, 0, 0]);
    for (let i = 0; i < 3; i++) a[i] += t[i];
  };
  const count = (k: string, ok: boolean) => {
    tot[k] = (tot[k] ?? 0) + 1;
    acc[k] = (acc[k] ?? 0) + (ok ? 1 : 0);
  };
  for (const [cn, g] of Object.entries(gold)) {
    const p = pred[cn] ?? {};
    const gs = g.summary;
    const ps = p.summary ?? {};
    if (gs && Object.keys(gs).length) {
      for (const k of ['age', 'sex', 'date_of_injury']) if (gs[k] != null) count(k, py(ps[k]) === gs[k]);
      add('diagnoses', fuzzyMatch(gs.diagnoses ?? [], ps.diagnoses ?? []));
      const gp: Json[] = gs.prior_treatments ?? [];
      const pp: Json[] = ps.prior_treatments ?? [];
      add('prior_treatment_modalities', setMatch(gp.map((x) => key(x.modality)), pp.map((x) => key(x.modality))));
      add('prior_treatment_counts', setMatch(gp.filter((x) => x.count != null).map((x) => key(x.modality, x.count)), pp.filter((x) => x.count != null).map((x) => key(x.modality, x.count))));
      add('pain_relief_percent', setMatch((gs.pain_relief ?? []).map((x: Json) => key(x.percent_low, x.percent_high)), (ps.pain_relief ?? []).map((x: Json) => key(x.percent_low, x.percent_high))));
      add('pain_scores', setMatch((gs.pain_scores ?? []).map((x: Json) => key(x.value)), (ps.pain_scores ?? []).map((x: Json) => key(x.value))));
      const gfi = gs.functional_improvement ?? {};
      const pfi = ps.functional_improvement ?? {};
      count('functional_improvement_status', py(gfi.status) === py(pfi.status));
      add('functional_improvement_evidence', setMatch((gfi.evidence ?? []).map((e: Json) => key(e.dimension, e.direction)), (pfi.evidence ?? []).map((e: Json) => key(e.dimension, e.direction))));
      count('work_status', py(gs.work_status?.category) === py(ps.work_status?.category));
      add('medications', setMatch((gs.medications ?? []).map((m: string) => m.toLowerCase()), (ps.medications ?? []).map((m: string) => (m ?? '').toLowerCase())));
    }
    const pitems = new Map<unknown, Json>((p.items ?? []).map((i: Json) => [i.item_index, i]));
    for (const gi of g.items ?? []) {
      const pi = pitems.get(gi.item_index) ?? {};
      if ('decision' in gi) conf.set(`${gi.decision}->${pi.decision ?? 'None'}`, (conf.get(`${gi.decision}->${pi.decision ?? 'None'}`) ?? 0) + 1);
      if ('request' in gi) {
        const gr = gi.request;
        const pr = pi.request ?? {};
        count('request_modality', py(gr.modality) === py(pr.modality));
        if (gr.quantity != null) count('request_quantity', py(gr.quantity) === py(pr.quantity));
      }
      if ('gaps' in gi) add('gaps', bagMatch([...new Set<string>(gi.gaps)].filter((c) => c !== 'OTHER'), [...new Set<string>(pi.gaps ?? [])].filter((c) => c !== 'OTHER')));
    }
  }
  const res: Json = {};
  for (const k of Object.keys(tot)) res[k] = round(acc[k] / tot[k]);
  for (const [k, v] of Object.entries(agg)) res[k] = prf(...v);
  const c = (k: string) => conf.get(k) ?? 0;
  const [upUp, upOv, ovUp, ovOv] = [c('Upheld->Upheld'), c('Upheld->Overturned'), c('Overturned->Upheld'), c('Overturned->Overturned')];
  const nUp = upUp + upOv + c('Upheld->None');
  const nOv = ovUp + ovOv + c('Overturned->None');
  if (nUp + nOv) {
    const spec = nUp ? upUp / nUp : 0;
    const sens = nOv ? ovOv / nOv : 0;
    res.decision = {
      accuracy: round((upUp + ovOv) / (nUp + nOv)), balanced_accuracy: round((spec + sens) / 2),
      overturned: prf(ovOv, upOv, nOv - ovOv), n: nUp + nOv, confusion: Object.fromEntries(conf),
    };
  }
  res.cases = Object.keys(gold).length;
  res.predicted_cases = Object.keys(gold).filter((k) => k in pred).length;
  return res;
}
