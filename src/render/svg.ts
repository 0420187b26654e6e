/**
 * The model drawn as a standalone SVG image: the canvas's lanes, cards, handoffs with their labels
 * and, in After, the group frames, critical path and Control's growth. Pure: a string from
 * (document, simulation, options), the same in the browser, the command line and the tests, at any
 * size (it is vector; `size` only sets the frame it is fitted into).
 */
import type { FivefoldDocument, LayerId } from '../model';
import { LAYER_IDS } from '../model';
import { formatFixed, formatNumber, formatPercent, peopleWord } from '../readout/format';
import { formatDays } from '../readout';
import { LAYER_ACCENT } from '../geometry/colors';
import { BAND_LABEL_H, TEAM_H } from '../geometry/geometry';
import { NARROW_LABEL_W } from '../geometry/labelSpread';
import type { GroupFrame } from '../geometry/overlay';
import { buildScene, type Scene, type SceneHandoff, type SceneLane, type SceneSimulation, type SceneTeam } from './scene';
import { escapeXml as x, oneLine, textWidth, wrapText } from './text';
import { embedInSvg } from './embed';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RenderOptions {
  /** Before or After, with the results to show; Before without it. */
  simulation?: SceneSimulation;
  /** The part of the canvas to draw (a story step's frame, in canvas units); the whole model without it. */
  frame?: Rect;
  /** The image's size in px; the picture is fitted inside and centred. Without it, one px a canvas unit. */
  size?: { width: number; height: number };
  /** A heading above the picture with the title and what it shows (default true). */
  heading?: boolean;
  /** The document's JSON, carried inside the image so that opening the image opens the model. */
  embed?: string;
}

export interface RenderedSvg {
  svg: string;
  width: number;
  height: number;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";
const TINT: Record<LayerId, string> = { strategy: '#eef2ff', product: '#ecfdf5', build: '#fffbeb', execution: '#f0fdf4', control: '#fdf2f8' };
const MARGIN = 24;
const HEADING_H = 92;
const INK = '#0f172a';
/** What is gone in After is drawn pale by colour, never by opacity, and keeps WCAG AA (app.css --ff-ghost-*). */
const GHOST_TEXT = '#64748b';
const GHOST_LINE = '#94a3b8';
const GHOST_STRONG = '#475569';
const RED = '#dc2626';

/**
 * The document as an SVG image.
 * @example renderSvg(doc, { simulation: { overlay: 'after', baseline, result, scenario }, size: { width: 1920, height: 1080 } }).svg
 */
export function renderSvg(doc: FivefoldDocument, options: RenderOptions = {}): RenderedSvg {
  const scene = buildScene(doc, options.simulation);
  const heading = options.heading ?? true;
  const region = options.frame ?? scene.bounds;
  let view: Rect = {
    x: region.x - MARGIN,
    y: region.y - MARGIN - (heading ? HEADING_H : 0),
    width: region.width + 2 * MARGIN,
    height: region.height + 2 * MARGIN + (heading ? HEADING_H : 0),
  };
  let width = Math.round(view.width);
  let height = Math.round(view.height);
  if (options.size) {
    // Widen the view to the frame's proportions so the background fills it, picture centred.
    const scale = Math.min(options.size.width / view.width, options.size.height / view.height);
    const w = options.size.width / scale;
    const h = options.size.height / scale;
    view = { x: view.x - (w - view.width) / 2, y: view.y - (h - view.height) / 2, width: w, height: h };
    width = options.size.width;
    height = options.size.height;
  }
  const title = doc.title || 'Untitled model';
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${n(view.x)} ${n(view.y)} ${n(view.width)} ${n(view.height)}" role="img" aria-label="${x(title)}" font-family="${FONT}">`,
    `<title>${x(title)}</title>`,
    options.embed === undefined ? '' : embedInSvg(options.embed),
    defs(),
    `<rect x="${n(view.x)}" y="${n(view.y)}" width="${n(view.width)}" height="${n(view.height)}" fill="#f8fafc"/>`,
    heading ? headingText(doc, scene, options.simulation, region.x, region.y - HEADING_H) : '',
    ...LAYER_IDS.filter((l) => l !== 'control').map((l) => lane(scene.lanes[l])),
    band(scene),
    ...(scene.after?.frames ?? []).map(groupFrame),
    `<g class="ff-handoffs" fill="none">${scene.handoffs.map(handoffPath).join('')}</g>`,
    `<g class="ff-labels">${scene.handoffs.map(handoffLabel).join('')}</g>`,
    `<g class="ff-teams">${scene.teams.map(card).join('')}</g>`,
    controlGrowth(scene),
    '</svg>',
  ];
  return { svg: parts.join(''), width, height };
}

