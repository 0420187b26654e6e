import type { ReactNode } from 'react';
import { useUi, useDoc } from '../../store/context';
import { TeamInspector } from './TeamInspector';
import { HandoffInspector } from './HandoffInspector';
import { DocumentInspector } from './DocumentInspector';
import { headcountOf } from '../../model/headcount';
import { counted, formatPeople } from '../../readout/format';
import './inspector.css';

/**
 * The inspector: the selected team or handoff, or with nothing selected the model itself. Each
 * record's fields are keyed by its id, so a half-typed value never leaks into another record.
 */
export function Inspector() {
  const teams = useUi((s) => s.selection.teams);
  const handoffs = useUi((s) => s.selection.handoffs);
  const headcount = useDoc((s) => headcountOf(s.doc, teams));

  let body: ReactNode;
  if (teams.length === 1 && handoffs.length === 0) body = <TeamInspector key={teams[0]} teamId={teams[0]} />;
  else if (handoffs.length === 1 && teams.length === 0) body = <HandoffInspector key={handoffs[0]} handoffId={handoffs[0]} />;
  else if (teams.length || handoffs.length) {
    body = (
      <section className="ff-inspector-section" aria-label="Selection">
        <h2>Selection</h2>
        <p>
          {counted(teams.length, 'team')} ({formatPeople(headcount)}) and {counted(handoffs.length, 'handoff')} selected. Select one to edit it.
        </p>
      </section>
    );
  } else body = <DocumentInspector />;

  return (
    <aside className="ff-inspector" aria-label="Inspector">
      {body}
    </aside>
  );
}
