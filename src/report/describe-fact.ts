import type { Fact } from '../core/fact.ts';

const words = (s: string) => s.replace(/_/g, ' ');

/** A short human reading of a fact's normalised value, for reports. */
export function describeFact(f: Fact): string {
  switch (f.type) {
    case 'age': return `${f.value.years} years`;
    case 'sex': return f.value.sex;
    case 'date_of_injury': return `${f.value.date}${f.value.cumulative ? ' (cumulative trauma)' : ''}`;
    case 'diagnosis': return `${f.value.name}${f.value.icd10 ? ` [${f.value.icd10}]` : ''}`;
    case 'prior_treatment': {
      const q = f.value.countQualifier && f.value.countQualifier !== 'exact' ? `${words(f.value.countQualifier)} ` : '';
      return `${words(f.value.modality)}${f.value.count !== null ? ` × ${q}${f.value.count}` : ''}`;
    }
    case 'pain_relief': {
      const pct = f.value.percentLow === f.value.percentHigh ? `${f.value.percentHigh}%` : `${f.value.percentLow}-${f.value.percentHigh}%`;
      return `${pct} relief${f.value.duration ? ` for ${f.value.duration}` : ''}${f.value.attributedTo ? ` from ${words(f.value.attributedTo)}` : ''}`;
    }
    case 'pain_score': return `${f.value.value}/${f.value.max} (${words(f.value.qualifier)})`;
    case 'functional_improvement': return `${words(f.value.dimension)}: ${words(f.value.direction)}`;
    case 'medication': return `${f.value.name}${f.value.generic && f.value.generic.toLowerCase() !== f.value.name.toLowerCase() ? ` (${f.value.generic})` : ''}${f.value.drugClass ? ` [${words(f.value.drugClass)}]` : ''}`;
    case 'work_status': return words(f.value.category);
    case 'exam_finding': case 'red_flag': case 'surgical_status': case 'diagnostic_study':
    case 'drug_monitoring': case 'clinical_indication': case 'care_course':
      return `${words(f.type)}: ${words(f.value.kind)}`;
    case 'injury_chronicity': return `${words(f.value.kind)} (${f.value.days} days from injury to request)`;
  }
}
