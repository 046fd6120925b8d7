export { createDecider, screenItem, type Decider, type DeciderOptions } from './evaluate.ts';
export { loadRulePack, loadRulePacks, PIPELINES_DIR } from './load-rule-packs.ts';
export { Criterion, RulePack, AppliesWhen, PredicateSpec, MessageTemplate, Verification, type LoadedRulePack } from './rule-pack-schema.ts';
export { PREDICATES, type PredicateDefinition, type PredicateOutcome } from './predicates/registry.ts';
export { renderMessage, placeholdersOf, templateFor } from './render-message.ts';
export { createSituation, type Situation } from './situation.ts';
export { findPriorCount, type PriorCount } from './prior-count.ts';
export { assessFunctionalImprovement, type FiAssessment, type FiStatus } from './functional-improvement-evidence.ts';
