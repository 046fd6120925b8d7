import type { CaseResult } from '../../core/case-result.ts';
import { isoDate } from '../gold-export.ts';

/**
 * Document metadata keys that date the request, best first. A case JSON header (spec/evaluation.md)
 * has no request date of its own; the utilization review denial follows the request within days,
 * so it stands in, and then the IMR assignment and decision dates, each labelled as what it is.
 */
const REQUEST_DATE_KEYS: [key: string, label: string][] = [
  ['request_date', 'request date'],
  ['rfa_date', 'RFA date'],
  ['ur_denial_date', 'UR denial date'],
  ['date_assigned', 'IMR assignment date'],
  ['decision_date', 'IMR decision date'],
];

export interface RequestDate {
  /** ISO date (YYYY-MM-DD). */
  date: string;
  /** Which metadata field it came from, in words ("UR denial date" when no request date was given). */
  basis: string;
}

/** The date of the request as far as the documents' metadata tell it, or null. */
export function requestDate(result: Pick<CaseResult, 'documents'>): RequestDate | null {
  for (const [key, basis] of REQUEST_DATE_KEYS) {
    for (const doc of result.documents) {
      const date = isoDate(doc.metadata[key]);
      if (date) return { date, basis };
    }
  }
  return null;
}