const n = (v: number) => String(Math.round(v * 10) / 10);

function defs(): string {
  // React Flow's closed arrow, sized on the canvas (markers.ts).
  const arrow = (id: string, color: string) =>
    `<marker id="${id}" viewBox="-10 -10 20 20" markerWidth="40" markerHeight="40" markerUnits="userSpaceOnUse" refX="0" refY="0" orient="auto-start-reverse"><polyline points="-5,-4 0,0 -5,4 -5,-4" fill="${color}" stroke="${color}" stroke-width="1" stroke-linecap="round" stroke-linejoin="round"/></marker>`;
  return (
    '<defs>' +
    arrow('arrow-work', '#334155') +
    arrow('arrow-feedback', '#7c3aed') +
    arrow('arrow-critical', RED) +
    '<pattern id="hatch" width="24" height="24" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="12" height="24" fill="rgba(157,23,77,0.05)"/><rect x="12" width="12" height="24" fill="rgba(157,23,77,0.1)"/></pattern>' +
    '</defs>'
  );
}

function headingText(doc: FivefoldDocument, scene: Scene, sim: SceneSimulation | undefined, left: number, top: number): string {
  let what = 'Before: the organisation as it works today';
  if (scene.after && sim?.result) {
    const scenario = sim.scenario?.name ?? sim.result.scenario;
    const days = scene.after.leadTimeDays;
    what = `After: ${scenario}, quarter ${sim.result.quarter} · critical path ${formatDays(days.before)} → ${formatDays(days.after)} days`;
  }
  const width = scene.bounds.width;
  return (
    `<g class="ff-heading"><text x="${n(left)}" y="${n(top + 34)}" font-size="32" font-weight="800" fill="${INK}">${x(oneLine(doc.title || 'Untitled model', width, 32, true))}</text>` +
    `<text x="${n(left)}" y="${n(top + 68)}" font-size="21" font-weight="600" fill="#334155">${x(oneLine(what, width, 21, false))}</text></g>`
  );
}

/** Lines of text from a top edge: each line's baseline sits at 80% of its line height. */
function lines(texts: readonly string[], left: number, top: number, size: number, lineH: number, attrs: string): string {
  return texts.map((t, i) => `<text x="${n(left)}" y="${n(top + i * lineH + lineH * 0.8)}" font-size="${size}" ${attrs}>${x(t)}</text>`).join('');
}

function counts(l: SceneLane): string {
  const people = l.after ? `${l.after.before} → ${l.after.after} ${peopleWord(l.after.after)}` : `${l.headcount} ${peopleWord(l.headcount)}`;
  return `${l.teamCount} ${l.teamCount === 1 ? 'team' : 'teams'} · ${people}`;
}

function lane(l: SceneLane): string {
  const accent = LAYER_ACCENT[l.layer];
  const name = wrapText(l.name, 132, 22, true, 3);
  const nameH = name.length * 25.3;
  return (
    `<g class="ff-lane" data-layer="${l.layer}">` +
    `<rect x="${n(l.x)}" y="${n(l.y)}" width="${n(l.width)}" height="${n(l.height)}" fill="${TINT[l.layer]}"/>` +
    `<rect x="${n(l.x)}" y="${n(l.y)}" width="8" height="${n(l.height)}" fill="${accent}"/>` +
    `<line x1="${n(l.x)}" y1="${n(l.y + 0.5)}" x2="${n(l.x + l.width)}" y2="${n(l.y + 0.5)}" stroke="#cbd5e1"/>` +
    lines(name, l.x + 20, l.y + 13, 22, 25.3, `font-weight="700" fill="${accent}"`) +
    lines(wrapText(counts(l), 132, 17, true, 3), l.x + 20, l.y + 13 + nameH + 6, 17, 19.5, 'font-weight="600" fill="#334155"') +
    '</g>'
  );
}

