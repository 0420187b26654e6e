// Story commands, given/when/then with undo and redo: each edit is one named step saved in the document.
import { describe, expect, it } from 'vitest';
import { given } from '../../support/given';
import { parseText, serialize, type FivefoldDocument } from '../../../src/model';
import { defaultStory, type StoryStep } from '../../../src/model/story';

const storyOf = (doc: unknown) => (doc as { story?: StoryStep[] }).story;

describe('story commands', () => {
  it('the first edit writes the default story into the document, then edits it; undo takes both back', () => {
    const e = given();
    expect(storyOf(e.doc())).toBeUndefined();
    const told = defaultStory(e.doc(), null);
    expect(e.run('story.move', { index: 6, to: 1 })).toBe(true);
    const story = storyOf(e.doc())!;
    expect(story.length).toBe(told.length);
    expect(story[1]).toEqual(told[6]);
    expect(story.slice(2, 7)).toEqual(told.slice(1, 6));
    expect(e.undoLabel()).toBe('Move story step');
    e.undo();
    expect(storyOf(e.doc())).toBeUndefined();
    e.redo();
    expect(storyOf(e.doc())![1]).toEqual(told[6]);
  });

  it('hides and shows, retitles and clears a title, writes and clears speaker notes', () => {
    const e = given();
    e.run('story.hide', { index: 2, hidden: true });
    expect(storyOf(e.doc())![2].hidden).toBe(true);
    expect(e.undoLabel()).toBe('Hide story step');
    e.run('story.hide', { index: 2, hidden: false });
    expect('hidden' in storyOf(e.doc())![2]).toBe(false);

    e.run('story.retitle', { index: 0, title: '  Why we are here  ' });
    expect(storyOf(e.doc())![0].title).toBe('Why we are here');
    e.run('story.retitle', { index: 0, title: '' });
    expect('title' in storyOf(e.doc())![0]).toBe(false);
    expect(e.run('story.retitle', { index: 0, title: 'x'.repeat(121) })).toBe(false);

    e.run('story.notes', { index: 3, notes: 'Ask the room who owns the PRD.' });
    expect(storyOf(e.doc())![3].notes).toBe('Ask the room who owns the PRD.');
    expect(e.undoLabel()).toBe('Edit speaker notes');
    e.undo();
    expect(storyOf(e.doc())![3].notes).toBeUndefined();
  });

  it('adds a focus step from the selection after a given step, and refuses with nothing selected', () => {
    const e = given();
    expect(e.run('story.addFocus')).toBe(false);
    e.select(['eng', 'qa']);
    expect(e.run('story.addFocus', { after: 2 })).toBe(true);
    expect(storyOf(e.doc())![3]).toEqual({ kind: 'focus', teams: ['eng', 'qa'] });
    e.run('story.addFocus');
    expect(storyOf(e.doc())!.at(-1)).toEqual({ kind: 'focus', teams: ['eng', 'qa'] });
    expect(e.undoLabel()).toBe('Add focus step');
  });

  it('refuses steps outside the story, removes a step, and resets to the default story in one undoable step', () => {
    const e = given();
    expect(e.run('story.move', { index: 0, to: 99 })).toBe(false);
    expect(e.run('story.hide', { index: -1, hidden: true })).toBe(false);
    expect(e.run('story.reset')).toBe(false);
    const told = defaultStory(e.doc(), null);
    e.run('story.remove', { index: 0 });
    expect(storyOf(e.doc())).toEqual(told.slice(1));
    e.run('story.reset');
    expect(storyOf(e.doc())).toBeUndefined();
    e.undo();
    expect(storyOf(e.doc())).toEqual(told.slice(1));
  });
});

describe('the story follows the teams and scenarios it names', () => {
  const valid = (doc: unknown) => {
    const r = parseText(serialize(doc as FivefoldDocument));
    return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
  };

  it('deleting a team takes it out of focus steps, and a focus step left with none goes; undo brings both back', () => {
    const e = given();
    e.select(['eng', 'qa']);
    e.run('story.addFocus');
    e.select(['qa']);
    e.run('story.addFocus');
    const before = storyOf(e.doc())!.length;
    e.select(['qa']);
    e.run('selection.delete');
    const story = storyOf(e.doc())!;
    expect(story.length).toBe(before - 1);
    expect(story.at(-1)).toEqual({ kind: 'focus', teams: ['eng'] });
    expect(valid(e.doc())).toEqual([]);
    e.undo();
    expect(storyOf(e.doc())!.length).toBe(before);
  });

  it('a renamed team id and a renamed scenario id are followed; a deleted scenario’s steps go', () => {
    const e = given();
    e.select(['qa']);
    e.run('story.addFocus');
    e.run('team.update', { id: 'qa', patch: { id: 'quality' } });
    expect(storyOf(e.doc())!.at(-1)).toEqual({ kind: 'focus', teams: ['quality'] });
    e.run('scenario.update', { id: 'ai-native', patch: { id: 'native' } });
    expect(storyOf(e.doc())!.filter((s) => 'scenario' in s).every((s) => (s as { scenario: string }).scenario === 'native')).toBe(true);
    e.run('scenario.delete', { scenario: 'native' });
    expect(storyOf(e.doc())!.some((s) => 'scenario' in s)).toBe(false);
    expect(valid(e.doc())).toEqual([]);
  });
});
