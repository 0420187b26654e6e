import { serialize } from '../model';
import type { FivefoldDocument, Scenario } from '../model';
import { baseline, simulate } from '../sim';
import { pngWithJson, renderSvg, type RenderOptions } from '../render';
import { readDocument, type CliIo } from './io';

const USAGE =
  'usage: npm run cli -- render FILE --format svg|png --out PATH [--scenario ID] [--quarter N] [--overlay before|after] [--width W --height H] [--scale S]';

interface Options {
  file: string;
  format: 'svg' | 'png';
  out: string;
  scenario?: string;
  quarter?: number;
  overlay?: 'before' | 'after';
  size?: { width: number; height: number };
  scale: number;
}

/**
 * `render FILE --format svg|png --out PATH …`: the model drawn as the canvas draws it, Before or
 * After a scenario's quarter, with the model's JSON inside the image. PNG goes through resvg, so no
 * browser is needed. Naming a scenario or a quarter means After unless `--overlay before` says otherwise.
 * Exit 0 written, 1 invalid model, 2 usage errors and files that cannot be read or written.
 * @example await runRender(['examples/ott-churn.fivefold.json', '--format', 'png', '--out', 'ott.png'], io) // 0
 */
export async function runRender(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`render: ${parsed}\n${USAGE}`);
    return 2;
  }
  const doc = await readDocument(io, parsed.file);
  if (typeof doc === 'number') return doc;
  const simulation = simulationFor(doc, parsed);
  if (typeof simulation === 'string') {
    io.err(`render: ${simulation}\n${USAGE}`);
    return 2;
  }
  const json = serialize(doc);
  const { svg } = renderSvg(doc, { simulation, size: parsed.size, embed: json });
  let data: string | Uint8Array = svg;
  if (parsed.format === 'png') {
    const { Resvg } = await import('@resvg/resvg-js');
    const png = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: parsed.scale },
      font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
    })
      .render()
      .asPng();
    data = pngWithJson(new Uint8Array(png), json);
  }
  if (!io.writeFile) {
    io.err('render: this command needs to write a file');
    return 2;
  }
  try {
    await io.writeFile(parsed.out, data);
  } catch (e) {
    io.err(`${parsed.out}: cannot write: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  io.out(`${parsed.out}: ${parsed.format.toUpperCase()} of ${doc.title}, ${simulation?.overlay === 'after' ? `After ${simulation.scenario!.id} quarter ${simulation.result!.quarter}` : 'Before'}`);
  return 0;
}

function simulationFor(doc: FivefoldDocument, o: Options): RenderOptions['simulation'] | string {
  const overlay = o.overlay ?? (o.scenario !== undefined || o.quarter !== undefined ? 'after' : 'before');
  if (overlay === 'before') return undefined;
  let scenario: Scenario | undefined;
  if (o.scenario !== undefined) {
    scenario = doc.scenarios.find((s) => s.id === o.scenario);
    if (!scenario) return `no scenario has the id "${o.scenario}" (there are: ${doc.scenarios.map((s) => s.id).join(', ') || 'none'})`;
  } else {
    scenario = doc.scenarios[doc.scenarios.length - 1];
    if (!scenario) return 'After needs a scenario, and the model has none';
  }
  const last = scenario.adoption.length - 1;
  if (o.quarter !== undefined && o.quarter > last) return `scenario "${scenario.id}" has quarters 0 to ${last}, not ${o.quarter}`;
  const quarter = o.quarter ?? last;
  return { overlay: 'after', baseline: baseline(doc), result: simulate(doc, scenario, quarter), scenario };
}

function parseArgs(args: string[]): Options | string {
  const files: string[] = [];
  const o: Partial<Options> & { scale: number } = { scale: 1 };
  let width: number | undefined;
  let height: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    const whole = (name: string, min: number, max: number): number | string => {
      const v = value();
      if (v === undefined || !/^\d{1,6}$/.test(v) || Number(v) < min || Number(v) > max) return `${name} takes a whole number from ${min} to ${max}${v === undefined ? '' : `, not "${v}"`}`;
      return Number(v);
    };
    if (flag === '--format') {
      const v = value();
      if (v !== 'svg' && v !== 'png') return `--format takes svg or png${v === undefined ? '' : `, not "${v}"`}`;
      o.format = v;
    } else if (flag === '--out') {
      const v = value();
      if (!v) return '--out needs a file path';
      o.out = v;
    } else if (flag === '--scenario') {
      const v = value();
      if (!v) return '--scenario needs a scenario id';
      o.scenario = v;
    } else if (flag === '--overlay') {
      const v = value();
      if (v !== 'before' && v !== 'after') return `--overlay takes before or after${v === undefined ? '' : `, not "${v}"`}`;
      o.overlay = v;
    } else if (flag === '--quarter' || flag === '--width' || flag === '--height' || flag === '--scale') {
      const v = flag === '--quarter' ? whole(flag, 0, 999) : flag === '--scale' ? whole(flag, 1, 4) : whole(flag, 16, 16384);
      if (typeof v === 'string') return v;
      if (flag === '--quarter') o.quarter = v;
      else if (flag === '--width') width = v;
      else if (flag === '--height') height = v;
      else o.scale = v;
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option "${arg}"`;
    else files.push(arg);
  }
  if (files.length !== 1) return files.length ? 'name exactly one file' : 'name the file to render';
  if (!o.format) return 'say --format svg or --format png';
  if (!o.out) return 'say where to write the image with --out PATH';
  if ((width === undefined) !== (height === undefined)) return '--width and --height go together';
  return { file: files[0], format: o.format, out: o.out, scenario: o.scenario, quarter: o.quarter, overlay: o.overlay, scale: o.scale, size: width && height ? { width, height } : undefined };
}
