import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toGoldCase } from '../../../src/report/gold-export.ts';
import { createInProcessRunner } from '../../../src/runners/in-process.ts';

const runner = createInProcessRunner();

async function exportedSummary(note: string): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'prescreen-export-'));
  const file = join(dir, 'note.txt');
  writeFileSync(file, note);
  const result = await runner.screen({ files: [file], requests: [] });
  return toGoldCase(result).summary;
}

async function exportedWorkStatus(note: string): Promise<unknown> {
  return ((await exportedSummary(note)).work_status as { category: string | null }).category;
}

describe('exported work status', () => {
  it("prefers the note's work-status block to a status named earlier in the narrative", async () => {
    const note = [
      'HISTORY: Seen for right knee pain after a fall at work.',
      'PLAN: The injection helped; he went back to full duty for three weeks in the spring.',
      'WORK STATUS: Modified duty, no kneeling or squatting.',
    ].join('\n');
    expect(await exportedWorkStatus(note)).toBe('modified_duty');
  });

  it('takes the first statement when the note has no work-status block', async () => {
    expect(await exportedWorkStatus('She remains off work (TTD). Plan: recheck in four weeks.')).toBe('ttd');
  });
});

describe('exported pain relief', () => {
  it('leaves out a relief figure the record says is not documented', async () => {
    const note = 'There is no documentation of 50% relief after the prior injections. She reports 30% relief with Norco.';
    const relief = (await exportedSummary(note)).pain_relief as { percent_low: number }[];
    expect(relief.map((r) => r.percent_low)).toEqual([30]);
  });
});
