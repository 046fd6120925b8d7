/**
 * prescreen's public API: build a pipeline once, screen cases in-process or through BullMQ, and
 * read the typed results. Everything here is re-exported; see each module for its TSDoc.
 */
export * from './core/case-input.ts';
export * from './core/case-result.ts';
export * from './core/case-spec.ts';
export * from './core/context.ts';
export * from './core/decision.ts';
export * from './core/document.ts';
export * from './core/errors.ts';
export * from './core/fact.ts';
export * from './core/gap-codes.ts';
export * from './core/modality.ts';
export * from './core/request.ts';
export * from './core/span.ts';
export { buildCaseInput, readDocument } from './intake/index.ts';
export { createPipeline, type Pipeline } from './pipeline/create-pipeline.ts';
export { loadPipelineDefinition, type PipelineDefinition } from './pipeline/definition.ts';
export { screenSpec } from './pipeline/screen-spec.ts';
export { createInProcessRunner } from './runners/in-process.ts';
export { renderMarkdown } from './report/markdown.ts';
export { toGoldCase } from './report/gold-export.ts';
