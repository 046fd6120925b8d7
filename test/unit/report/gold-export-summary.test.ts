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

describe('exported date of injury', () => {
  async function exportedDoi(header: string, summary: string): Promise<unknown> {
    const dir = mkdtempSync(join(tmpdir(), 'prescreen-doi-'));
    const file = join(dir, 'case.json');
    const kase = { case_number: 'T-1', header: { date_of_injury: header }, summary, items: [] };
    writeFileSync(file, JSON.stringify(kase));
    const result = await runner.screen({ files: [file], requests: [] });
    return toGoldCase(result).summary.date_of_injury;
  }

  it('takes the injury date the header confirms when the record names several', async () => {
    const note = 'A prior injury on 02/10/2019 to the same knee resolved. Date of injury: 05/20/2024, a fall from a ladder.';
    expect(await exportedDoi('05/20/2024', note)).toBe('2024-05-20');
  });

  it("keeps the record's own date over a header that disagrees", async () => {
    expect(await exportedDoi('06/01/2024', 'Date of injury: 05/20/2024.')).toBe('2024-05-20');
  });
});
