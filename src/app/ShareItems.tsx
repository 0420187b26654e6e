import { useMemo, useState } from 'react';
import { useDoc, useStores, useUi } from '../store/context';
import { copyPng, downloadImage, type ImageRequest } from '../io/imageExport';
import { shareLink } from '../io/shareLink';
import { shownSteps, stepTitle, storyOf } from '../model/story';
import { stepPicture } from '../render/stepFrame';
import { formatNumber } from '../readout/format';

type Picture = Pick<ImageRequest, 'format' | 'scale' | 'size'> & { label: string; testId: string };

const PICTURES: Picture[] = [
  { label: 'PNG image', format: 'png', scale: 1, testId: 'export-png' },
  { label: 'PNG image, 2× for print', format: 'png', scale: 2, testId: 'export-png-2x' },
  { label: 'PNG slide, 1920 × 1080', format: 'png', size: { width: 1920, height: 1080 }, testId: 'export-png-slide' },
  { label: 'SVG image', format: 'svg', testId: 'export-svg' },
];

type Subject = 'before' | 'after' | 'step';

/**
 * The Share menu's items (loaded with the menu): which picture — Before, After (the canvas's choice
 * to start with) or a story step — the downloads, the clipboard, and the link.
 */
export default function ShareItems({ onDone }: { onDone(): void }) {
  const stores = useStores();
  const shown = useUi((s) => s.overlay);
  const scenarioId = useUi((s) => s.scenarioId);
  const model = useDoc((s) => s.doc);
  const steps = useMemo(() => shownSteps(model, storyOf(model, scenarioId)), [model, scenarioId]);
  const [subject, setSubject] = useState<Subject>(shown);
  const [stepAt, setStepAt] = useState(0);
  const notify = stores.ui.getState().notify;
  const request = (): Omit<ImageRequest, 'format'> => {
    const ui = stores.ui.getState();
    const step = steps[stepAt]?.step;
    if (subject === 'step' && step) return stepPicture(doc(), step);
    return { overlay: subject === 'step' ? 'before' : subject, scenarioId: ui.scenarioId, quarter: ui.quarter };
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
      <fieldset className="menu-choice" aria-labelledby="share-picture-of">
        {(['before', 'after', 'step'] as const).map((o) => (
          <button key={o} type="button" role="menuitemradio" aria-checked={subject === o} onClick={() => setSubject(o)} data-testid={`export-overlay-${o}`}>
            {o === 'before' ? 'Before' : o === 'after' ? 'After' : 'Story step'}
          </button>
        ))}
      </fieldset>
      {subject === 'step' ? (
        <label className="menu-step">
          Step{' '}
          <select value={stepAt} onChange={(e) => setStepAt(Number(e.target.value))} data-testid="export-step">
            {steps.map(({ step }, i) => (
              <option key={i} value={i}>
                {i + 1}. {stepTitle(model, step)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
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
            return `Link copied (${formatNumber(link.url.length, 0)} characters). Whoever opens it sees this model, read-only; nothing is sent to a server.`;
          })
        }
      >
        Copy link
      </button>
    </>
  );
}
