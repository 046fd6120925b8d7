import { createDemographicsExtractor } from './demographics.ts';
import { createDiagnosesExtractor } from './diagnoses.ts';
import type { ExtractorFactory } from './extractor.ts';
import { createExamFindingsExtractor } from './exam-findings.ts';
import { createRedFlagsExtractor } from './red-flags.ts';
import { createSurgicalStatusExtractor } from './surgical-status.ts';
import { createDiagnosticStudiesExtractor } from './diagnostic-studies.ts';
import { createDrugMonitoringExtractor } from './drug-monitoring.ts';
import { createClinicalIndicationsExtractor } from './clinical-indications.ts';
import { createCareCourseExtractor } from './care-course.ts';
import { createInjuryChronicityExtractor } from './injury-chronicity.ts';
import { createFunctionalImprovementExtractor } from './functional-improvement.ts';
import { createMedicationsExtractor } from './medications.ts';
import { createPainReliefExtractor } from './pain-relief.ts';
import { createPainScoresExtractor } from './pain-scores.ts';
import { createPriorTreatmentsExtractor } from './prior-treatments.ts';
import { createWorkStatusExtractor } from './work-status.ts';

/** Extractors by the id a pipeline definition names them with. */
export const EXTRACTORS: Record<string, ExtractorFactory> = {
  demographics: createDemographicsExtractor,
  diagnoses: createDiagnosesExtractor,
  'prior-treatments': createPriorTreatmentsExtractor,
  'pain-relief': createPainReliefExtractor,
  'pain-scores': createPainScoresExtractor,
  'functional-improvement': createFunctionalImprovementExtractor,
  medications: createMedicationsExtractor,
  'work-status': createWorkStatusExtractor,
  'exam-findings': createExamFindingsExtractor,
  'red-flags': createRedFlagsExtractor,
  'surgical-status': createSurgicalStatusExtractor,
  'diagnostic-studies': createDiagnosticStudiesExtractor,
  'drug-monitoring': createDrugMonitoringExtractor,
  'clinical-indications': createClinicalIndicationsExtractor,
  'care-course': createCareCourseExtractor,
  'injury-chronicity': createInjuryChronicityExtractor,
};
