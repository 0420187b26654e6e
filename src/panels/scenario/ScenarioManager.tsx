import { useId, useState } from 'react';
import type { Scenario } from '../../model';
import { PRESETS, type PresetId } from '../../commands/scenarioCommands';
import { useCommand } from '../../ui/registry';

/** Presets, and adding, duplicating, renaming and deleting scenarios, each through a named command. */
export function ScenarioManager({ scenario }: { scenario: Scenario }) {
  const { run, can } = useCommand();
  const presetId = useId();
  const nameId = useId();
  const [preset, setPreset] = useState<PresetId>('evidence-top');
  const [name, setName] = useState<string | null>(null);
  const draft = name ?? scenario.name;
  const canRename = draft.trim() !== scenario.name && can('scenario.rename', { scenario: scenario.id, name: draft });

  return (
    <div className="ff-manage">
      <div className="ff-row">
        <label htmlFor={presetId}>Reset to preset</label>
        <select id={presetId} value={preset} onChange={(e) => setPreset(e.target.value as PresetId)}>
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => run('scenario.applyPreset', { scenario: scenario.id, preset })}>
          Reset {scenario.name}
        </button>
      </div>
      <form
        className="ff-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (canRename && run('scenario.rename', { scenario: scenario.id, name: draft })) setName(null);
        }}
      >
        <label htmlFor={nameId}>Scenario name</label>
        <input id={nameId} value={draft} maxLength={120} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setName(null)} />
        <button type="submit" disabled={!canRename}>
          Rename
        </button>
      </form>
      <div className="ff-row">
        <button type="button" onClick={() => run('scenario.add')}>
          Add scenario
        </button>
        <button type="button" onClick={() => run('scenario.duplicate', { scenario: scenario.id })}>
          Duplicate
        </button>
        <button
          type="button"
          onClick={() => run('scenario.delete', { scenario: scenario.id })}
          disabled={!can('scenario.delete', { scenario: scenario.id })}
          title={can('scenario.delete', { scenario: scenario.id }) ? undefined : 'A model keeps at least one scenario'}
        >
          Delete {scenario.name}
        </button>
      </div>
    </div>
  );
}