function band(scene: Scene): string {
  const l = scene.lanes.control;
  const accent = LAYER_ACCENT.control;
  const inner = l.width - 24;
  const cx = l.x + l.width / 2;
  const name = wrapText(l.name.toUpperCase(), inner, 22, true, 2);
  const nameH = name.length * 25.3;
  const centred = `text-anchor="middle"`;
  return (
    `<g class="ff-lane ff-lane-band" data-layer="control">` +
    `<rect x="${n(l.x - 6)}" y="${n(l.y - 6)}" width="${n(l.width + 12)}" height="${n(l.height + 12)}" rx="20" fill="none" stroke="rgba(157,23,77,0.08)" stroke-width="6"/>` +
    `<rect x="${n(l.x + 1.5)}" y="${n(l.y + 1.5)}" width="${n(l.width - 3)}" height="${n(l.height - 3)}" rx="13" fill="rgba(253,242,248,0.72)"/>` +
    `<rect x="${n(l.x + 1.5)}" y="${n(l.y + 1.5)}" width="${n(l.width - 3)}" height="${n(l.height - 3)}" rx="13" fill="url(#hatch)" stroke="${accent}" stroke-width="3"/>` +
    lines(name, cx, l.y + 15, 22, 25.3, `font-weight="700" letter-spacing="1.3" fill="${accent}" ${centred}`) +
    lines(['across all layers'], cx, l.y + 15 + nameH, 14, 17, `font-weight="600" fill="${accent}" ${centred}`) +
    lines(wrapText(counts(l), inner, 17, true, 2), cx, l.y + 15 + nameH + 19, 17, 19.5, `font-weight="600" fill="#334155" ${centred}`) +
    '</g>'
  );
}

function groupFrame(f: GroupFrame): string {
  const stroke = f.critical ? RED : '#334155';
  const count = `${f.before} → ${f.after} ${peopleWord(f.after)}`;
  const countW = textWidth(count, 18, true) + 20;
  const right = f.x + f.width - 13;
  const name = oneLine(f.ownerName, Math.max(20, f.width - 26 - countW - 10), 22, true);
  const base = f.y + 9 + 22;
  return (
    `<g class="ff-group-frame" data-owner="${x(f.owner)}">` +
    (f.critical ? `<rect x="${n(f.x - 4)}" y="${n(f.y - 4)}" width="${n(f.width + 8)}" height="${n(f.height + 8)}" rx="19" fill="none" stroke="rgba(220,38,38,0.22)" stroke-width="5"/>` : '') +
    `<rect x="${n(f.x + 1.5)}" y="${n(f.y + 1.5)}" width="${n(f.width - 3)}" height="${n(f.height - 3)}" rx="15" fill="rgba(255,255,255,0.55)" stroke="${stroke}" stroke-width="3"/>` +
    `<rect x="${n(right - countW)}" y="${n(f.y + 9)}" width="${n(countW)}" height="27" rx="13.5" fill="${f.critical ? '#b91c1c' : INK}"/>` +
    `<text x="${n(right - countW / 2)}" y="${n(f.y + 29)}" font-size="18" font-weight="800" fill="#ffffff" text-anchor="middle">${x(count)}</text>` +
    `<text x="${n(right - countW - 10)}" y="${n(base)}" font-size="22" font-weight="800" fill="${INK}" text-anchor="end">${x(name)}</text>` +
    '</g>'
  );
}

function handoffPath(h: SceneHandoff): string {
  const feedback = h.handoff.kind === 'feedback';
  const critical = h.status === 'critical';
  const stroke = critical ? RED : feedback ? '#7c3aed' : '#334155';
  const marker = critical ? 'arrow-critical' : feedback ? 'arrow-feedback' : 'arrow-work';
  const dash = h.status === 'internal' ? ' stroke-dasharray="6 8" opacity="0.28"' : feedback ? ' stroke-dasharray="8 6"' : '';
  return `<path class="ff-handoff" data-id="${x(h.handoff.id)}" d="${h.path}" stroke="${stroke}" stroke-width="${critical ? 5 : 2.2}"${dash} marker-end="url(#${marker})"/>`;
}

const LABEL_LINE = 17.25;

