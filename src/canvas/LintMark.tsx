import type { Severity } from '../lint';

const WORD: Record<Severity, string> = { error: 'an error', warning: 'a warning', info: 'a note' };

/** The small marker on a card or a handoff that a model check found something on (see Problems). */
export function LintMark({ severity }: { severity: Severity }) {
  return (
    <span className={`lint-mark is-${severity}`} role="img" aria-label={`Model check: ${WORD[severity]}`} title={`Model check: ${WORD[severity]} here (see Problems)`} data-testid="lint-mark">
      !
    </span>
  );
}
