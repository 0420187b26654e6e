import { useEffect, useMemo, useRef, useState } from 'react';
import { useDoc, useStores, useUi } from '../store/context';
import { shownSteps, stepTitle, storyOf, type StoryStep } from '../model/story';
import { StoryResults, stepView, type StepContext } from './stepView';
import { useRanges } from '../simulation/ranges/useRanges';
import { Slide, prefersReducedMotion } from './Slide';
import { openChannel, openPresenterWindow, type PresentMessage } from './channel';
import { showStepInEditor } from './editAtStep';
import { isTextEntry } from '../ui/useShortcuts';
import './present.css';

/** Keys a clicker or a keyboard sends to move on or back. */
const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter']);
const PREV_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);
/** How long typed digits wait for more digits before jumping (Enter jumps at once). */
const DIGIT_WAIT_MS = 900;

/**
 * The audience window's presentation: full screen, the editor hidden behind it, one story step at a
 * time. Keys: arrows, Space, PageUp/PageDown, Home/End, a number (and Enter) jumps, Esc leaves,
 * B blanks, L shows a laser dot, E edits live at this step (E again comes back), P opens the
 * presenter view, which follows through a BroadcastChannel.
 */
export default function Presentation() {
  const stores = useStores();
  const doc = useDoc((s) => s.doc);
  const scenarioId = useUi((s) => s.scenarioId);
  const presentation = useUi((s) => s.presentation);
  // The scenario chosen when the presentation began tells the default story; changing it while
  // editing live must not reshuffle the steps under the facilitator.
  const [storyScenario] = useState(scenarioId);
  const story = useMemo(() => storyOf(doc, storyScenario), [doc, storyScenario]);
  const steps = useMemo(() => shownSteps(doc, story), [doc, story]);
  const results = useMemo(() => new StoryResults(doc), [doc]);
  const [blank, setBlank] = useState(false);
  const [laser, setLaser] = useState(false);
  const [startedAt] = useState(() => Date.now());
  const dot = useRef<HTMLDivElement>(null);
  const editing = presentation?.editing ?? false;
  const at = Math.max(0, Math.min(presentation?.step ?? 0, steps.length - 1));
  const current = steps[at] as { step: StoryStep; index: number } | undefined;
  // The chosen scenario's ranges, sampled in workers (simulation.md §11); a ranges step reads them once
  // they arrive and says plainly that they are missing or still being sampled.
  const ranges = useRanges();
  const context = useMemo<StepContext>(
    () => ({
      ranges: (scenario, quarter) => (ranges.scenarioId === scenario ? (ranges.summaries?.[quarter] ?? null) : null),
      sampling: ranges.state === 'sampling' ? `${ranges.done} of ${ranges.total}` : null,
    }),
    [ranges],
  );
  const view = useMemo(() => (current ? stepView(doc, current.step, results, context) : null), [doc, current, results, context]);

  // Everything the key handler needs, read fresh on each key without re-binding it.
  const live = useRef({ at, steps, editing });
  live.current = { at, steps, editing };

  useEffect(() => {
    const ui = stores.ui;
    const go = (step: number) => {
      const n = live.current.steps.length;
      const p = ui.getState().presentation;
      if (p && n) ui.getState().setPresentation({ ...p, step: Math.max(0, Math.min(step, n - 1)) });
    };
    const leave = () => {
      ui.getState().setPresentation(null);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
    let digits = '';
    let digitTimer: ReturnType<typeof setTimeout> | undefined;
    const jump = () => {
      if (digits) go(Number(digits) - 1);
      digits = '';
      clearTimeout(digitTimer);
    };

    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const { at, editing } = live.current;
      if (editing) {
        // Editing live: the editor has the keyboard; only E (outside a text field) comes back.
        if ((e.key === 'e' || e.key === 'E') && !isTextEntry(e.target) && !(e.target instanceof Element && e.target.closest('dialog'))) {
          e.preventDefault();
          e.stopPropagation();
          const p = ui.getState().presentation;
          if (p) ui.getState().setPresentation({ ...p, editing: false });
        }
        return;
      }
      // The editor behind must not hear a key meant for the presentation.
      e.stopPropagation();
      const key = e.key;
      let handled = true;
      if (/^[0-9]$/.test(key)) {
        digits += key;
        clearTimeout(digitTimer);
        digitTimer = setTimeout(jump, DIGIT_WAIT_MS);
      } else if (key === 'Enter' && digits) jump();
      else if (NEXT_KEYS.has(key)) go(at + 1);
      else if (PREV_KEYS.has(key)) go(at - 1);
      else if (key === 'Home') go(0);
      else if (key === 'End') go(live.current.steps.length - 1);
      else if (key === 'Escape') leave();
      else if (key === 'b' || key === 'B' || key === '.') setBlank((b) => !b);
      else if (key === 'l' || key === 'L') setLaser((l) => !l);
      else if (key === 'p' || key === 'P') openPresenterWindow();
      else if (key === 'e' || key === 'E') {
        const step = live.current.steps[at]?.step;
        if (step) showStepInEditor(stores, step);
        const p = ui.getState().presentation;
        if (p) ui.getState().setPresentation({ ...p, editing: true });
      } else handled = false;
      if (handled) e.preventDefault();
    };
    // Leaving full screen (the browser's own Esc) ends the presentation too.
    let wasFull = !!document.fullscreenElement;
    const onFullscreen = () => {
      const full = !!document.fullscreenElement;
      if (wasFull && !full && !live.current.editing) ui.getState().setPresentation(null);
      wasFull = full;
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      clearTimeout(digitTimer);
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [stores]);

  // The presenter window: told where we are on every change, and allowed to move us.
  const channel = useRef<ReturnType<typeof openChannel>>(null);
  const state = useMemo<PresentMessage>(
    () => ({
      type: 'state',
      index: at,
      steps: steps.map(({ step }) => ({ title: stepTitle(doc, step), notes: step.notes ?? '' })),
      startedAt,
      blank,
      editing,
    }),
    [at, steps, doc, startedAt, blank, editing],
  );
  const latest = useRef(state);
  latest.current = state;
  useEffect(() => {
    const c = openChannel((m) => {
      if (m.type === 'hello') c?.post(latest.current);
      else if (m.type === 'go') {
        const p = stores.ui.getState().presentation;
        if (p) stores.ui.getState().setPresentation({ ...p, step: Math.max(0, Math.min(m.index, live.current.steps.length - 1)) });
      }
    });
    channel.current = c;
    return () => {
      c?.post({ type: 'ended' });
      c?.close();
      channel.current = null;
    };
  }, [stores]);
  useEffect(() => channel.current?.post(state), [state]);

  const onPointerMove = (e: React.PointerEvent) => {
    if (dot.current) dot.current.style.transform = `translate(${e.clientX}px, ${e.clientY}px)`;
  };

  if (editing) {
    return (
      <button type="button" className="pr-return" onClick={() => presentation && stores.ui.getState().setPresentation({ ...presentation, editing: false })}>
        Back to the presentation (E)
      </button>
    );
  }
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a click anywhere is the mouse's way to the next step; the keyboard has arrows and Space (handled for the whole window)
    <section
      className={`presentation${laser ? ' has-laser' : ''}${prefersReducedMotion() ? ' reduced-motion' : ''}`}
      aria-roledescription="presentation"
      aria-label={view ? `Step ${at + 1} of ${steps.length}: ${view.title}` : 'Presentation'}
      data-testid="presentation"
      data-step={at + 1}
      data-kind={view?.kind}
      onPointerMove={laser ? onPointerMove : undefined}
      onClick={(e) => {
        if (e.button === 0 && !laser) stores.ui.getState().setPresentation({ step: Math.min(at + 1, steps.length - 1), editing: false });
      }}
    >
      <div className="pr-stage">
        {view ? (
          <div className="pr-step" key={current!.step.kind === 'quarter' ? `quarter-${current!.step.scenario}` : `step-${at}`}>
            <Slide view={view} />
          </div>
        ) : (
          <p className="pr-lead">This model has nothing to present yet.</p>
        )}
        <footer className="pr-footer">
          <span className="pr-footer-title">{doc.title}</span>
          <span className="pr-footer-count" data-testid="presentation-count">
            {at + 1} / {steps.length}
          </span>
        </footer>
      </div>
      {laser && <div ref={dot} className="pr-laser" aria-hidden="true" />}
      {blank && <div className="pr-blank" data-testid="presentation-blank" role="img" aria-label="Screen blanked (B to show)" />}
    </section>
  );
}
