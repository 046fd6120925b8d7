import type { Fact } from '../core/fact.ts';
import type { Modality } from '../core/modality.ts';
import type { RequestedItem } from '../core/request.ts';
import type { ExtractorOptions } from './extractor.ts';
import { createInjectionSite } from './injection-site.ts';
import { createModalityFinder, type ModalityMention } from './modality.ts';
import { createDrugFinder } from './request-drugs.ts';
import { createAmountParser } from './request-quantity.ts';
import { createRegionReader } from './request-region.ts';
import { createTermIndex } from './request-terms.ts';

/**
 * Modalities where an earlier one does not make a request a continuation: another MRI, another
 * consultation or another device is a new item, not more of a course (labels agree). Drugs
 * continue only when the record names the same drug.
 */
/** Equipment: "1 unit" of it is one device (of a drug or an injection a unit is a dose). */
const DEVICES = new Set<Modality>(['bracing_dme', 'tens', 'electrical_stimulation', 'heat_cold']);

const ONE_OFF = new Set<Modality>(['imaging', 'electrodiagnostic', 'lab_testing', 'consultation', 'other', 'bracing_dme', 'surgery', 'medication']);

/** A fact the record asserts for the worker: not negated, planned, a relative's, or a stated absence. */
const asserted = ({ context: c }: Fact) => !c.negated && !c.hypothetical && !c.family && !c.documentationGap;

// "Associated surgical service: Cold therapy unit": the heading says what the item belongs to,
// not what it is. Only a short heading without digits is taken off.
const HEADING = /^\s*[A-Za-z][A-Za-z -]{2,40}:\s+(?=\S)/u;
// "X was the original request. ... The remaining IMR eligible portion of the original request, Y".
const REMAINING = /remaining[^,.]*request\s*(?:is|,|:)\s*/iu;

// A request that is one bare word, maybe with a note in brackets ("Deprizine (unknown quantity)"),
// names a product; with no modality word, that is a drug the lexicon does not know yet.
const BARE_NAME = /^\s*[A-Z][A-Za-z-]{3,}\s*(?:\([^)]*\))?\s*$/u;

// "Occupational (hand) therapy": a short note in brackets inside a treatment's name.
const PARENTHETICAL = /\s*\([^()]{1,30}\)\s*/gu;

/**
 * Parses a requested treatment as written on the request for authorization into the gold
 * `request` fields: modality (first specific modality named, else a drug or dose, else a generic
 * word), quantity / frequency / duration, body region, and whether it continues a course (a
 * continuation word, or a prior-treatment or medication fact in force for the same thing).
 */
export function createRequestParser(options: ExtractorOptions = {}) {
  const modalities = createModalityFinder(options.lexiconDir);
  const terms = createTermIndex(options.lexiconDir);
  const drugs = createDrugFinder(options.lexiconDir);
  const parseAmount = createAmountParser(terms);
  const readRegion = createRegionReader(options.lexiconDir);
  const siteOf = createInjectionSite(terms);

  /** The part of a request that names the item: the remaining portion, without a heading. */
  function itemText(text: string): string {
    const rest = REMAINING.exec(text);
    const body = rest ? text.slice(rest.index + rest[0].length) : text;
    const heading = HEADING.exec(body);
    return heading && modalities.find(heading[0]).length === 0 ? body.slice(heading[0].length) : body;
  }

  /** Modality mentions, also those whose name a bracketed note interrupts (read with the note blanked). */
  function mentionsOf(text: string): ModalityMention[] {
    const direct = modalities.find(text);
    const holes: [number, number][] = [];
    const blanked = text.replace(PARENTHETICAL, (m: string, at: number) => (holes.push([at, at + m.length]), ' '.repeat(m.length)));
    if (!holes.length) return direct;
    const bridged = modalities.find(blanked).filter((m) => holes.some(([a, b]) => m.start < a && b < m.end));
    return [...direct.filter((d) => !bridged.some((b) => d.start < b.end && b.start < d.end)), ...bridged].sort((a, b) => a.start - b.start);
  }

  function modalityOf(text: string): { modality: Modality; ruleId: string } {
    const all = mentionsOf(text);
    // "Follow-up MRI", "Follow-up consultation with cardiology": a list-only word of no specific
    // modality ("follow up", other) names the visit's occasion; a specific treatment after it is the item.
    const drug = drugs.find(text)[0];
    const strong = all.find((m) => !m.entry.weak && !(m.entry.listOnly && m.modality === 'other')) ??
      (drug || drugs.hasDose(text) ? undefined : all.find((m) => !m.entry.weak));
    if (strong && (!drug || strong.start <= drug.start)) return { modality: siteOf(text, strong), ruleId: strong.entry.id };
    if (drug) return { modality: 'medication', ruleId: drug.ruleId };
    if (drugs.hasDose(text) && !strong) return { modality: 'medication', ruleId: 'request.modality.dose' };
    if (strong) return { modality: strong.modality, ruleId: strong.entry.id };
    if (all[0]) return { modality: all[0].modality, ruleId: all[0].entry.id };
    if (BARE_NAME.test(text)) return { modality: 'medication', ruleId: 'request.modality.bare-name' };
    return { modality: 'other', ruleId: 'request.modality.unknown' };
  }

  function continuationOf(text: string, modality: Modality, facts: Fact[]): string | null {
    const word = terms.find(text, 'continuation')[0];
    if (word) return word.text.toLowerCase();
    const lower = text.toLowerCase();
    const prior = facts.find((f) => asserted(f) &&
      ((f.type === 'prior_treatment' && f.value.modality === modality && !ONE_OFF.has(modality)) ||
       (modality === 'medication' && f.type === 'medication' && f.value.name.length > 2 && lower.includes(f.value.name.toLowerCase()))));
    return prior ? prior.id : null;
  }

  return function parseRequest(text: string, index: number, facts: Fact[]): RequestedItem {
    const body = itemText(text);
    const { modality, ruleId } = modalityOf(body);
    const amount = parseAmount(body, modality === 'medication', DEVICES.has(modality), modalities.countedInDays(modality));
    const region = readRegion(body);
    const basis = continuationOf(text, modality, facts);
    return {
      index, text, modality,
      quantity: amount.quantity, frequencyPerWeek: amount.frequencyPerWeek, durationWeeks: amount.durationWeeks,
      bodyRegion: region.region,
      continuation: basis !== null,
      continuationBasis: basis,
      ruleIds: [ruleId, ...amount.ruleIds, ...(region.ruleId ? [region.ruleId] : [])],
    };
  };
}
export type RequestParser = ReturnType<typeof createRequestParser>;
