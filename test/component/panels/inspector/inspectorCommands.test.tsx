/** @vitest-environment jsdom */
/**
 * The model's title and initiative fields: each value is checked by a dry run of the command the
 * field commits (`title.update`, `initiative.update`), so an invalid value is explained with the
 * schema's own message and never applied, and a valid one is one labelled undo step.
 */
import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DocumentShapeSchema, InitiativeSchema } from '../../../../src/model';
import { DocumentInspector } from '../../../../src/panels/inspector/DocumentInspector';
import { CommandRegistry, createRegistry, type Command } from '../../../../src/commands';
import { RegistryProvider } from '../../../../src/ui/registry';
import { createStores, StoresProvider } from '../../../../src/store/context';
import { undoLabel } from '../../../../src/store/documentStore';
import { example as exampleDoc } from '../../../support/examples';
import { renderInEditor } from '../harness';

/** The texts the field's aria-describedby points at: its refusal (and hint, if any). */
const describedText = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby')?.split(' ') ?? []).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');

/** The schema's own message for a value of one field. */
function schemaMessage(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }, value: unknown): string {
  const r = schema.safeParse(value);
  if (r.success) throw new Error('the value was meant to be invalid');
  return r.error!.issues[0].message;
}

async function typeInto(field: HTMLElement, text: string) {
  await userEvent.clear(field);
  await userEvent.type(field, text);
}

describe('Title field (title.update)', () => {
  it('given a title longer than the schema allows, then the schema message is shown next to it and the title is never applied', async () => {
    const ed = renderInEditor(<DocumentInspector />);
    const before = ed.doc();
    const tooLong = 'x'.repeat(201);
    const title = screen.getByLabelText('Title');
    await userEvent.clear(title);
    await userEvent.paste(tooLong);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(title)).toContain(`Title ${schemaMessage(DocumentShapeSchema.shape.title, tooLong)}`);
    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    expect(ed.doc()).toBe(before);
    expect(ed.past()).toHaveLength(0);
  });

  it('given an empty title, then it is refused with the schema message and the model keeps its title', async () => {
    const ed = renderInEditor(<DocumentInspector />);
    const before = ed.doc();
    const title = screen.getByLabelText('Title');
    await userEvent.clear(title);
    await userEvent.keyboard('{Enter}');
    expect(describedText(title)).toContain(`Title ${schemaMessage(DocumentShapeSchema.shape.title, '')}`);
    expect(ed.doc()).toBe(before);
  });

  it('given a valid title and Enter, then it is applied as one labelled undo step that undo and redo walk', async () => {
    const ed = renderInEditor(<DocumentInspector />);
    const old = ed.doc().title;
    const title = screen.getByLabelText('Title');
    await typeInto(title, 'Churn, take two{Enter}');
    expect(ed.doc().title).toBe('Churn, take two');
    expect(ed.past()).toHaveLength(1);
    expect(undoLabel(ed.stores.document.getState())).toBeTruthy();
    expect(title.getAttribute('aria-invalid')).toBeNull();
    act(() => void ed.registry.run('history.undo', ed.stores));
    expect(ed.doc().title).toBe(old);
    act(() => void ed.registry.run('history.redo', ed.stores));
    expect(ed.doc().title).toBe('Churn, take two');
  });
});

describe('Initiative fields (initiative.update)', () => {
  it('given a window of 0 days, then the schema message is shown next to it and it is never applied', async () => {
    const ed = renderInEditor(<DocumentInspector />);
    const before = ed.doc();
    const window = screen.getByLabelText('Window (working days)');
    await typeInto(window, '0');
    expect(window.getAttribute('aria-invalid')).toBe('true');
    await userEvent.keyboard('{Enter}');
    expect(describedText(window)).toContain(`Window (working days) ${schemaMessage(InitiativeSchema.shape.windowDays, 0)}`);
    expect(ed.doc()).toBe(before);
    expect(ed.past()).toHaveLength(0);
  });

  it('given a negative measurement lag, then it is refused with the schema message', async () => {
    const ed = renderInEditor(<DocumentInspector />);
    const before = ed.doc();
    const lag = screen.getByLabelText('Measurement lag (days)');
    await typeInto(lag, '-2{Enter}');
    expect(describedText(lag)).toContain(schemaMessage(InitiativeSchema.shape.measurementLagDays, -2));
    expect(ed.doc()).toBe(before);
  });

  it('given a valid target, then only the target changes, as one undo step labelled with the field', async () => {
    const ed = renderInEditor(<DocumentInspector />);
    const before = ed.doc().initiative;
    const target = screen.getByLabelText('Target');
    const next = before.target + 1.5;
    await typeInto(target, `${next}{Enter}`);
    expect(ed.doc().initiative).toEqual({ ...before, target: next });
    expect(ed.past()).toHaveLength(1);
    expect(ed.past()[0].label).toMatch(/target/i);
  });

  it('given an emptied unit, then the optional unit is removed in one step', async () => {
    const ed = renderInEditor(<DocumentInspector />);
    const unit = screen.getByLabelText('Unit');
    await userEvent.clear(unit);
    await userEvent.tab();
    expect('unit' in ed.doc().initiative).toBe(false);
    expect(ed.past()).toHaveLength(1);
  });
});

describe('a field checks with the command it runs', () => {
  it('given a title.update that also changes the currency, then the field explains the currency problem that run would cause and applies nothing', async () => {
    // A registry whose title.update does more than the hand-written edit the field used to check:
    // only a check that runs the command itself can see what this one breaks.
    const sloppyTitle: Command<{ title: string }> = {
      id: 'title.update',
      label: 'Rename model',
      run(stores, { title }) {
        stores.document.getState().commit('Rename model', (d) => {
          d.title = title;
          d.currency = title;
        });
      },
    };
    const registry = new CommandRegistry().register(sloppyTitle, ...createRegistry().all().filter((c) => c.id !== 'title.update'));
    const stores = createStores(exampleDoc());
    render(
      <StoresProvider stores={stores}>
        <RegistryProvider registry={registry}>
          <DocumentInspector />
        </RegistryProvider>
      </StoresProvider>,
    );
    const before = stores.document.getState().doc;
    const title = screen.getByLabelText('Title');
    await typeInto(title, 'Churn{Enter}');
    expect(describedText(title)).toMatch(/currency/);
    expect(describedText(title)).toContain(schemaMessage(DocumentShapeSchema.shape.currency, 'Churn'));
    expect(stores.document.getState().doc).toBe(before);
    expect(stores.document.getState().past).toHaveLength(0);
  });
});
