import { useId, useState } from 'react';
import { useDoc } from '../../store/context';
import { useCommand } from '../../ui/registry';

/**
 * Connects the team to another without a pointer: choose the receiving team, then Add handoff.
 * The canvas refuses the same things a drag would (itself, a loop of work), in the status line.
 */
export function ConnectHandoff({ teamId }: { teamId: string }) {
  const teams = useDoc((s) => s.doc.teams);
  const { run, stores } = useCommand();
  const id = useId();
  const others = teams.filter((t) => t.id !== teamId);
  const [to, setTo] = useState('');
  const target = others.some((t) => t.id === to) ? to : (others[0]?.id ?? '');
  if (!others.length) return null;
  // The button goes away with the team's inspector: the cursor follows to the new handoff's artifact.
  const addHandoff = () => {
    const before = stores.document.getState().doc.handoffs.length;
    run('handoff.add', { from: teamId, to: target });
    const { handoffs } = stores.document.getState().doc;
    if (handoffs.length > before) stores.ui.getState().requestFocus(`handoffs[${handoffs.length - 1}].artifact`);
  };
  return (
    <fieldset className="ff-connect">
      <legend>Hand work to another team</legend>
      <div className="ff-field">
        <label htmlFor={id}>Receiving team</label>
        <select id={id} value={target} onChange={(e) => setTo(e.target.value)}>
          {others.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name} ({t.id})
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="ff-button" onClick={() => addHandoff()}>
        Add handoff
      </button>
    </fieldset>
  );
}
