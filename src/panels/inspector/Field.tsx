import { useEffect, useEffectEvent, useId, useRef, useState, type ReactNode } from 'react';
import { useCommand } from '../../ui/registry';
import type { Parsed } from './validate';
import { useEdit, type CommandCall } from './useEdit';

export interface FieldProps<V> {
  label: string;
  /** The committed value as text. */
  value: string;
  /** Its JSON path in the document, e.g. `teams[3].headcount`: problems there are "its own". */
  path: string;
  parse: (text: string) => Parsed<V>;
  /**
   * The command this value runs, e.g. `v => ({ commandId: 'title.update', args: { title: v } })`: the
   * value is checked by a dry run of exactly that call, and applied by running it (one undo step).
   */
  edit: (value: V) => CommandCall;
  kind?: 'text' | 'number' | 'multiline';
  hint?: ReactNode;
  placeholder?: string;
}

/**
 * A text or number field that checks its value live with the document schema, explains a problem
 * next to itself, and applies a value only when it is valid: on blur or Enter, one undo step.
 * Escape puts the committed value back and leaves the field. Ctrl+Z with nothing typed undoes the
 * last document edit (as Figma and Excalidraw do), not the field's text, so field and canvas agree.
 */
export function Field<V>({ label, value, path, parse, edit, kind = 'text', hint, placeholder }: FieldProps<V>) {
  const { problem, commit } = useEdit();
  const history = useHistoryKeys();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  // Escape blurs the field after reverting: the blur must not commit the text it just threw away.
  const leaving = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const shown = draft ?? value;

  const check = (text: string): { call?: CommandCall; error: string | null } => {
    const parsed = parse(text);
    if (!parsed.ok) return { error: `${label} ${parsed.message}` };
    const call = edit(parsed.value);
    return { call, error: problem(call, path, label) };
  };

  const onChange = (text: string) => {
    setDraft(text);
    setError(text === value ? null : check(text).error);
  };

  const onCommit = () => {
    if (leaving.current) {
      leaving.current = false;
      return;
    }
    if (draft === null || draft === value) {
      setDraft(null);
      setError(null);
      return;
    }
    const result = check(draft);
    setError(result.error);
    if (result.error) return; // never applied: the invalid text stays, explained, until fixed or reverted
    setDraft(null);
    commit(result.call!);
  };

  // Closing the tab does not blur the field, so typed text would be lost: it is applied on pagehide
  // (the session journals a change made then at once).
  const onHide = useEffectEvent(() => onCommit());
  const drafting = draft !== null;
  useEffect(() => {
    if (!drafting) return;
    const listener = () => onHide();
    window.addEventListener('pagehide', listener);
    return () => window.removeEventListener('pagehide', listener);
  }, [drafting]);

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (draft === null && history(e)) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      setDraft(null);
      setError(null);
      leaving.current = true;
      e.currentTarget.blur();
    } else if (e.key === 'Enter' && (kind !== 'multiline' || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onCommit();
    }
  };

  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    // Lets a focus request (an explanation's parameter link) find the control that edits this path.
    'data-path': path,
    value: shown,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
    onBlur: onCommit,
    onKeyDown,
  } as const;

  return (
    <div className={kind === 'number' ? 'ff-field ff-field-number' : 'ff-field'} data-invalid={error ? '' : undefined}>
      <label htmlFor={id}>{label}</label>
      {kind === 'multiline' ? (
        <textarea {...common} rows={3} />
      ) : (
        <input {...common} type="text" inputMode={kind === 'number' ? 'decimal' : undefined} autoComplete="off" spellCheck={kind === 'text'} />
      )}
      {hint ? (
        <p className="ff-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
    </div>
  );
}

export interface ChoiceProps<V extends string> {
  label: string;
  value: V;
  path: string;
  options: readonly { value: V; label: string }[];
  /** The command a choice runs; checked by a dry run of it first, like a field's. */
  edit: (value: V) => CommandCall;
}

/** A choice applied as soon as it is made (one undo step), unless the schema refuses it. */
export function Choice<V extends string>({ label, value, path, options, edit }: ChoiceProps<V>) {
  const { problem: problemOf, commit } = useEdit();
  const id = useId();
  const [draft, setDraft] = useState<V | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onChange = (next: V) => {
    if (next === value) {
      setDraft(null);
      setError(null);
      return;
    }
    const call = edit(next);
    const problem = problemOf(call, path, label);
    setError(problem);
    if (problem) {
      setDraft(next);
      return;
    }
    setDraft(null);
    commit(call);
  };

  return (
    <div className="ff-field" data-invalid={error ? '' : undefined}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        data-path={path}
        value={draft ?? value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value as V)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}

/**
 * Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y in a field with no pending edit: the document's undo and redo.
 * Returns whether the key was one of them (and handled).
 */
function useHistoryKeys() {
  const { run } = useCommand();
  return (e: React.KeyboardEvent): boolean => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return false;
    const key = e.key.toLowerCase();
    const redo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
    if (!redo && !(key === 'z' && !e.shiftKey)) return false;
    e.preventDefault();
    run(redo ? 'history.redo' : 'history.undo');
    return true;
  };
}

/** The refusal under a field; its id is what the input's aria-describedby points at. */
function FieldError({ id, error }: { id: string; error: string | null }) {
  return error ? (
    <p className="ff-error" id={`${id}-error`} aria-live="polite">
      {error}
    </p>
  ) : null;
}

/** A yes/no setting, applied on change by running its command (either value is valid). */
export function Toggle({ label, checked, edit }: { label: string; checked: boolean; edit: (v: boolean) => CommandCall }) {
  const id = useId();
  const { commit } = useEdit();
  return (
    <div className="ff-field ff-toggle">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => commit(edit(e.target.checked))} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
