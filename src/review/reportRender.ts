/**
 * The report's blocks as Markdown or as one self-contained HTML page (inline CSS, inline SVG, no
 * script, nothing fetched), printable: tables never split inside a row and repeat their header on a
 * new page, figures stay whole, each major part starts a page.
 */
import type { Block } from './blocks';
import type { Report } from './report';
import { escapeHtml as h, escapeMarkdown as md } from './escape';

/** @example reportMarkdown(buildReport(ott)).startsWith('# OTT churn') // true */
export function reportMarkdown(report: Report): string {
  const out: string[] = [];
  for (const b of report.blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${md(b.text)}`, '');
        break;
      case 'paragraph':
        out.push(`${b.strong ? `**${md(b.strong)}** ` : ''}${md(b.text)}`, '');
        break;
      case 'list':
        out.push(...b.items.map((i) => `- ${md(i)}`), '');
        break;
      case 'table': {
        const align = b.head.map((_, i) => (b.align?.[i] === 'right' ? '---:' : '---'));
        out.push(`*${md(b.caption)}*`, '', `| ${b.head.map(md).join(' | ')} |`, `|${align.join('|')}|`);
        for (const row of b.rows) out.push(`| ${row.map((c) => md(c.trim()) || ' ').join(' | ')} |`);
        out.push('');
        break;
      }
      case 'figure':
      case 'pageBreak':
        break;
    }
  }
  return out.join('\n');
}

const CSS = `
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif; color: #0f172a; margin: 2rem auto; max-width: 60rem; padding: 0 1.5rem; }
h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; border-bottom: 2px solid #cbd5e1; padding-bottom: .2rem; margin-top: 2rem; break-after: avoid; }
h3 { font-size: 1.1rem; margin-top: 1.5rem; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.25rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; caption-side: top; }
th, td { border-bottom: 1px solid #e2e8f0; padding: .3rem .5rem; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #f1f5f9; font-weight: 600; }
th.sub { font-weight: normal; padding-left: 1.5rem; }
td.num, th.num { text-align: right; white-space: nowrap; }
figure { margin: 1rem 0 1.5rem; break-inside: avoid; }
figure svg { width: 100%; height: auto; max-height: 80vh; border: 1px solid #e2e8f0; }
figcaption { font-weight: 600; margin-bottom: .35rem; }
ul { padding-left: 1.25rem; }
.page-break { break-before: page; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { margin-top: 0; }
  thead { display: table-header-group; }
  tr, caption { break-inside: avoid; }
  table.short { break-inside: avoid; }
  caption { break-after: avoid; }
  figure svg { max-height: 240mm; }
}
`;

/** Tables up to this many rows are kept on one page; longer ones break between rows. */
const SHORT_TABLE_ROWS = 24;

/** @example reportHtml(buildReport(ott)).startsWith('<!doctype html>') // true */
export function reportHtml(report: Report): string {
  const body = report.blocks.map(htmlBlock).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${h(report.title)} — Fivefold review</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function htmlBlock(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}${b.id ? ` id="${h(b.id)}"` : ''}>${h(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${b.strong ? `<strong>${h(b.strong)}</strong> ` : ''}${h(b.text)}</p>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${h(i)}</li>`).join('')}</ul>`;
    case 'table': {
      const cls = (i: number) => (b.align?.[i] === 'right' ? ' class="num"' : '');
      // A blank heading (the corner above the row names) is a plain cell: an empty <th> heads nothing.
      const headCell = (x: string, i: number) => (x ? `<th scope="col"${cls(i)}>${h(x)}</th>` : '<td></td>');
      const head = b.head.every((x) => !x) ? '' : `<thead><tr>${b.head.map(headCell).join('')}</tr></thead>`;
      const rows = b.rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row"${c.startsWith('  ') ? ' class="sub"' : ''}>${h(c.trim())}</th>` : `<td${cls(i)}>${h(c)}</td>`)).join('')}</tr>`).join('\n');
      return `<table${b.rows.length <= SHORT_TABLE_ROWS ? ' class="short"' : ''}><caption>${h(b.caption)}</caption>${head}<tbody>\n${rows}\n</tbody></table>`;
    }
    case 'figure':
      return `<figure><figcaption>${h(b.caption)}</figcaption>${b.svg}</figure>`;
    case 'pageBreak':
      return '<div class="page-break"></div>';
  }
}
