/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { Inspector } from '../../../../src/panels/inspector/Inspector';
import { renderInEditor } from '../harness';

describe('Inspector, several records selected', () => {
  it('given two teams and a handoff selected, then it states the teams, their people and the handoff, and updates when a headcount changes', () => {
    const ed = renderInEditor(<Inspector />);
    const people = (id: string) => ed.doc().teams.find((t) => t.id === id)!.headcount;
    act(() => ed.stores.ui.getState().select({ teams: ['eng', 'qa'], handoffs: ['e04'] }));
    const section = screen.getByRole('region', { name: 'Selection' });
    expect(section.textContent).toContain(`2 teams (${people('eng') + people('qa')} people) and 1 handoff selected`);

    act(() => void ed.registry.run('team.update', ed.stores, { id: 'qa', patch: { headcount: people('qa') + 5 } }));
    expect(section.textContent).toContain(`(${people('eng') + people('qa')} people)`);
  });
});
