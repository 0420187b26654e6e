import { useEffect, useRef, useState } from 'react';
import { openChannel, type PresentMessage } from './channel';
import './presenter.css';

type State = Extract<PresentMessage, { type: 'state' }>;

function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(s / 3600) ? `${Math.floor(s / 3600)}:` : ''}${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}

/**
 * The presenter's window: this step's notes, the next step, the time since the presentation began.
 * It follows the audience window through a BroadcastChannel and moves it with the same keys.
 */
export function PresenterView() {
  const [state, setState] = useState<State | null>(null);
  const [ended, setEnded] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const channel = useRef<ReturnType<typeof openChannel>>(null);
  const latest = useRef(state);
  latest.current = state;

  useEffect(() => {
    const c = openChannel((m) => {
      if (m.type === 'state') {
        setState(m);
        setEnded(false);
      } else if (m.type === 'ended') setEnded(true);
    });
    channel.current = c;
    c?.post({ type: 'hello' });
    const timer = setInterval(() => setNow(Date.now()), 1000);
    const go = (delta: number | 'first' | 'last') => {
      const s = latest.current;
      if (!s) return;
      const index = delta === 'first' ? 0 : delta === 'last' ? s.steps.length - 1 : s.index + delta;
      c?.post({ type: 'go', index: Math.max(0, Math.min(index, s.steps.length - 1)) });
    };
    const onKey = (e: KeyboardEvent) => {
      const moves: Record<string, number | 'first' | 'last'> = {
        ArrowRight: 1, ArrowDown: 1, PageDown: 1, ' ': 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1, Home: 'first', End: 'last',
      };
      const move = moves[e.key];
      if (move === undefined) return;
      e.preventDefault();
      go(move);
    };
    window.addEventListener('keydown', onKey);
    document.title = 'Fivefold: presenter view';
    return () => {
      clearInterval(timer);
      window.removeEventListener('keydown', onKey);
      c?.close();
    };
  }, []);

  const move = (index: number) => channel.current?.post({ type: 'go', index });
  if (!state || ended) {
    return (
      <main className="presenter presenter-waiting">
        <h1>Presenter view</h1>
        <p>{ended ? 'The presentation has ended.' : 'Waiting for the presentation: press F5 in the Fivefold window.'}</p>
      </main>
    );
  }
  const current = state.steps[state.index];
  const next = state.steps[state.index + 1];
  return (
    <main className="presenter" data-testid="presenter">
      <header className="presenter-top">
        <span className="presenter-count" data-testid="presenter-count">
          Step {state.index + 1} of {state.steps.length}
        </span>
        <span className="presenter-clock" data-testid="presenter-elapsed" role="timer" aria-label="Elapsed time">
          {clock(now - state.startedAt)}
        </span>
        {state.blank && <span className="presenter-flag">Screen blanked</span>}
        {state.editing && <span className="presenter-flag">Editing live</span>}
      </header>
      <section className="presenter-current" aria-label="This step">
        <h1 data-testid="presenter-current">{current?.title}</h1>
        <div className="presenter-notes" data-testid="presenter-notes">
          {current?.notes ? current.notes : <span className="presenter-muted">No notes for this step.</span>}
        </div>
      </section>
      <section className="presenter-next" aria-label="Next step">
        <h2>Next</h2>
        <p data-testid="presenter-next">{next ? next.title : 'The end'}</p>
      </section>
      <nav className="presenter-nav" aria-label="Move the presentation">
        <button type="button" onClick={() => move(state.index - 1)} disabled={state.index === 0}>
          ← Back
        </button>
        <button type="button" onClick={() => move(state.index + 1)} disabled={!next}>
          Next →
        </button>
      </nav>
    </main>
  );
}
