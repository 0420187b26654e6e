/**
 * The review report from the app: the same HTML as `npm run cli -- report FILE --format html`, with
 * the Before and After pictures, downloaded as `<title>.review.html`. Loaded on first use.
 */
import type { FivefoldDocument } from '../model';
import { fileNameFor } from '../model';
import { renderSvg } from '../render';
import { buildReport } from '../review/report';
import { reportHtml } from '../review/reportRender';
import { downloadText } from './download';

/** @example downloadReport(doc) // saves "OTT churn 10% to 2% in a quarter.review.html" */
export function downloadReport(doc: FivefoldDocument): string {
  const report = buildReport(doc, {
    picture: (d, after) => renderSvg(d, { simulation: after ? { overlay: 'after', ...after } : undefined, heading: false }).svg,
    date: new Date().toISOString().slice(0, 10),
  });
  const fileName = fileNameFor(doc).replace(/\.fivefold\.json$/, '.review.html');
  downloadText(fileName, reportHtml(report), 'text/html');
  return fileName;
}
