/**
 * Error analysis for `prescreen eval cases --explain`: every false positive and false negative per
 * metric and case, with the text it came from (the label's `text` for misses, the prediction's for
 * false alarms), so the next error to fix is one command away.
 */
import { fuzzyPairs } from './score-cases.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Listed { key: string; text: string }

const FACT_LISTS: Record<string, (s: Json) => Listed[]> = {
  diagnoses: (s) => (s.diagnoses ?? []).map((d: string) => ({ key: d.toLowerCase(), text: d })),
  prior_treatment_modalities: (s) => (s.prior_treatments ?? []).map((x: Json) => ({ key: x.modality, text: x.text ?? '' })),
  prior_treatment_counts: (s) => (s.prior_treatments ?? []).filter((x: Json) => x.count != null).map((x: Json) => ({ key: `${x.modality} ${x.count}`, text: x.text ?? '' })),
  pain_relief_percent: (s) => (s.pain_relief ?? []).map((x: Json) => ({ key: `${x.percent_low}-${x.percent_high}`, text: x.text ?? '' })),
  pain_scores: (s) => (s.pain_scores ?? []).map((x: Json) => ({ key: String(x.value), text: x.text ?? '' })),
  functional_improvement_evidence: (s) => (s.functional_improvement?.evidence ?? []).map((e: Json) => ({ key: `${e.dimension}/${e.direction}`, text: e.text ?? '' })),
  medications: (s) => (s.medications ?? []).map((m: string) => ({ key: m.toLowerCase(), text: m })),
};

/** Gold entries without a prediction and predictions without a gold entry, by exact key. */
function unpairedExact(gl: Listed[], pl: Listed[]): [Listed[], Listed[]] {
  const pk = new Set(pl.map((x) => x.key));
  const gk = new Set(gl.map((x) => x.key));
  return [gl.filter((x) => !pk.has(x.key)), pl.filter((x) => !gk.has(x.key))];
}

/** The same, paired by the scorer's word-set Jaccard so a near-identical name is not listed twice. */
function unpairedFuzzy(gl: Listed[], pl: Listed[]): [Listed[], Listed[]] {
  const pairs = fuzzyPairs(gl.map((x) => x.text), pl.map((x) => x.text));
  const matchedGold = new Set(pairs.values());
  return [gl.filter((_, i) => !matchedGold.has(i)), pl.filter((_, i) => !pairs.has(i))];
}

const SCALARS: Record<string, (s: Json) => unknown> = {
  age: (s) => s.age, sex: (s) => s.sex, date_of_injury: (s) => s.date_of_injury,
  work_status: (s) => s.work_status?.category ?? null,
  functional_improvement_status: (s) => s.functional_improvement?.status ?? null,
};

/** Lines of `metric case FP|FN key "text"`, grouped by metric; diagnoses pair as the scorer does (fuzzy). */
export function explainCases(pred: Record<string, Json>, gold: Record<string, Json>, only?: string): string[] {
  const lines: string[] = [];
  const want = (m: string) => !only || only === m;
  for (const [cn, g] of Object.entries(gold).sort()) {
    const gs = g.summary ?? {};
    const ps = pred[cn]?.summary ?? {};
    for (const [m, get] of Object.entries(SCALARS)) {
      if (!want(m) || (get(gs) == null && m !== 'work_status' && m !== 'functional_improvement_status')) continue;
      if (JSON.stringify(get(gs)) !== JSON.stringify(get(ps) ?? null)) lines.push(`${m}\t${cn}\tgold ${JSON.stringify(get(gs))}\tpred ${JSON.stringify(get(ps) ?? null)}`);
    }
    for (const [m, list] of Object.entries(FACT_LISTS)) {
      if (!want(m)) continue;
      const gl = list(gs);
      const pl = list(ps);
      const [missed, extra] = m === 'diagnoses' ? unpairedFuzzy(gl, pl) : unpairedExact(gl, pl);
      for (const x of missed) lines.push(`${m}\t${cn}\tFN ${x.key}\t"${x.text}"`);
      for (const x of extra) lines.push(`${m}\t${cn}\tFP ${x.key}\t"${x.text}"`);
    }
    const pitems = new Map<unknown, Json>((pred[cn]?.items ?? []).map((i: Json) => [i.item_index, i]));
    for (const gi of g.items ?? []) {
      const pi = pitems.get(gi.item_index) ?? {};
      const label = `${cn}#${gi.item_index}`;
      for (const f of ['modality', 'quantity'] as const) {
        if (want(`request_${f}`) && gi.request && gi.request[f] != null && gi.request[f] !== pi.request?.[f]) {
          lines.push(`request_${f}\t${label}\tgold ${gi.request[f]}\tpred ${pi.request?.[f] ?? null}\t"${gi.requested_treatment}"`);
        }
      }
      if (want('decision') && gi.decision !== pi.decision) lines.push(`decision\t${label}\tgold ${gi.decision}\tpred ${pi.decision ?? null}\t"${gi.requested_treatment}"`);
      if (want('gaps')) {
        const gg = new Set<string>((gi.gaps ?? []).filter((c: string) => c !== 'OTHER'));
        const pg = new Set<string>(pi.gaps ?? []);
        for (const c of gg) if (!pg.has(c)) lines.push(`gaps\t${label}\tFN ${c}\t"${gi.gap_evidence?.[c] ?? ''}"`);
        for (const c of pg) if (!gg.has(c)) lines.push(`gaps\t${label}\tFP ${c}\t"${pi.gap_evidence?.[c] ?? ''}"`);
      }
    }
  }
  return lines.sort((a, b) => a.split('\t')[0].localeCompare(b.split('\t')[0]));
}
