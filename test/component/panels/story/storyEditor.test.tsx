/** @vitest-environment jsdom */
/**
 * The story editor's buttons: moving a step up or down and adding a focus step from the selected
 * teams each run a story command, one labelled undo step that saves the story in the model, and an
 * undo puts the story back as it was.
 */
import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import StoryEditor from '../../../../src/panels/story/StoryEditor';
import { undoLabel } from '../../../../src/store/documentStore';
import { renderInEditor } from '../harness';

/** Each step as the editor lists it, by the name its title field shows until it is retitled. */
const steps = () => screen.getAllByLabelText(/^Title of step \d+$/).map((input) => input.getAttribute('placeholder'));
// By label rather than by role: the dialog holds some forty controls, and role queries on each click made the test slow.
const button = (name: string) => screen.getByLabelText(name);

const story = (doc: unknown) => (doc as { story?: { kind: string; teams?: string[] }[] }).story;

function undo(ed: ReturnType<typeof renderInEditor>) {
  act(() => void ed.registry.run('history.undo', ed.stores));
}

describe('the story editor', () => {
  it('given the default story, when step 2 moves down and then up, then each is one undo step and an undo restores the order', async () => {
    const ed = renderInEditor(<StoryEditor />);
    const start = steps();
    expect(start.length).toBeGreaterThan(3);
    expect(story(ed.doc())).toBeUndefined();

    await userEvent.click(button('Move step 2 down'));
    expect(steps()).toEqual([start[0], start[2], start[1], ...start.slice(3)]);
    expect(story(ed.doc())).toHaveLength(start.length);
    expect(ed.past()).toHaveLength(1);
    expect(undoLabel(ed.stores.document.getState())).toBe('Move story step');

    await userEvent.click(button('Move step 2 up'));
    expect(steps()).toEqual([start[2], start[0], start[1], ...start.slice(3)]);
    expect(ed.past()).toHaveLength(2);

    undo(ed);
    expect(steps()).toEqual([start[0], start[2], start[1], ...start.slice(3)]);
    undo(ed);
    expect(steps()).toEqual(start);
    expect(story(ed.doc())).toBeUndefined();
  });

  it('given no step can move past an end, then the first has no Move up and the last no Move down', () => {
    renderInEditor(<StoryEditor />);
    const last = steps().length;
    expect(button('Move step 1 up')).toHaveProperty('disabled', true);
    expect(button(`Move step ${last} down`)).toHaveProperty('disabled', true);
  });

  it('given two selected teams, when a focus step is added, then it ends the story framing them, and an undo takes it out', async () => {
    const ed = renderInEditor(<StoryEditor />);
    const start = steps();
    expect(screen.getByRole('button', { name: /^Add a focus step from the selection/ })).toHaveProperty('disabled', true);
    const teams = ed.doc().teams.slice(0, 2).map((t) => t.id);
    act(() => ed.stores.ui.getState().select({ teams }));

    await userEvent.click(screen.getByRole('button', { name: 'Add a focus step from the selection (2 teams)' }));
    expect(steps()).toEqual([...start, 'In focus: 2 teams']);
    expect(story(ed.doc())?.at(-1)).toEqual({ kind: 'focus', teams });
    expect(ed.past()).toHaveLength(1);
    expect(undoLabel(ed.stores.document.getState())).toBe('Add focus step');

    undo(ed);
    expect(steps()).toEqual(start);
    expect(story(ed.doc())).toBeUndefined();
  });
});
