import type { Command } from './registry';
import type { FivefoldDocument } from '../model';
import { ruleById, type Level } from '../lint';
import type { Draft } from 'immer';

declare module './registry' {
  interface CommandArgs {
    'lint.ignore': LintTargetArgs;
    'lint.unignore': LintTargetArgs;
    'lint.setLevel': RuleLevelArgs;
  }
}

const settingsOf = (d: Draft<FivefoldDocument>) => (d.lint ??= {});

/** Drops what became empty, so a model whose checks are back to their defaults has no `lint` at all. */
function tidy(d: Draft<FivefoldDocument>): void {
  const lint = d.lint;
  if (!lint) return;
  if (lint.rules && !Object.keys(lint.rules).length) delete lint.rules;
  if (lint.ignore && !lint.ignore.length) delete lint.ignore;
  if (!lint.rules && !lint.ignore) delete d.lint;
}

export interface LintTargetArgs {
  rule: string;
  /** The target's id (`""` for the document). */
  id: string;
  /** What the undo label names the target by, e.g. a team's name. */
  name?: string;
}

const ignores = (doc: FivefoldDocument, { rule, id }: LintTargetArgs) =>
  (doc.lint?.ignore ?? []).some((i) => i.rule === rule && i.id === id);

/**
 * `lint.ignore`: switches one rule off for one target ("Ignore here"), saved in the document.
 * @example registry.run('lint.ignore', stores, { rule: 'control-bypass', id: 'e09', name: 'Engineering → Revenue ops' })
 */
export const ignoreFinding: Command<LintTargetArgs> = {
  id: 'lint.ignore',
  label: 'Ignore this finding here',
  group: 'Model checks',
  canRun: (stores, args) => !!args && !!ruleById(args.rule) && !ignores(stores.document.getState().doc, args),
  run(stores, args) {
    stores.document.getState().commit(`Ignore ${args.rule}${args.name ? ` on ${args.name}` : ''}`, (d) => {
      (settingsOf(d).ignore ??= []).push({ rule: args.rule, id: args.id });
    });
  },
};

/** `lint.unignore`: brings an ignored finding back. */
export const unignoreFinding: Command<LintTargetArgs> = {
  id: 'lint.unignore',
  label: 'Stop ignoring this finding',
  group: 'Model checks',
  canRun: (stores, args) => !!args && ignores(stores.document.getState().doc, args),
  run(stores, args) {
    stores.document.getState().commit(`Stop ignoring ${args.rule}${args.name ? ` on ${args.name}` : ''}`, (d) => {
      const lint = settingsOf(d);
      lint.ignore = (lint.ignore ?? []).filter((i) => !(i.rule === args.rule && i.id === args.id));
      tidy(d);
    });
  },
};

export interface RuleLevelArgs {
  rule: string;
  level: Level;
}

/**
 * `lint.setLevel`: a rule's severity for this model (or off); the default level is not written down.
 * @example registry.run('lint.setLevel', stores, { rule: 'big-team', level: 'off' })
 */
export const setRuleLevel: Command<RuleLevelArgs> = {
  id: 'lint.setLevel',
  label: 'Change a check’s severity',
  group: 'Model checks',
  canRun: (_stores, args) => !!args && !!ruleById(args.rule) && ['off', 'info', 'warning', 'error'].includes(args.level),
  run(stores, { rule, level }) {
    stores.document.getState().commit(`Set ${rule} to ${level}`, (d) => {
      const rules = (settingsOf(d).rules ??= {});
      if (level === ruleById(rule)!.defaultLevel) delete rules[rule];
      else rules[rule] = level;
      tidy(d);
    });
  },
};

export const LINT_COMMANDS = [ignoreFinding, unignoreFinding, setRuleLevel];
