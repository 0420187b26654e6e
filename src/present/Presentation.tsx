import { useEffect, useMemo, useRef, useState } from 'react';
import { useDoc, useStores, useUi } from '../store/context';
import { useRegistry } from '../ui/registry';
import { keyLabel, withKey } from '../commands/keyLabel';
import { shownSteps, stepTitle, storyOf, type StoryStep } from '../model/story';
import { StoryResults, stepView, type StepContext } from './stepView';
import { useRanges } from '../simulation/ranges/useRanges';
import { Slide, prefersReducedMotion } from './Slide';
import { openChannel, type PresentMessage } from './channel';
import { isTextEntry } from '../ui/useShortcuts';
import './present.css';

/** How long typed digits wait for more digits before going there (Enter goes at once). */
const DIGIT_WAIT_MS = 900;

/**
 * The audience window's presentation: full screen, the editor hidden behind it, one story step at a
 * time. Its keys are the registry's `present` commands (presentCommands.ts), heard here before the
 * editor's; the presenter view follows through a BroadcastChannel.
 */
export default function Presentation() {
  const stores = useStores();
  const registry = useRegistry();
  const doc = useDoc((s) => s.doc);
  const presentation = useUi((s) => s.presentation);
  const storyScenario = presentation?.scenario ?? null;
  const story = useMemo(() => storyOf(doc, storyScenario), [doc, storyScenario]);
  const steps = useMemo(() => shownSteps(doc, story), [doc, story]);
  const results = useMemo(() => new StoryResults(doc), [doc]);
  const blank = presentation?.blank ?? false;
  const laser = presentation?.laser ?? false;
  const typed = presentation?.typed ?? '';
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

  // Whether the facilitator is editing live, read fresh on each key without re-binding the handler.
  const live = useRef({ editing });
  live.current = { editing };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const command = registry.forEvent(e, 'present');
      if (live.current.editing) {
        // Editing live: the editor has the keyboard; only the key back (outside a text field or dialog) is ours.
        if (command?.id === 'present.edit' && !isTextEntry(e.target) && !(e.target instanceof Element && e.target.closest('dialog'))) {
          e.preventDefault();
          e.stopPropagation();
          registry.run('present.edit', stores);
        }
        return;
      }
      // The editor behind must not hear a key meant for the presentation.
      e.stopPropagation();
      if (command && registry.run(command.id, stores, command.keyArgs?.(e))) e.preventDefault();
    };
    // Leaving full screen (the browser's own Esc) ends the presentation too.
    let wasFull = !!document.fullscreenElement;
    const onFullscreen = () => {
      const full = !!document.fullscreenElement;
      if (wasFull && !full && !live.current.editing) registry.run('present.leave', stores);
      wasFull = full;
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [registry, stores]);

  // A pause after typed digits is the Enter that goes to that step.
  useEffect(() => {
    if (!typed) return;
    const timer = setTimeout(() => registry.run('present.next', stores), DIGIT_WAIT_MS);
    return () => clearTimeout(timer);
  }, [typed, registry, stores]);

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
      else if (m.type === 'go') registry.run('present.goTo', stores, { step: m.index });
    });
    channel.current = c;
    return () => {
      c?.post({ type: 'ended' });
      c?.close();
      channel.current = null;
    };
  }, [registry, stores]);
  useEffect(() => channel.current?.post(state), [state]);

  const blankKey = registry.get('present.blank')?.shortcuts?.[0];
  const onPointerMove = (e: React.PointerEvent) => {
    if (dot.current) dot.current.style.transform = `translate(${e.clientX}px, ${e.clientY}px)`;
  };

  if (editing) {
    return (
      <button type="button" className="pr-return" onClick={() => registry.run('present.edit', stores)}>
        {withKey(registry, 'present.edit', 'Back to the presentation')}
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
        if (e.button === 0 && !laser) registry.run('present.goTo', stores, { step: at + 1 });
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
      {blank && <div className="pr-blank" data-testid="presentation-blank" role="img" aria-label={blankKey ? `Screen blanked (${keyLabel(blankKey)} to show)` : 'Screen blanked'} />}
    </section>
  );
}