function handoffLabel(h: SceneHandoff): string {
  const feedback = h.handoff.kind === 'feedback';
  const wait = `${formatNumber(h.handoff.waitDays, 1)} d`;
  const waitW = textWidth(wait, 15, true) + 12;
  const text = `${feedback ? '↺ ' : ''}${h.handoff.artifact}`;
  const narrow = h.labelWidth < NARROW_LABEL_W;
  const artifactRoom = narrow ? h.labelWidth - 14 : h.labelWidth - 14 - 6 - waitW;
  const artifact = text ? wrapText(text, Math.max(24, artifactRoom), 15, true, narrow ? 4 : 2) : [];
  const textW = Math.max(0, ...artifact.map((l) => textWidth(l, 15, true)));
  const w = narrow ? Math.max(textW, waitW) + 14 : 12 + textW + (artifact.length ? 6 : 0) + waitW;
  const hgt = narrow ? (artifact.length + 1) * LABEL_LINE + 10 : Math.max(1, artifact.length) * LABEL_LINE + 6;
  const left = h.labelX - w / 2;
  const top = h.labelY - hgt / 2;
  const critical = h.status === 'critical';
  // A handoff inside a group in After: a pale ghost, as on the canvas (canvas.css .handoff-label.is-internal).
  const internal = h.status === 'internal';
  const border = critical ? RED : feedback ? '#7c3aed' : '#94a3b8';
  const waitFill = critical ? '#b91c1c' : feedback ? '#6d28d9' : '#1e293b';
  const waitX = narrow ? left + 6 : left + w - 4 - waitW;
  const waitY = narrow ? top + 5 + artifact.length * LABEL_LINE : h.labelY - LABEL_LINE / 2;
  return (
    `<g class="ff-handoff-label" data-id="${x(h.handoff.id)}"><title>${x(`${h.handoff.artifact || 'Handoff'} — waits ${wait.slice(0, -2)} days`)}</title>` +
    `<rect x="${n(left)}" y="${n(top)}" width="${n(w)}" height="${n(hgt)}" rx="7" fill="#ffffff" stroke="${internal ? GHOST_LINE : border}" stroke-width="${critical ? 2 : 1}"${feedback || internal ? ' stroke-dasharray="4 3"' : ''}/>` +
    lines(artifact, narrow ? left + 7 : left + 8, narrow ? top + 4 : h.labelY - (artifact.length * LABEL_LINE) / 2, 15, LABEL_LINE, `font-weight="600" fill="${internal ? GHOST_TEXT : feedback ? '#5b21b6' : '#1e293b'}"`) +
    `<rect x="${n(waitX)}" y="${n(waitY)}" width="${n(waitW)}" height="${LABEL_LINE}" rx="5" fill="${internal ? GHOST_TEXT : waitFill}"/>` +
    `<text x="${n(waitX + waitW / 2)}" y="${n(waitY + LABEL_LINE * 0.8)}" font-size="15" font-weight="700" fill="#ffffff" text-anchor="middle">${x(wait)}</text>` +
    '</g>'
  );
}

/** The card's content box: inside the 7 px accent border and 12 px padding (canvas.css .team-node). */
const CARD_TEXT_X = 19;
const CARD_TEXT_W = 189.5;

