import { useState } from 'react';
import { useStores, useUi } from '../store/context';
import { copyPng, downloadImage, type ImageRequest } from '../io/imageExport';
import { shareLink } from '../io/shareLink';

type Picture = Pick<ImageRequest, 'format' | 'scale' | 'size'> & { label: string; testId: string };

const PICTURES: Picture[] = [
  { label: 'PNG image', format: 'png', scale: 1, testId: 'export-png' },
  { label: 'PNG image, 2× for print', format: 'png', scale: 2, testId: 'export-png-2x' },
  { label: 'PNG slide, 1920 × 1080', format: 'png', size: { width: 1920, height: 1080 }, testId: 'export-png-slide' },
  { label: 'SVG image', format: 'svg', testId: 'export-svg' },
];

/**
 * The Share menu's items (loaded with the menu): which picture, Before or After (the canvas's choice
 * to start with), the downloads, the clipboard, and the link.
 */
export default function ShareItems({ onDone }: { onDone(): void }) {
  const stores = useStores();
  const shown = useUi((s) => s.overlay);
  const [overlay, setOverlay] = useState(shown);
  const notify = stores.ui.getState().notify;
  const request = (): Omit<ImageRequest, 'format'> => {
    const ui = stores.ui.getState();
    return { overlay, scenarioId: ui.scenarioId, quarter: ui.quarter };
  };
  const run = (what: () => Promise<string>) => {
    onDone();
    what().then(
      (text) => notify('info', text),
      (e: unknown) => notify('error', e instanceof Error ? e.message : String(e)),
    );
  };
  const doc = () => stores.document.getState().doc;

  return (
    <>
      <div className="menu-note" id="share-picture-of">Picture of</div>
      <div className="menu-choice" role="group" aria-labelledby="share-picture-of">
        {(['before', 'after'] as const).map((o) => (
          <button key={o} type="button" role="menuitemradio" aria-checked={overlay === o} onClick={() => setOverlay(o)} data-testid={`export-overlay-${o}`}>
            {o === 'before' ? 'Before' : 'After'}
          </button>
        ))}
      </div>
      {PICTURES.map((p) => (
        <button
          key={p.testId}
          type="button"
          role="menuitem"
          data-testid={p.testId}
          onClick={() => run(async () => `Saved "${(await downloadImage(doc(), { ...request(), format: p.format, scale: p.scale, size: p.size })).fileName}" (the model travels inside: drop it on Fivefold to open it).`)}
        >
          {p.label}
        </button>
      ))}
      <button type="button" role="menuitem" data-testid="copy-png" onClick={() => run(async () => (await copyPng(doc(), request()), 'The picture is on the clipboard.'))}>
        Copy picture
      </button>
      <hr className="menu-rule" />
      <button
        type="button"
        role="menuitem"
        data-testid="copy-link"
        onClick={() =>
          run(async () => {
            const link = await shareLink(doc(), location.href);
            if (!link.ok) throw new Error(link.message);
            await navigator.clipboard.writeText(link.url);
            return `Link copied (${link.url.length.toLocaleString('en-US')} characters). Whoever opens it sees this model, read-only; nothing is sent to a server.`;
          })
        }
      >
        Copy link
      </button>
    </>
  );
}
