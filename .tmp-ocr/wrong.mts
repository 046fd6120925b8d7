import { readdirSync, readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
import { readDocument } from '/work/main/src/intake/index.ts';
import { createPipeline } from '/work/main/src/pipeline/create-pipeline.ts';
const dir = '/work/shared/corpora/dwc-imr/pdf';
const pipe = createPipeline();
for (const name of readdirSync(dir).sort()) {
  const doc = await readDocument(`${dir}/${name}`);
  const p = new PDFParse({ data: new Uint8Array(readFileSync(`${dir}/${name}`)) });
  const pages: string[] = [];
  for (let n = 1; n <= doc.pages.length; n++) pages.push((await p.getText({ partial: [n] })).pages[0].text);
  await p.destroy();
  for (const f of pipe.run({ caseId: name, documents: [doc], requests: [] }).facts) {
    const pg = doc.pages[f.span.page - 1];
    if (f.span.start < pg.start || f.span.end > pg.end || !pages[f.span.page - 1].includes(f.text))
      console.log(name, f.type, f.span, pg.start, pg.end, JSON.stringify(f.text), JSON.stringify(doc.text.slice(f.span.start - 5, f.span.end + 5)));
  }
}
