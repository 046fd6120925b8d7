import { createInProcessRunner } from './src/runners/in-process.ts';
import { buildCaseInput } from './src/intake/index.ts';
import { renderHtml } from './src/report/html/render-html.ts';
import { listCaseFiles } from './src/audit/list-cases.ts';
const t0 = performance.now();
const { pipeline } = createInProcessRunner();
const t1 = performance.now();
const files = await listCaseFiles('../shared/corpora/dwc-imr');
let tp = 0, th = 0;
for (const f of files) {
  const a = performance.now();
  const input = await buildCaseInput({ files: [f], requests: [] });
  const r = pipeline.run(input);
  const b = performance.now();
  await renderHtml(r, input.documents);
  th += performance.now() - b; tp += b - a;
}
console.log({ build: t1 - t0, pipeline: tp, html: th });
