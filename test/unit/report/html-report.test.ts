import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src/report/html/render-html.ts';
import { sentenceDate } from '../../../src/report/html/treatment-timeline.ts';
import { splitSource } from '../../../src/report/html/guideline-source.ts';
import { FIXTURE_DOCUMENT, FIXTURE_FACTS as F, FIXTURE_RESULT } from './report-fixture.ts';

const ids = (page: string) => [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
const links = (page: string) => [...page.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);

describe('reviewer report (HTML)', () => {
  it('has a link target for every quote link, each id once, with the documents', async () => {
    const page = await renderHtml(FIXTURE_RESULT, [FIXTURE_DOCUMENT]);
    const all = ids(page);
    expect(new Set(all).size).toBe(all.length);
    for (const target of links(page)) expect(all).toContain(target);
    for (const f of Object.values(F)) expect(all).toContain(`q-${f.id}`);
    expect(page).toContain('class="page-break">page 2</span>');
  });

  it('still links every quote to a highlighted span without the documents', async () => {
    const page = await renderHtml(FIXTURE_RESULT);
    for (const target of links(page).filter((l) => l.startsWith('q-'))) expect(page).toMatch(new RegExp(`<mark id="${target}"`));
    expect(page).toContain('id="quoted-sentences"');
  });

  it('is self-contained: no script, no external resource, a CSP that forbids fetches', async () => {
    const page = await renderHtml(FIXTURE_RESULT, [FIXTURE_DOCUMENT]);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(http/i);
    expect(page).toContain("default-src 'none'");
    expect(page).toContain('@media print');
  });

  it('escapes record text', async () => {
    const page = await renderHtml(FIXTURE_RESULT, [FIXTURE_DOCUMENT]);
    expect(page).not.toContain('<twice daily>');
    expect(page).toContain('&lt;twice daily&gt;');
  });

  it('shows the header, the criteria with guideline and section, the gaps and a labelled draft', async () => {
    const page = await renderHtml(FIXTURE_RESULT, [FIXTURE_DOCUMENT]);
    expect(page).toMatch(/51 years<\/a>, <a[^>]*>female/);
    expect(page).toContain('2015-04-02');
    expect(page).toContain('2017-02-20');
    for (const s of ['met', 'not met', 'not documented', 'not applicable']) expect(page).toContain(`">${s}</span>`);
    expect(page).toContain('§ 9792.20(e)');
    expect(page).toContain('data-code="EXCEEDS_GUIDELINE_QUANTITY"');
    expect(page).toMatch(/Draft for the reviewer to edit/);
    expect(page).toContain('contenteditable="true"');
  });

  it('marks negated and historical facts visibly', async () => {
    const page = await renderHtml(FIXTURE_RESULT, [FIXTURE_DOCUMENT]);
    expect(page).toMatch(new RegExp(`<li class="fact not-asserted" data-fact="${F.opioid.id}">.*ctx-negated">negated`));
    expect(page).toMatch(new RegExp(`data-fact="${F.cts.id}">.*ctx-historical">historical`));
    expect(page).toMatch(new RegExp(`<mark id="q-${F.opioid.id}" class="fact medication negated"`));
  });

  it('draws the treatment timeline as inline SVG charts', async () => {
    const page = await renderHtml(FIXTURE_RESULT, [FIXTURE_DOCUMENT]);
    expect(page.match(/<svg /g)?.length).toBeGreaterThanOrEqual(2);
    expect(page).toContain('2017-01-10');
    expect(page).toContain('2017-02-14');
  });
});

describe('report helpers', () => {
  it('dates a sentence by the numeric date it names', () => {
    expect(sentenceDate('On 6/6/14 pain was 7/10.')).toBe('2014-06-06');
    expect(sentenceDate('Pain was 7/10.')).toBeNull();
  });

  it('splits a source into guideline and section', () => {
    expect(splitSource('MTUS Acupuncture Medical Treatment Guidelines 9792.24.1(c)(1); 8 CCR 9792.20(e)')).toEqual([
      { guideline: 'MTUS Acupuncture Medical Treatment Guidelines', section: '9792.24.1(c)(1)' },
      { guideline: '8 CCR', section: '9792.20(e)' },
    ]);
    expect(splitSource('MTUS Chronic Pain Medical Treatment Guidelines 2016, Physical Medicine')).toEqual([
      { guideline: 'MTUS Chronic Pain Medical Treatment Guidelines 2016', section: 'Physical Medicine' },
    ]);
    expect(splitSource('General IMR practice (GEN-1)')).toEqual([{ guideline: 'General IMR practice (GEN-1)', section: null }]);
  });
});
