/** @vitest-environment jsdom */
// Undo that follows the person: Ctrl+Z in a field with nothing pending is the document's undo;
// Escape leaves a field; after a keyboard "Add handoff" the cursor is in the new handoff.
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Inspector } from '../../../src/panels/inspector/Inspector';
import { useFocusRequests } from '../../../src/panels/explain/focusRequests';
import { renderInEditor } from './harness';

/** The inspector with the app's servant of focus requests beside it, as in the app. */
function InspectorInApp() {
  useFocusRequests();
  return <Inspector />;
}

const headcountOf = (ed: ReturnType<typeof renderInEditor>, id: string) => ed.doc().teams.find((t) => t.id === id)!.headcount;

function givenQaInspector() {
  const ed = renderInEditor(<InspectorInApp />);
  act(() => ed.stores.ui.getState().select({ teams: ['qa'] }));
  return ed;
}

describe('undo inside a field', () => {
  it('after Enter committed a headcount, Ctrl+Z in the same field undoes the edit everywhere, and Tab then commits nothing', async () => {
    const ed = givenQaInspector();
    const before = headcountOf(ed, 'qa');
    const field = screen.getByLabelText('Headcount') as HTMLInputElement;
    await userEvent.clear(field);
    await userEvent.type(field, '7{Enter}');
    expect(headcountOf(ed, 'qa')).toBe(7);
    expect(document.activeElement).toBe(field);
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(headcountOf(ed, 'qa')).toBe(before);
    expect(field.value).toBe(String(before));
    await userEvent.tab();
    expect(ed.past()).toHaveLength(0);
    expect(ed.stores.document.getState().future).toHaveLength(1);
    // Redo from a field works the same way.
    field.focus();
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(headcountOf(ed, 'qa')).toBe(7);
  });

  it('with an edit pending, Ctrl+Z is the field’s own (the document is not touched)', async () => {
    const ed = givenQaInspector();
    await userEvent.type(screen.getByLabelText('Minimum accountable people'), '1{Enter}');
    expect(ed.past()).toHaveLength(1);
    const field = screen.getByLabelText('Headcount');
    await userEvent.clear(field);
    await userEvent.type(field, '9');
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(ed.past()).toHaveLength(1);
  });

  it('Escape reverts a pending edit and leaves the field, applying nothing', async () => {
    const ed = givenQaInspector();
    const before = ed.doc();
    const field = screen.getByLabelText('Headcount') as HTMLInputElement;
    await userEvent.clear(field);
    await userEvent.type(field, '12');
    await userEvent.keyboard('{Escape}');
    expect(document.activeElement).not.toBe(field);
    expect(ed.doc()).toBe(before);
    expect(field.value).toBe(String(headcountOf(ed, 'qa')));
  });
});

describe('Add handoff from the keyboard', () => {
  it('puts the cursor in the new handoff’s artifact', async () => {
    const ed = givenQaInspector();
    const count = ed.doc().handoffs.length;
    await userEvent.selectOptions(screen.getByLabelText('Receiving team'), 'care');
    const add = screen.getByRole('button', { name: 'Add handoff' });
    add.focus();
    await userEvent.keyboard('{Enter}');
    expect(ed.doc().handoffs).toHaveLength(count + 1);
    await waitFor(() => expect(document.activeElement?.getAttribute('data-path')).toBe(`handoffs[${count}].artifact`));
  });
});
