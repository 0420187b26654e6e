import { lazy, Suspense, useEffect } from 'react';
import { useStores, useUi } from '../../store/context';
import { useFocusRequests } from './focusRequests';
import './explain.css';

// The explanation answers a question (a team clicked in After, "Why …?"): its code loads then.
const ExplainCard = lazy(() => import('./ExplainCard').then((m) => ({ default: m.ExplainCard })));

/**
 * Why a team has the people it has (ExplainCard), shown for the UI store's `explainTeam`; in After,
 * selecting one team on the canvas explains it. Also serves links to a field (focus requests).
 */
export function ExplainPanel() {
  useFocusRequests();
  const ui = useStores().ui;
  const selected = useUi((s) => (s.selection.teams.length === 1 && s.selection.handoffs.length === 0 ? s.selection.teams[0] : null));
  const after = useUi((s) => s.overlay === 'after');
  const explaining = useUi((s) => s.explainTeam !== null);

  // In After, a click on a team is a question about its numbers: follow it. In Before the person is
  // editing, and a panel popping up over the canvas would be in the way (the bar offers "Why …?").
  useEffect(() => {
    if (selected && after) ui.getState().explain(selected);
  }, [selected, after, ui]);

  if (!explaining) return null;
  return (
    <Suspense
      fallback={
        <aside className="floating-card ff-explain" aria-busy="true" aria-label="Loading the explanation">
          <p>Loading the explanation…</p>
        </aside>
      }
    >
      <ExplainCard />
    </Suspense>
  );
}
