import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { opensUnasserted, viewOf } from '../learn/features.ts';
import { FiModelFile, readSentence } from '../learn/fi-model.ts';
import { readDataFile } from '../lexicon/read-data-file.ts';
import type { AnalyzedDocument } from '../text/analyze.ts';
import type { Candidate } from './extractor.ts';

/**
 * The learned FI sentence reader (`pipelines/models/fi-sentence.json`, trained by
 * `npm run model:train` on the project's labelled sets): it adds what the phrasings missed, a
 * dimension only in a sentence where no rule found evidence of that dimension, at the model's
 * threshold, and only a dimension and direction the document has no evidence of yet. Its facts name the model, the reading and the words that weighed most in their rule
 * id ("model.fi-sentence@2026-11-28/adl.improved: w:walk b:#_min"), so a reviewer sees why. With
 * no model file beside the lexicons the rules stand alone.
 */
export function createFiModelReader(lexiconDir?: string) {
  const file = lexiconDir ? join(lexiconDir, '..', 'models', 'fi-sentence.json') : null;
  const model = file && existsSync(file) ? loadModel(file) : null;
  return (ad: AnalyzedDocument, found: readonly Candidate[]): Candidate[] => {
    if (!model) return [];
    const stated = new Set(found.map((c) => (c.type === 'functional_improvement' ? `${ad.sentenceAt(c.start)?.start}|${c.value.dimension}` : '')));
    // A reading the rules already made elsewhere in the document adds nothing but a second quote.
    const known = new Set(found.map((c) => (c.type === 'functional_improvement' ? `${c.value.dimension}|${c.value.direction}` : '')));
    const out: Candidate[] = [];
    for (const s of ad.sentences) {
      if (s.section?.facts === false || opensUnasserted(s)) continue;
      for (const r of readSentence(model, viewOf(s))) {
        if (stated.has(`${s.start}|${r.dimension}`) || known.has(`${r.dimension}|${r.direction}`)) continue;
        known.add(`${r.dimension}|${r.direction}`);
        const [start, end] = trimmed(s.text, s.start);
        out.push({
          type: 'functional_improvement', value: { dimension: r.dimension, direction: r.direction }, start, end,
          ruleId: `model.${model.id}@${model.version}/${r.dimension}.${r.direction}: ${r.reasons.join(' ')}`,
        });
      }
    }
    return out;
  };
}

// Parsing and validating the weights takes a second or two; every pipeline of a process shares them.
const loaded = new Map<string, { mtimeMs: number; model: FiModelFile }>();
function loadModel(file: string): FiModelFile {
  const { mtimeMs } = statSync(file);
  const hit = loaded.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.model;
  const model = readDataFile(file, FiModelFile, 'PRESCREEN_ERR_INVALID_MODEL', 'model');
  loaded.set(file, { mtimeMs, model });
  return model;
}

/** The sentence's range without its edge spaces. */
function trimmed(text: string, at: number): [number, number] {
  const lead = text.length - text.trimStart().length;
  return [at + lead, at + text.trimEnd().length];
}
