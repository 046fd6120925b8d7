import { z } from 'zod';
import { DrugClass, FACT_TYPES, type FactType } from '../core/fact.ts';
import { GapCode } from '../core/gap-codes.ts';
import { Modality } from '../core/modality.ts';

/** Verification levels of `guidelines/CRITERIA.md`, copied onto each criterion so the output can say how sure a rule is. */
export const Verification = z.enum(['verified-primary', 'verified-imr', 'verified-secondary', 'contradicted-imr', 'unverified']);
export type Verification = z.infer<typeof Verification>;

/** A regular-expression source, compiled with flags 'iu'; checked when the pack loads. */
export const RegexSource = z.string().min(1).refine((src) => {
  try { new RegExp(src, 'iu'); return true; } catch { return false; }
}, 'not a valid regular expression');

const FactTypeName = z.enum(FACT_TYPES as [FactType, ...FactType[]]);

/**
 * When a criterion applies, matched against the item's situation (see `situation.ts`). Every key is
 * optional; a criterion with no conditions always applies.
 */
export const AppliesWhen = z.strictObject({
  /** true: only for continuation requests; false: only for initial requests. */
  continuation: z.boolean().optional(),
  /**
   * true: for continuations, and for care an earlier review denied or modified for want of
   * documented efficacy (`efficacy-review.ts`), which shows a course was given however the request reads.
   */
  continuationOrEfficacyReview: z.literal(true).optional(),
  /**
   * Whether an earlier review denied or modified this care for want of documented efficacy
   * (`efficacy-review.ts`): the care was given past a first trial and judged on its results.
   */
  efficacyReview: z.boolean().optional(),
  /** Whether the number of prior sessions of the item's modality is known. */
  priorCountKnown: z.boolean().optional(),
  /** Whether functional improvement from prior treatment is documented (8 CCR 9792.20(e)). */
  functionalImprovementDocumented: z.boolean().optional(),
  /** Whether the item depends on another service (the pack's `dependentWhen` matched the request). */
  dependent: z.boolean().optional(),
  /** Whether the item is post-operative care (the pack's `postOperativeWhen` matched, or the record says surgery was done). */
  postOperative: z.boolean().optional(),
  /** Whether the requested drug is already among the worker's medications (see `medication-course.ts`). */
  medicationOngoing: z.boolean().optional(),
  /** Only when the request text matches one of these patterns (regex sources, case-insensitive). */
  requestMatches: z.array(RegexSource).optional(),
  /** Only when the request text matches none of these patterns. */
  requestExcludes: z.array(RegexSource).optional(),
});
export type AppliesWhen = z.infer<typeof AppliesWhen>;

/** `{kind, ...params}`: the kind names a predicate of the registry, the other keys are its parameters. */
export const PredicateSpec = z.object({ kind: z.string().min(1) }).catchall(z.unknown());
export type PredicateSpec = z.infer<typeof PredicateSpec>;

/** A message template, or one template per failing status when the two read differently. */
export const MessageTemplate = z.union([
  z.string().min(1),
  z.strictObject({ not_met: z.string().min(1), not_documented: z.string().min(1) }),
]);
export type MessageTemplate = z.infer<typeof MessageTemplate>;

/** One guideline criterion, as data. Its predicate and placeholders are checked against the registry by the loader. */
export const Criterion = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+$/, 'ids are lower-case dotted names such as acupuncture.functional-improvement'),
  description: z.string().min(1),
  /** Guideline and section, as a reviewer cites it. */
  source: z.string().min(1),
  verification: Verification,
  /** Fact types the criterion reads; must cover what its predicate reads. */
  needs: z.array(FactTypeName).default([]),
  predicate: PredicateSpec,
  appliesWhen: AppliesWhen.default({}),
  /**
   * Ids of criteria of the same pack that, when not_met, make this criterion's gap redundant: a
   * request that breaks a guideline limit is refused for that limit, and reviewers do not add the
   * missing results of a trial the limit already excludes. The criterion keeps its status.
   */
  yieldsTo: z.array(z.string().min(1)).optional(),
  /**
   * Ids of criteria of the same pack whose not_documented status makes this gap redundant: the
   * results of a trial a review already certified are owed (PT-5), and reviewers name that, not
   * the improvement or home program those results would show. The criterion keeps its status.
   */
  yieldsToPending: z.array(z.string().min(1)).optional(),
  gap: GapCode,
  /** Orders reasons: heavier first, within the same status. */
  weight: z.number().int().min(0).max(100),
  message: MessageTemplate,
  example: z.string().min(1),
});
export type Criterion = z.infer<typeof Criterion>;

/** A rule pack: one guideline edition, the modalities it governs and its criteria. */
export const RulePack = z.strictObject({
  pack: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'pack ids are lower-case names such as mtus-acupuncture.2007'),
  guideline: z.string().min(1),
  edition: z.string().regex(/^\d{4}$/, 'edition is a quoted year such as "2007"'),
  appliesTo: z.strictObject({
    /** Parsed request modalities the pack governs; the first is the pack's own modality. */
    modalities: z.array(Modality).min(1),
    /**
     * Request wordings the pack governs (regex sources). A pack with patterns is chosen over a
     * modality-only pack when one matches, so one modality can have packs by body region or drug.
     */
    requestPatterns: z.array(RegexSource).default([]),
    /** Drug classes (medications lexicon) the pack governs, for medication requests. */
    drugClasses: z.array(DrugClass).default([]),
  }),
  /** Request wordings that make an item depend on another service ("associated surgical service"). */
  dependentWhen: z.array(RegexSource).default([]),
  /** Request wordings that make an item post-operative care. */
  postOperativeWhen: z.array(RegexSource).default([]),
  criteria: z.array(Criterion).min(1),
});
export type RulePack = z.infer<typeof RulePack>;

/** A pack as loaded: the validated data and the file it came from. */
export type LoadedRulePack = RulePack & { file: string };
