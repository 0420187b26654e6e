// Share links: the whole document in the URL fragment (deflate-raw + base64url), read back as strictly
// as a file; a damaged or oversized link gets a plain message.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseText, parseValue, type FivefoldDocument } from '../../../src/model';
import { MAX_LINK_CHARS, readShareFragment, shareLink } from '../../../src/io/shareLink';
import { team, validDoc } from '../model/fixture';

const EXAMPLES = resolve(__dirname, '../../../examples');
const BASE = 'https://fivefold.example/app/?x=1#old';

function example(name: string): FivefoldDocument {
  const r = parseText(readFileSync(join(EXAMPLES, name), 'utf8'));
  if (!r.ok) throw new Error(name);
  return r.doc;
}

async function fragmentOf(doc: FivefoldDocument): Promise<string> {
  const link = await shareLink(doc, BASE);
  if (!link.ok) throw new Error(link.message);
  return link.url.slice(link.url.indexOf('#'));
}

describe('share links', () => {
  it.each(readdirSync(EXAMPLES).filter((f) => f.endsWith('.fivefold.json')))('%s goes through a link and comes back the same document', async (name) => {
    const doc = example(name);
    const link = await shareLink(doc, BASE);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    console.log(`${name}: link of ${link.url.length} characters`);
    expect(link.url.startsWith('https://fivefold.example/app/?x=1#model=')).toBe(true);
    expect(link.url).toMatch(/#model=[A-Za-z0-9_-]+$/);
    const back = await readShareFragment(link.url.slice(link.url.indexOf('#')));
    expect(back).toEqual({ ok: true, doc, warnings: [] });
  });

  it('keeps Unicode names whole', async () => {
    const d = validDoc();
    d.teams[0].name = 'Équipe データ 🚀 «stratégie»';
    const doc = (parseValue(d) as { ok: true; doc: FivefoldDocument }).doc;
    const back = await readShareFragment(await fragmentOf(doc));
    expect(back.ok && back.doc.teams[0].name).toBe('Équipe データ 🚀 «stratégie»');
  });

  it('refuses a model too large for a link and suggests the file', async () => {
    const d = validDoc();
    // Random-looking names compress poorly (a fixed generator, so the test is the same every run).
    let seed = 7;
    const noise = () => Array.from({ length: 40 }, () => ((seed = (seed * 48271) % 2147483647) % 36).toString(36)).join('');
    for (let i = 0; i < 1500; i++) d.teams.push({ ...team(`t${i}`, 'build'), name: noise() });
    const doc = (parseValue(d) as { ok: true; doc: FivefoldDocument }).doc;
    const link = await shareLink(doc, BASE);
    expect(link.ok).toBe(false);
    expect(!link.ok && link.message).toMatch(new RegExp(`too large for a link \\(\\d+ KB; links stay under ${MAX_LINK_CHARS / 1024} KB.*Send the file instead`));
  });

  it('says plainly that a link was cut, edited or holds something else, and opens nothing', async () => {
    const fragment = await fragmentOf(example('ott-churn.fivefold.json'));
    const cases = [
      fragment.slice(0, fragment.length - 30),
      `${fragment.slice(0, 40)}%%%${fragment.slice(43)}`,
      '#model=',
      // Valid compression of text that is no model.
      `#model=${Buffer.from(await new Response(new Blob(['{"hello":1}']).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer()).toString('base64url')}`,
    ];
    const messages = [];
    for (const c of cases) {
      const r = await readShareFragment(c);
      expect(r.ok, c.slice(0, 60)).toBe(false);
      if (!r.ok) messages.push(r.message);
    }
    expect(messages[0]).toBe('This share link is damaged (it was cut short or changed on the way), so nothing was opened. Ask for the link again, or for the file.');
    expect(messages[1]).toContain('it has characters a link from Fivefold never has');
    expect(messages[2]).toContain('(it is empty)');
    expect(messages[3]).toMatch(/^This share link holds a model Fivefold cannot open: .+\. Nothing was opened\.$/);
  });
});
