/**
 * `npm run bench` (1/3): in-process screening throughput on one core, reported as a ratio against
 * a baseline run in the same process (never asserted in tests). The baseline is one regex pass
 * over the same text (a word scan): the cheapest thing any text tool does. The ratio says how many
 * such passes the NLP and the decision stage cost, which stays comparable across machines.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseInput } from '../src/core/case-input.ts';
import { buildCaseInput } from '../src/intake/index.ts';
import { PROJECT_ROOT } from '../src/lexicon/load.ts';
import { createPipeline } from '../src/pipeline/create-pipeline.ts';

async function loadInputs(): Promise<{ name: string; inputs: CaseInput[] }> {
  const corpus = join(PROJECT_ROOT, '..', 'shared', 'corpora', 'dwc-imr', 'cases');
  if (existsSync(corpus)) {
    const files = readdirSync(corpus).filter((f) => f.endsWith('.json')).sort();
    return { name: `dwc-imr (${files.length} cases)`, inputs: await Promise.all(files.map((f) => buildCaseInput({ files: [join(corpus, f)], requests: [] }))) };
  }
  const samples = join(PROJECT_ROOT, 'corpora', 'samples');
  const files = readdirSync(samples).filter((f) => f.endsWith('.txt')).sort();
  return { name: `project samples (${files.length} notes)`, inputs: await Promise.all(files.map((f) => buildCaseInput({ files: [join(samples, f)], requests: ['6 physical therapy sessions'] }))) };
}

function time(label: string, rounds: number, fn: () => void): number {
  fn(); // warm-up: lexicons compiled, JIT warm
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) fn();
  const ms = (performance.now() - t0) / rounds;
  console.log(`${label.padEnd(28)} ${ms.toFixed(2)} ms per corpus pass`);
  return ms;
}

const { name, inputs } = await loadInputs();
const chars = inputs.reduce((n, c) => n + c.documents.reduce((m, d) => m + d.text.length, 0), 0);
const pipeline = createPipeline();
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
console.log(`corpus: ${name}, ${(chars / 1000).toFixed(0)}k characters, ${rounds} rounds`);
const WORD = /[A-Za-z0-9]+/g;
let sink = 0;
const base = time('baseline (one regex pass)', rounds, () => { for (const c of inputs) for (const d of c.documents) for (const _ of d.text.matchAll(WORD)) sink++; });
const full = time('full pipeline', rounds, () => { for (const c of inputs) pipeline.run(c); });
console.log(`ratio full / baseline: ${(full / base).toFixed(1)}x`);
console.log(`throughput: ${((inputs.length * 1000) / full).toFixed(1)} cases/s per core (one thread), ${((chars / 1e6) / (full / 1000)).toFixed(2)} MB/s${sink < 0 ? '' : ''}`);
