import { afterAll, describe, expect, it } from 'vitest';
import { configureLogging, createLogger } from '../../../src/log/logger.ts';

const RECORD = 'The patient reports 50% relief after acupuncture';

function capture() {
  const lines: Record<string, unknown>[] = [];
  configureLogging({ level: 'info', destination: { write: (line: string) => { lines.push(JSON.parse(line)); } } });
  return lines;
}

afterAll(() => configureLogging({ level: 'silent' }));

describe('createLogger', () => {
  it('censors fields that can carry record text, at the top level and nested', () => {
    const lines = capture();
    const log = createLogger('test');
    log.info({ text: RECORD, fact: { sentence: RECORD }, job: { result: { facts: [RECORD] } }, documents: [RECORD], jobId: 'j1' }, 'screened');
    const out = JSON.stringify(lines);
    expect(out).not.toContain(RECORD);
    expect(lines[0]).toMatchObject({ name: 'test', jobId: 'j1', text: '[redacted]', fact: { sentence: '[redacted]' }, msg: 'screened' });
  });

  it('honours the configured level', () => {
    const lines = capture();
    createLogger('test').debug({ jobId: 'j2' }, 'hidden at info');
    expect(lines).toHaveLength(0);
  });
});
