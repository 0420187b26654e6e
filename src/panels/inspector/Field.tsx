import { useId, useState, type ReactNode } from 'react';
import { useStores } from '../../store/context';
import type { Recipe } from '../../store/documentStore';
import { explain, newProblems, type Parsed } from './validate';

export interface FieldProps<V> {
  label: string;
  /** The committed value as text. */
  value: string;
  /** Its JSON path in the document, e.g. `teams[3].headcount`: problems there are "its own". */
  path: string;
  parse: (text: string) => Parsed<V>;
  /** The change this value would make, checked against the schema before it is applied. */
  apply: (value: V) => Recipe;
  /** Applies the value as one undo step (through a command). */
  commit: (value: V) => void;
  kind?: 'text' | 'number' | 'multiline';
  hint?: ReactNode;
  placeholder?: string;
}

/**
 * A text or number field that checks its value live with the document schema, explains a problem
 * next to itself, and applies a value only when it is valid: on blur or Enter, one undo step.
 * Escape puts the committed value back.
 */
export function Field<V>({ label, value, path, parse, apply, commit, kind = 'text', hint, placeholder }: FieldProps<V>) {
  const stores = useStores();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = draft ?? value;

  const check = (text: string): { value?: V; error: string | null } => {
    const parsed = parse(text);
    if (!parsed.ok) return { error: `${label} ${parsed.message}` };
    const problems = newProblems(stores.document.getState().doc, apply(parsed.value));
    return { value: parsed.value, error: explain(problems, path, label) };
  };

  const onChange = (text: string) => {
    setDraft(text);
    setError(text === value ? null : check(text).error);
  };

  const onCommit = () => {
    if (draft === null || draft === value) {
      setDraft(null);
      setError(null);
      return;
    }
    const result = check(draft);
    setError(result.error);
    if (result.error) return; // never applied: the invalid text stays, explained, until fixed or reverted
    setDraft(null);
    commit(result.value as V);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      setDraft(null);
      setError(null);
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
  apply: (value: V) => Recipe;
  commit: (value: V) => void;
}

/** A choice applied as soon as it is made (one undo step), unless the schema refuses it. */
export function Choice<V extends string>({ label, value, path, options, apply, commit }: ChoiceProps<V>) {
  const stores = useStores();
  const id = useId();
  const [draft, setDraft] = useState<V | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onChange = (next: V) => {
    if (next === value) {
      setDraft(null);
      setError(null);
      return;
    }
    const problem = explain(newProblems(stores.document.getState().doc, apply(next)), path, label);
    setError(problem);
    if (problem) {
      setDraft(next);
      return;
    }
    setDraft(null);
    commit(next);
  };

  return (
    <div className="ff-field" data-invalid={error ? '' : undefined}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
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

/** The refusal under a field; its id is what the input's aria-describedby points at. */
function FieldError({ id, error }: { id: string; error: string | null }) {
  return error ? (
    <p className="ff-error" id={`${id}-error`} aria-live="polite">
      {error}
    </p>
  ) : null;
}

/** A yes/no setting, applied on change. */
export function Toggle({ label, checked, commit }: { label: string; checked: boolean; commit: (v: boolean) => void }) {
  const id = useId();
  return (
    <div className="ff-field ff-toggle">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => commit(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