function card(s: SceneTeam): string {
  const { team, after } = s;
  const accent = LAYER_ACCENT[team.layer];
  const absorbed = after?.status === 'absorbed';
  const critical = !!after?.critical && !absorbed;
  const name = wrapText(team.name, CARD_TEXT_W, 24, true, 2);
  const top = s.y + 9.5;
  const badgeY = top + name.length * 26.4 + 5;
  const left = s.x + CARD_TEXT_X;
  const transform = absorbed ? ` transform="translate(${n(s.x + s.width / 2)} ${n(s.y + s.height / 2)}) scale(0.92) translate(${n(-s.x - s.width / 2)} ${n(-s.y - s.height / 2)})"` : '';
  const roles = team.roles?.join(' · ') ?? '';
  const under = absorbed
    ? `<text x="${n(left)}" y="${n(badgeY + 27 + 5 + 15)}" font-size="15" font-weight="700" fill="#475569">${x(oneLine(`into ${after!.ownerName}`, CARD_TEXT_W, 15, true))}</text>`
    : roles
      ? `<text x="${n(left)}" y="${n(badgeY + 27 + 5 + 15)}" font-size="15" fill="#334155">${x(oneLine(roles, CARD_TEXT_W, 15))}</text>`
      : '';
  return (
    `<g class="ff-team" data-id="${x(team.id)}"${transform}><title>${x(team.name)}</title>` +
    (critical ? `<rect x="${n(s.x - 3)}" y="${n(s.y - 3)}" width="${n(s.width + 6)}" height="${n(s.height + 6)}" rx="13" fill="none" stroke="rgba(220,38,38,0.35)" stroke-width="3"/>` : '') +
    `<rect x="${n(s.x + 0.75)}" y="${n(s.y + 0.75)}" width="${n(s.width - 1.5)}" height="${n(s.height - 1.5)}" rx="10" fill="${absorbed ? '#f8fafc' : '#ffffff'}" stroke="${critical ? RED : '#94a3b8'}" stroke-width="1.5"${absorbed ? ' stroke-dasharray="6 4"' : ''}/>` +
    `<path d="M${n(s.x + 10)},${n(s.y)} H${n(s.x + 7)} V${n(s.y + s.height)} H${n(s.x + 10)} A10,10 0 0 1 ${n(s.x)},${n(s.y + s.height - 10)} V${n(s.y + 10)} A10,10 0 0 1 ${n(s.x + 10)},${n(s.y)} Z" fill="${accent}"/>` +
    lines(name, left, top, 24, 26.4, `font-weight="700" fill="${absorbed ? GHOST_STRONG : INK}" class="ff-team-name"`) +
    badge(left, badgeY, absorbed ? GHOST_STRONG : accent, after ? null : team.headcount, after) +
    under +
    '</g>'
  );
}

/** The pill with the people: "3 people", or in After "3 → 1". */
function badge(left: number, top: number, fill: string, headcount: number | null, after: SceneTeam['after']): string {
  if (after) {
    const before = `${after.before}`;
    const arrow = '\u00a0→\u00a0';
    const now = `${after.after}`;
    const w = textWidth(before + arrow, 18, true) + textWidth(now, 18, true) + 20;
    return (
      `<rect x="${n(left)}" y="${n(top)}" width="${n(w)}" height="27" rx="13.5" fill="${fill}"/>` +
      `<text x="${n(left + 10)}" y="${n(top + 20)}" font-size="18" font-weight="700" fill="#ffffff">${x(before)}<tspan fill="rgba(255,255,255,0.85)">${arrow}</tspan><tspan font-weight="800">${x(now)}</tspan></text>`
    );
  }
  const label = `${headcount} ${peopleWord(headcount ?? 0)}`;
  const w = textWidth(label, 18, true) + 20;
  return (
    `<rect x="${n(left)}" y="${n(top)}" width="${n(w)}" height="27" rx="13.5" fill="${fill}"/>` +
    `<text x="${n(left + 10)}" y="${n(top + 20)}" font-size="18" font-weight="700" fill="#ffffff">${x(label)}</text>`
  );
}

/** In After, Control's share of all people and the oversight it takes on, under its lowest team. */
function controlGrowth(scene: Scene): string {
  const c = scene.after?.control;
  const l = scene.lanes.control;
  if (!c || l.teamCount === 0) return '';
  let bottom = BAND_LABEL_H;
  for (const t of scene.teams) if (t.team.layer === 'control') bottom = Math.max(bottom, t.y + TEAM_H - l.y);
  const top = l.y + bottom + 16;
  const w = l.width - 24 - 6;
  const rows = [
    `${formatPercent(c.shareBefore)} → ${formatPercent(c.shareAfter)} of all people`,
    `+${formatFixed(c.oversightFte, 1)} FTE oversight of AI work`,
  ].flatMap((r) => wrapText(r, w - 24, 17, true, 2));
  const h = rows.length * 22 + 16;
  return (
    `<g class="ff-control-growth"><rect x="${n(l.x + 15)}" y="${n(top)}" width="${n(w)}" height="${n(h)}" rx="10" fill="#ffffff" stroke="${LAYER_ACCENT.control}" stroke-width="2"/>` +
    lines(rows, l.x + 27, top + 8, 17, 22, `font-weight="700" fill="${INK}"`) +
    '</g>'
  );
}
