/**
 * Pictures of the model for decks and documents, drawn from the document by `src/render` (never a
 * screenshot of the page, which loses edges): SVG, or PNG rasterized by the browser from that SVG.
 * Both carry the model's JSON, so dropping the picture back on Fivefold opens the model.
 * Loaded on demand (the toolbar's Share menu, presentation mode's step export), never on first visit.
 */
import { fileNameFor, serialize, type FivefoldDocument } from '../model';
import { baseline, simulate } from '../sim';
import { pngWithJson, renderSvg, type Rect, type RenderOptions } from '../render';
import { chosenQuarter, chosenScenario } from '../simulation/chosen';
import { downloadBlob } from './download';

export interface ImageRequest {
  format: 'svg' | 'png';
  overlay: 'before' | 'after';
  /** The scenario and quarter After shows (the editor's choice when absent). */
  scenarioId?: string | null;
  quarter?: number | null;
  /** A story step's frame, in canvas units; the whole model when absent. */
  frame?: Rect;
  /** 1 or 2 px a canvas unit (PNG), or a fixed frame such as 1920×1080 the picture is fitted into. */
  scale?: number;
  size?: { width: number; height: number };
  heading?: boolean;
}

export interface ImageFile {
  fileName: string;
  blob: Blob;
  width: number;
  height: number;
}

/** Browsers refuse canvases past about 16,384 px a side or 268 M px; stay well inside. */
const MAX_SIDE = 16384;
const MAX_PIXELS = 64e6;

/**
 * The SVG the request asks for, with the model inside.
 * @example svgFor(doc, { format: 'svg', overlay: 'after', scenarioId: 'ai-native', quarter: 3 }).svg
 */
export function svgFor(doc: FivefoldDocument, request: ImageRequest): { svg: string; width: number; height: number; what: string } {
  const options: RenderOptions = { frame: request.frame, size: request.size, heading: request.heading, embed: serialize(doc) };
  let what = 'before';
  if (request.overlay === 'after') {
    const scenario = chosenScenario(doc, request.scenarioId ?? null);
    if (scenario) {
      const quarter = chosenQuarter(scenario, request.quarter ?? null);
      options.simulation = { overlay: 'after', baseline: baseline(doc), result: simulate(doc, scenario, quarter), scenario };
      what = `after ${scenario.id} q${quarter}`;
    }
  }
  return { ...renderSvg(doc, options), what };
}

/**
 * The picture as a file, ready to download or copy.
 * @example const { blob } = await imageFile(doc, { format: 'png', overlay: 'before', scale: 2 })
 */
export async function imageFile(doc: FivefoldDocument, request: ImageRequest): Promise<ImageFile> {
  const { svg, width, height, what } = svgFor(doc, request);
  const base = fileNameFor(doc).replace(/\.fivefold\.json$/, '');
  const size = request.size ? `${request.size.width}x${request.size.height}` : `${request.scale ?? 1}x`;
  if (request.format === 'svg') {
    return { fileName: `${base} (${what}).svg`, blob: new Blob([svg], { type: 'image/svg+xml' }), width, height };
  }
  let scale = request.size ? 1 : (request.scale ?? 1);
  scale = Math.min(scale, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height)));
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  const png = await rasterize(svg, w, h);
  const blob = new Blob([pngWithJson(png, serialize(doc)) as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  return { fileName: `${base} (${what}, ${size}).png`, blob, width: w, height: h };
}

/** Downloads the picture; returns what was saved. */
export async function downloadImage(doc: FivefoldDocument, request: ImageRequest): Promise<ImageFile> {
  const file = await imageFile(doc, request);
  downloadBlob(file.fileName, file.blob);
  return file;
}

/**
 * Puts the PNG on the clipboard. The clipboard is asked for at once, with the picture still being
 * drawn, because browsers allow it only while the click that asked for it is fresh.
 */
export async function copyPng(doc: FivefoldDocument, request: Omit<ImageRequest, 'format'>): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) throw new Error('This browser cannot put pictures on the clipboard; download the PNG instead.');
  const blob = imageFile(doc, { ...request, format: 'png' }).then((f) => f.blob);
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
}

async function rasterize(svg: string, width: number, height: number): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser could not draw the picture.');
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The picture is too large for this browser to draw; try the SVG.');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
