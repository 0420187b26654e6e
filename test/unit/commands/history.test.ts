import { describe, expect, it } from 'vitest';
import { given } from '../../support/given';

const key = (k: string, mods: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean } = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('history.undo and history.redo', () => {
  it('given an edit, when undone and redone, then the document goes back and forth', () => {
    const ed = given();
    const before = ed.doc();
    ed.run('title.update', { title: 'Another title' });
    const after = ed.doc();
    expect(ed.run('history.undo')).toBe(true);
    expect(ed.doc()).toBe(before);
    expect(ed.run('history.redo')).toBe(true);
    expect(ed.doc()).toBe(after);
  });

  it('given no history, then neither can run', () => {
    const ed = given();
    expect(ed.run('history.undo')).toBe(false);
    expect(ed.run('history.redo')).toBe(false);
  });

  it('binds Ctrl/Cmd+Z to undo and Ctrl/Cmd+Shift+Z and Ctrl+Y to redo', () => {
    const { registry } = given();
    expect(registry.forEvent(key('z', { ctrlKey: true }))?.id).toBe('history.undo');
    expect(registry.forEvent(key('z', { metaKey: true }))?.id).toBe('history.undo');
    expect(registry.forEvent(key('Z', { ctrlKey: true, shiftKey: true }))?.id).toBe('history.redo');
    expect(registry.forEvent(key('z', { metaKey: true, shiftKey: true }))?.id).toBe('history.redo');
    expect(registry.forEvent(key('y', { ctrlKey: true }))?.id).toBe('history.redo');
  });

  it('given a selected team added and then undone, then the selection no longer names it', () => {
    const ed = given();
    ed.run('team.add', { template: 'build.qa' });
    expect(ed.selection().teams).toHaveLength(1);
    ed.undo();
    expect(ed.selection().teams).toEqual([]);
  });
});

describe('the registry', () => {
  it('lists every command with a label, and no key is claimed twice (registering would throw)', () => {
    const { registry } = given();
    const ids = registry.all().map((c) => c.id);
    for (const id of ['team.add', 'team.update', 'handoff.update', 'selection.delete', 'clipboard.copy', 'clipboard.paste', 'selection.duplicate', 'selection.all', 'selection.nudge', 'history.undo', 'history.redo', 'doc.new', 'initiative.update', 'title.update', 'scenario.update', 'shortcuts.show']) {
      expect(ids).toContain(id);
    }
    expect(registry.all().every((c) => c.label.length > 0)).toBe(true);
  });

  it('given ?, then shortcuts.show opens the shortcuts sheet', () => {
    const ed = given();
    expect(ed.registry.forEvent(key('?', { shiftKey: true }))?.id).toBe('shortcuts.show');
    ed.run('shortcuts.show');
    expect(ed.stores.ui.getState().openPanel).toBe('shortcuts');
  });
});
