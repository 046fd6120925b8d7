import { z } from 'zod';

/**
 * The modality vocabulary of the gold schema (`spec/annotation-guide.md`), shared by prior
 * treatments, pain-relief attribution and requested items.
 */
export const MODALITIES = [
  'acupuncture', 'physical_therapy', 'occupational_therapy', 'chiropractic', 'massage',
  'aquatic_therapy', 'home_exercise', 'tens', 'electrical_stimulation', 'heat_cold', 'traction',
  'manual_therapy', 'injection_epidural', 'injection_facet', 'injection_trigger_point',
  'injection_joint', 'injection_other', 'radiofrequency_ablation', 'medication', 'surgery', 'imaging',
  'electrodiagnostic', 'psychotherapy', 'functional_restoration', 'work_hardening', 'shockwave',
  'bracing_dme', 'activity_modification', 'rest', 'home_health', 'consultation', 'lab_testing', 'other',
] as const;

export const Modality = z.enum(MODALITIES);
export type Modality = z.infer<typeof Modality>;
