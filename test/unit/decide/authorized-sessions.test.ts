import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import { createPipeline } from '../../../src/pipeline/create-pipeline.ts';

// Sentences written for these tests.
describe('sessions a review authorised count toward the guideline total', () => {
  const pipeline = createPipeline();
  let n = 0;
  const run = (text: string, request: string) => {
    const doc = createDocument({ id: `doc-${++n}`, source: 'fixture', kind: 'text', pages: [{ text }] });
    return pipeline.run({ caseId: 'fixture', documents: [doc], requests: [request] });
  };
  const authorized = (text: string) => run(text, 'Acupuncture x 4').facts
    .filter((f) => f.type === 'care_course' && (f.value as { kind: string }).kind === 'authorized_sessions' && !f.context.negated);

  it.each([
    'Eight acupuncture sessions were certified by utilization review in May.',
    'The insurer has approved 6 visits of acupuncture so far.',
    'Acupuncture for the left wrist, #6 was authorized by the carrier.',
    'She was authorized for a total of 6 acupuncture treatments last spring.',
  ])('reads "%s"', (sentence) => {
    expect(authorized(sentence)).toHaveLength(1);
  });

  it('does not read a refusal or a request for authorization', () => {
    expect(authorized('Utilization review non-certified six acupuncture sessions.')).toHaveLength(0);
    expect(authorized('A request for authorization for 6 acupuncture sessions was submitted.')).toHaveLength(0);
  });

  it('an authorised trial plus the request above the limit exceeds it; another modality does not count', () => {
    const over = run('The patient has neck pain. Six acupuncture sessions were approved by the claims adjuster.', 'Acupuncture x 4');
    const item = over.items[0];
    expect(item.gaps.map((g) => g.code)).toContain('EXCEEDS_GUIDELINE_QUANTITY');
    expect(item.gaps.find((g) => g.code === 'EXCEEDS_GUIDELINE_QUANTITY')!.message).toMatch(/6 authorized/);
    const other = run('The patient has neck pain. Six chiropractic sessions were approved by the claims adjuster.', 'Acupuncture x 4');
    expect(other.items[0].gaps.map((g) => g.code)).not.toContain('EXCEEDS_GUIDELINE_QUANTITY');
    const within = run('The patient has neck pain. Two acupuncture sessions were approved by the claims adjuster.', 'Acupuncture x 4');
    expect(within.items[0].gaps.map((g) => g.code)).not.toContain('EXCEEDS_GUIDELINE_QUANTITY');
  });
});
