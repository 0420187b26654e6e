import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint';
import { serialize, parseText } from '../../../src/model';
import { given } from '../../support/given';

describe('lint commands', () => {
  it('lint.ignore hides one finding, is one named undo step, and is saved in the document', () => {
    const editor = given();
    const step = editor.when('lint.ignore', { rule: 'control-bypass', id: 'e09', name: 'Engineering → Revenue ops' });
    expect(step.ran).toBe(true);
    expect(step.label).toBe('Ignore control-bypass on Engineering → Revenue ops');
    expect(step.after.lint).toEqual({ ignore: [{ rule: 'control-bypass', id: 'e09' }] });
    expect(lint(step.after).filter((f) => f.rule === 'control-bypass').map((f) => f.target.id)).toEqual(['e10']);
    const reread = parseText(serialize(step.after));
    expect(reread.ok && reread.doc.lint).toEqual({ ignore: [{ rule: 'control-bypass', id: 'e09' }] });
    step.undoesAndRedoes();
  });

  it('lint.ignore does not run twice for one target, nor for an unknown rule', () => {
    const editor = given();
    editor.when('lint.ignore', { rule: 'big-team', id: 'eng' });
    editor.when('lint.ignore', { rule: 'big-team', id: 'eng' }).changedNothing();
    editor.when('lint.ignore', { rule: 'no-such-rule', id: 'eng' }).changedNothing();
  });

  it('lint.unignore brings it back and leaves no empty settings behind', () => {
    const editor = given();
    editor.when('lint.ignore', { rule: 'no-feedback', id: '' });
    const step = editor.when('lint.unignore', { rule: 'no-feedback', id: '' });
    expect(step.after.lint).toBeUndefined();
    step.undoesAndRedoes();
  });

  it('lint.setLevel writes a level other than the default, and removes it when set back', () => {
    const editor = given();
    const off = editor.when('lint.setLevel', { rule: 'single-point-of-failure', level: 'off' });
    expect(off.label).toBe('Set single-point-of-failure to off');
    expect(off.after.lint).toEqual({ rules: { 'single-point-of-failure': 'off' } });
    expect(lint(off.after).some((f) => f.rule === 'single-point-of-failure')).toBe(false);
    off.undoesAndRedoes();
    const back = editor.when('lint.setLevel', { rule: 'single-point-of-failure', level: 'warning' });
    expect(back.after.lint).toBeUndefined();
  });
});
