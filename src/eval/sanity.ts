import type { Fact } from '../core/fact.ts';

/** The earliest plausible date of injury, and the latest (no injuries in the future). */
const EARLIEST = '1950-01-01';

/**
 * Values no record can state: the robustness check over real notes (`prescreen eval robustness`)
 * counts them, and any is a bug to turn into a unit test.
 */
export function impossibleValue(fact: Fact, today = new Date().toISOString().slice(0, 10)): string | null {
  switch (fact.type) {
    case 'age': return fact.value.years > 120 ? `age ${fact.value.years} > 120` : null;
    case 'date_of_injury': return fact.value.date < EARLIEST || fact.value.date > today ? `date of injury ${fact.value.date} outside ${EARLIEST}..${today}` : null;
    case 'pain_relief': return fact.value.percentHigh > 100 || fact.value.percentLow > fact.value.percentHigh ? `relief ${fact.value.percentLow}-${fact.value.percentHigh}%` : null;
    case 'pain_score': return fact.value.value > fact.value.max ? `pain ${fact.value.value}/${fact.value.max} over its scale` : null;
    case 'prior_treatment': return fact.value.count !== null && fact.value.count > 500 ? `prior count ${fact.value.count}` : null;
    default: return null;
  }
}
