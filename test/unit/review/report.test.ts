import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText, parseValue, type FivefoldDocument } from '../../../src/model';
import { buildReport } from '../../../src/review/report';
import { reportHtml, reportMarkdown } from '../../../src/review/reportRender';
import { reportPicture } from '../../../src/cli/report';

const OTT = readFileSync('examples/ott-churn.fivefold.json', 'utf8');
function load(text: string): FivefoldDocument {
  const r = parseText(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.doc;
}
const XSS = '<img src=x onerror=alert(1)>';
function hostile(): FivefoldDocument {
  const j = JSON.parse(OTT);
  j.title = `Churn ${XSS}`;
  j.initiative.problem = `</p><script>alert(1)</script>`;
  j.teams[5].name = XSS;
  j.teams[5].roles = ['*bold* | pipe', '`code`'];
  j.handoffs[0].artifact = '<b>brief</b>';
  j.scenarios[2].name = `AI ${XSS}`;
  const r = parseValue(j);
  if (!r.ok) throw new Error('fixture');
  return r.doc;
}

describe('the review report', () => {
  const report = buildReport(load(OTT));
  const md = reportMarkdown(report);

  it('has every part of the issue, in order', () => {
    const headings = report.blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).toEqual([
      'OTT churn: 10% to 2% in a quarter',
      'The initiative',
      'In short',
      'Teams by layer',
      'Handoffs by layer',
      'Scenarios, quarter by quarter',
      'Cautious',
      'Top of measured evidence',
      'AI-native',
      'Model checks',
      'Assumptions',
      'What these numbers do not say',
    ]);
  });

  it('shows each scenario quarter by quarter, before → after, with pyramid and critical path', () => {
    expect(md).toContain('**Before → Q3:** 20 → 5 people · 12 → 6 handoffs · 72.5 → 28.8 days · $3.54M → $1.12M');
    expect(md).toContain('| People | 20 | 18 | 10 | 6 | 5 |');
    expect(md).toContain('| Execution (producing) | 8.35 | 1.08 |');
    expect(md).toContain('**Critical path before:** Strategy & finance → Insight & experimentation → Product & UX → Data & ML → Engineering → QA → Engineering leadership & AI governance → Growth & lifecycle → Support & customer success (25.5 days of work, 47 waiting).');
  });

  it('lists the model checks, the assumptions with value, default and source, and the caveat', () => {
    expect(md).toMatch(/\| control-bypass \| Engineering hands “Offer and billing config” straight to Revenue ops/);
    expect(md).toContain('| Organisation-wide coordination tax (f0) | 0.25 | 0.25 |');
    expect(md).toContain('Microsoft Work Trend Index');
    expect(md).toContain('AI-native: About 1 measured attempt fits in 65 days');
  });

  it('reports one scenario when asked', () => {
    const one = reportMarkdown(buildReport(load(OTT), { scenario: 'cautious' }));
    expect(one).toContain('### Cautious');
    expect(one).not.toContain('### AI-native');
  });

  it('writes a self-contained HTML page with print rules and the two pictures as inline SVG', () => {
    const html = reportHtml(buildReport(load(OTT), { scenario: 'ai-native', picture: reportPicture }));
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|src="http|href="http/);
    expect(html).toContain('@media print');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html.match(/<svg /g)?.length).toBe(2);
    expect(html).toContain('After: AI-native at Q3.');
  });

  it('escapes text from the file everywhere, in Markdown and in HTML', () => {
    const doc = hostile();
    const html = reportHtml(buildReport(doc, { picture: reportPicture }));
    const mdText = reportMarkdown(buildReport(doc));
    for (const out of [html, mdText]) {
      expect(out).not.toContain('<img');
      expect(out).not.toContain('<script');
      expect(out).not.toContain('<b>brief');
      expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
    expect(mdText).toContain('\\*bold\\* \\| pipe, \\`code\\`');
  });
});
