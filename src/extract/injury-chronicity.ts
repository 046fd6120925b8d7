import { parseDate } from '../text/dates.ts';
import type { Candidate, ExtractorFactory } from './extractor.ts';

/**
 * Phases of care by time since injury, as ACOEM (MTUS 2004) uses them: acute up to four weeks,
 * subacute to three months, chronic after. Electrodiagnostic testing, for one, is for symptoms
 * that have not improved within four to six weeks (MTUS Neck and Upper Back Complaints 2004).
 */
const SUBACUTE_FROM_DAYS = 28;
const CHRONIC_FROM_DAYS = 90;

// Header fields of the case (document metadata): the injury, and the date the request was
// reviewed, which stands for the request date (the review follows it within days).
const INJURY_KEY = 'date_of_injury';
const REQUEST_KEYS = ['ur_denial_date', 'date_assigned'];

const DAY_MS = 86_400_000;
const dayOf = (raw: string | null | undefined) => {
  const iso = raw ? parseDate(raw) : null;
  return iso ? Date.parse(`${iso}T00:00:00Z`) / DAY_MS : null;
};

/**
 * Time from the injury to the request, from the document's metadata (never from record text, so
 * a history of older injuries cannot confuse it), as one `injury_chronicity` fact of kind
 * `acute`, `subacute` or `chronic`. The fact is anchored on the record's first sentence, which
 * in a case summary states the injury. No metadata, no fact.
 */
export const createInjuryChronicityExtractor: ExtractorFactory = () => ({
  id: 'injury-chronicity',
  produces: ['injury_chronicity'],
  extract(ad): Candidate[] {
    const injury = dayOf(ad.doc.metadata[INJURY_KEY]);
    const request = REQUEST_KEYS.map((k) => dayOf(ad.doc.metadata[k])).find((d) => d !== null) ?? null;
    const anchor = ad.sentences[0];
    if (injury === null || request === null || !anchor || request < injury) return [];
    const days = request - injury;
    const kind = days >= CHRONIC_FROM_DAYS ? 'chronic' : days >= SUBACUTE_FROM_DAYS ? 'subacute' : 'acute';
    return [{ type: 'injury_chronicity', value: { kind, days }, start: anchor.start, end: anchor.end, ruleId: `chronicity.${kind}` }];
  },
});
