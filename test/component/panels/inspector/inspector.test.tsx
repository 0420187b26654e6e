/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Inspector } from '../../../../src/panels/inspector/Inspector';
import { MIX_KINDS } from '../../../../src/model';
import { renderInEditor } from '../harness';

const MIX_LABEL_ROUTINE = 'Routine execution';

const errorOf = (input: HTMLElement) => {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
};

function selectTeam(ed: ReturnType<typeof renderInEditor>, id: string) {
  act(() => ed.stores.ui.getState().select({ teams: [id] }));
}

describe('Inspector, team', () => {
  it('given QA selected, when a valid headcount is typed and Enter pressed, then it is applied as one labelled step', async () => {
    const ed = renderInEditor(<Inspector />);
    selectTeam(ed, 'qa');
    const field = screen.getByLabelText('Headcount');
    await userEvent.clear(field);
    await userEvent.type(field, '4{Enter}');
    expect(ed.doc().teams.find((t) => t.id === 'qa')!.headcount).toBe(4);
    expect(ed.past()).toHaveLength(1);
    expect(ed.past()[0].label).toMatch(/headcount/);
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('given an invalid headcount, then it is explained next to the field, marked invalid, and never applied', async () => {
    const ed = renderInEditor(<Inspector />);
    selectTeam(ed, 'qa');
    const before = ed.doc();
    const field = screen.getByLabelText('Headcount');
    await userEvent.clear(field);
    await userEvent.type(field, '1.5');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(field)).toMatch(/whole number/);
    await userEvent.tab(); // blur commits, or here refuses
    expect(ed.doc()).toBe(before);
    expect(ed.past()).toHaveLength(0);
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('given a minimum accountable of 2, when the headcount drops below it, then the cross-field rule is explained and nothing applied', async () => {
    const ed = renderInEditor(<Inspector />);
    selectTeam(ed, 'eng');
    await userEvent.type(screen.getByLabelText('Minimum accountable people'), '2{Enter}');
    expect(ed.doc().teams.find((t) => t.id === 'eng')!.minAccountable).toBe(2);
    const field = screen.getByLabelText('Headcount');
    await userEvent.clear(field);
    await userEvent.type(field, '1{Enter}');
    expect(errorOf(field)).toMatch(/minAccountable/);
    expect(ed.doc().teams.find((t) => t.id === 'eng')!.headcount).toBe(3);
  });

  it('given a new routine share, then the other three rescale in proportion and the mix still adds up to 1', async () => {
    const ed = renderInEditor(<Inspector />);
    selectTeam(ed, 'eng');
    const before = ed.doc().teams.find((t) => t.id === 'eng')!.mix;
    const field = screen.getByLabelText('Routine execution');
    await userEvent.clear(field);
    await userEvent.type(field, '0.6{Enter}');
    const mix = ed.doc().teams.find((t) => t.id === 'eng')!.mix;
    expect(mix.routine).toBe(0.6);
    expect(MIX_KINDS.reduce((s, k) => s + mix[k], 0)).toBeCloseTo(1, 6);
    // Proportions among the others are kept: create/decide as before.
    expect(mix.create / mix.decide).toBeCloseTo(before.create / before.decide, 2);
    expect(ed.past()).toHaveLength(1);
  });

  it('given a share above 1, then the schema message is shown and the mix is unchanged', async () => {
    const ed = renderInEditor(<Inspector />);
    selectTeam(ed, 'eng');
    const before = ed.doc();
    const field = screen.getByLabelText('Deciding direction');
    await userEvent.clear(field);
    await userEvent.type(field, '1.2{Enter}');
    expect(errorOf(field)).toMatch(/at most 1/);
    expect(ed.doc()).toBe(before);
  });

  it('edits roles one per line and notes, each as its own step; Escape reverts a draft', async () => {
    const ed = renderInEditor(<Inspector />);
    selectTeam(ed, 'qa');
    const roles = screen.getByLabelText('Roles (one per line)');
    await userEvent.clear(roles);
    await userEvent.type(roles, 'Tester{Enter}Automation engineer');
    await userEvent.tab();
    expect(ed.doc().teams.find((t) => t.id === 'qa')!.roles).toEqual(['Tester', 'Automation engineer']);
    const name = screen.getByLabelText('Name');
    await userEvent.type(name, ' team{Escape}');
    expect((name as HTMLInputElement).value).toBe('QA');
    await userEvent.type(screen.getByLabelText('Notes'), 'Shared with payments');
    await userEvent.tab();
    expect(ed.doc().teams.find((t) => t.id === 'qa')!.notes).toBe('Shared with payments');
    expect(ed.past()).toHaveLength(2);
  });

  it('given a layer choice, then the team moves to that layer as one step', async () => {
    const ed = renderInEditor(<Inspector />);
    selectTeam(ed, 'qa');
    await userEvent.selectOptions(screen.getByLabelText('Layer'), 'control');
    expect(ed.doc().teams.find((t) => t.id === 'qa')!.layer).toBe('control');
    expect(ed.past()).toHaveLength(1);
  });

  it('given a free id, when it is entered, then the team and its handoffs take it in one undo step', async () => {
    const ed = renderInEditor(<Inspector />);
    selectTeam(ed, 'qa');
    const touching = ed.doc().handoffs.filter((h) => h.from === 'qa' || h.to === 'qa').length;
    const id = screen.getByLabelText('Id');
    await userEvent.clear(id);
    await userEvent.type(id, 'quality{Enter}');
    expect(errorOf(id)).toBe('');
    expect(ed.doc().teams.some((t) => t.id === 'quality')).toBe(true);
    expect(ed.doc().handoffs.filter((h) => h.from === 'quality' || h.to === 'quality')).toHaveLength(touching);
    expect(touching).toBeGreaterThan(0);
    expect(ed.past()).toHaveLength(1);
  });

  it('given an id taken by another team, then it is refused with a reason', async () => {
    const ed = renderInEditor(<Inspector />);
    selectTeam(ed, 'qa');
    const id = screen.getByLabelText('Id');
    await userEvent.clear(id);
    await userEvent.type(id, 'eng{Enter}');
    expect(errorOf(id)).toMatch(/another team already has the id "eng"/);
    expect(ed.doc().teams.filter((t) => t.id === 'eng')).toHaveLength(1);
  });
});

describe('Inspector, handoff', () => {
  it('given a handoff selected, when its target becomes its source, then the refusal is explained and nothing changes', async () => {
    const ed = renderInEditor(<Inspector />);
    act(() => ed.stores.ui.getState().select({ handoffs: ['e04'] }));
    const before = ed.doc();
    const to = screen.getByLabelText('To team');
    await userEvent.selectOptions(to, 'prod');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(to)).toMatch(/itself/);
    expect(ed.doc()).toBe(before);
  });

  it('given a target that closes a work cycle, then the cycle is named', async () => {
    const ed = renderInEditor(<Inspector />);
    act(() => ed.stores.ui.getState().select({ handoffs: ['e11'] })); // growth → care
    await userEvent.selectOptions(screen.getByLabelText('To team'), 'strat');
    expect(errorOf(screen.getByLabelText('To team'))).toMatch(/cycle/);
  });

  it('edits artifact, wait, %C&A and kind', async () => {
    const ed = renderInEditor(<Inspector />);
    act(() => ed.stores.ui.getState().select({ handoffs: ['e04'] }));
    const wait = screen.getByLabelText('Wait (days)');
    await userEvent.clear(wait);
    await userEvent.type(wait, '3{Enter}');
    const ca = screen.getByLabelText('Complete and accurate (%C&A)');
    await userEvent.clear(ca);
    await userEvent.type(ca, '0{Enter}');
    expect(errorOf(ca)).toMatch(/more than 0/);
    await userEvent.clear(ca);
    await userEvent.type(ca, '0.7{Enter}');
    await userEvent.selectOptions(screen.getByLabelText('Kind'), 'feedback');
    await userEvent.type(screen.getByLabelText('Artifact'), ' v2{Enter}');
    expect(ed.doc().handoffs.find((h) => h.id === 'e04')).toMatchObject({ waitDays: 3, ca: 0.7, kind: 'feedback', artifact: 'PRD: save flow, pause, offers v2' });
    expect(ed.past()).toHaveLength(4);
  });
});

describe('Inspector, nothing selected', () => {
  it('edits title, currency, initiative and assumptions, refusing invalid values', async () => {
    const ed = renderInEditor(<Inspector />);
    const title = screen.getByLabelText('Title');
    await userEvent.clear(title);
    await userEvent.tab();
    expect(errorOf(title)).toMatch(/must not be empty/);
    await userEvent.type(title, 'Churn model{Enter}');
    expect(ed.doc().title).toBe('Churn model');
    const currency = screen.getByLabelText('Currency');
    await userEvent.clear(currency);
    await userEvent.type(currency, 'eur{Enter}');
    expect(errorOf(currency)).toMatch(/three capital letters/);
    expect(ed.doc().currency).toBe('USD');
    const target = screen.getByLabelText('Target');
    await userEvent.clear(target);
    await userEvent.type(target, '3{Enter}');
    expect(ed.doc().initiative.target).toBe(3);
    const f0 = screen.getByLabelText('Organisation-wide coordination tax');
    await userEvent.clear(f0);
    await userEvent.type(f0, '0.9{Enter}');
    expect(errorOf(f0)).toMatch(/fMax/);
    expect(ed.doc().assumptions.f0).toBe(0.25);
  });

  it('labels each undo step with the field and the record it changed', async () => {
    const ed = renderInEditor(<Inspector />);
    const section = screen.getByText('Scenario: Cautious').closest('details')!;
    await userEvent.click(within(section).getByText('Scenario: Cautious'));
    await userEvent.clear(within(section).getByLabelText('Cap, routine work'));
    await userEvent.type(within(section).getByLabelText('Cap, routine work'), '1{Enter}');
    selectTeam(ed, 'qa');
    const qa = ed.doc().teams.find((t) => t.id === 'qa')!.name;
    await userEvent.clear(screen.getByLabelText('Cost per FTE (yearly)'));
    await userEvent.type(screen.getByLabelText('Cost per FTE (yearly)'), '90000{Enter}');
    await userEvent.clear(screen.getByLabelText(MIX_LABEL_ROUTINE));
    await userEvent.type(screen.getByLabelText(MIX_LABEL_ROUTINE), '0.5{Enter}');
    act(() => ed.stores.ui.getState().select({ handoffs: ['e04'] }));
    await userEvent.clear(screen.getByLabelText('Wait (days)'));
    await userEvent.type(screen.getByLabelText('Wait (days)'), '3{Enter}');
    expect(ed.past().map((e) => e.label)).toEqual([
      'Change cap (routine) of Cautious',
      `Change cost per FTE of ${qa}`,
      `Change work mix of ${qa}`,
      'Change waitDays of handoff e04',
    ]);
  });

  it("edits a scenario's fields, refusing a cap below its potential", async () => {
    const ed = renderInEditor(<Inspector />);
    const section = screen.getByText('Scenario: Cautious').closest('details')!;
    await userEvent.click(within(section).getByText('Scenario: Cautious'));
    const adoption = within(section).getByLabelText('Adoption per quarter');
    await userEvent.clear(adoption);
    await userEvent.type(adoption, '0.2, 0.4{Enter}');
    expect(ed.doc().scenarios[0].adoption).toEqual([0.2, 0.4]);
    const cap = within(section).getByLabelText('Cap, routine work');
    await userEvent.clear(cap);
    await userEvent.type(cap, '0.1{Enter}');
    expect(errorOf(cap)).toMatch(/potential/);
    expect(ed.doc().scenarios[0].cap.routine).toBe(0.95);
    await userEvent.click(within(section).getByLabelText('Control teams never shrink'));
    expect(ed.doc().scenarios[0].controlNoShrink).toBe(false);
  });

  it('gives every input an accessible name', () => {
    renderInEditor(<Inspector />);
    const controls = document.querySelectorAll<HTMLInputElement>('input, textarea, select');
    expect(controls.length).toBeGreaterThan(20);
    for (const el of controls) expect(el.labels?.[0]?.textContent?.trim() || el.getAttribute('aria-label')).toBeTruthy();
  });
});

describe('Inspector, connecting without a pointer', () => {
  it('given QA selected, when a receiving team is chosen and Add handoff pressed, then a work handoff QA → it is added and selected; undo removes it', async () => {
    const ed = renderInEditor(<Inspector />);
    selectTeam(ed, 'qa');
    const before = ed.doc().handoffs.length;
    await userEvent.selectOptions(screen.getByLabelText('Receiving team'), 'revops');
    await userEvent.click(screen.getByRole('button', { name: 'Add handoff' }));
    const added = ed.doc().handoffs.at(-1)!;
    expect(ed.doc().handoffs).toHaveLength(before + 1);
    expect(added).toMatchObject({ from: 'qa', to: 'revops', kind: 'work' });
    expect(ed.stores.ui.getState().selection.handoffs).toEqual([added.id]);
    act(() => void ed.registry.run('history.undo', ed.stores));
    expect(ed.doc().handoffs).toHaveLength(before);
  });

  it('given a receiving team that would close a work loop, then nothing is added and the reason is noted', async () => {
    const ed = renderInEditor(<Inspector />);
    selectTeam(ed, 'care');
    const before = ed.doc();
    await userEvent.selectOptions(screen.getByLabelText('Receiving team'), 'strat');
    await userEvent.click(screen.getByRole('button', { name: 'Add handoff' }));
    expect(ed.doc()).toBe(before);
    expect(ed.stores.ui.getState().notice?.text).toBeTruthy();
  });
});
