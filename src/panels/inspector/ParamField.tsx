import { param } from '../../model';
import { Field } from './Field';
import { num, type CommandCall } from './useEdit';
import { asNumber, type Parsed } from './validate';

export interface ParamFieldProps<V> {
  /** The catalogue id, e.g. "team.headcount": it gives the field its label and hint. */
  param: string;
  value: number | undefined;
  path: string;
  edit: (value: V) => CommandCall;
  parse?: (text: string) => Parsed<V>;
  placeholder?: string;
  /** A hint for this one field, in place of the catalogue's. */
  hint?: string;
}

/** A number field named and explained by the parameter catalogue, so every view calls it the same. */
export function ParamField<V = number>({ param: id, value, path, edit, parse, placeholder, hint }: ParamFieldProps<V>) {
  const p = param(id);
  return (
    <Field
      label={p.label}
      kind="number"
      value={num(value)}
      path={path}
      parse={parse ?? (asNumber as unknown as (t: string) => Parsed<V>)}
      edit={edit}
      hint={hint ?? p.hint}
      placeholder={placeholder}
    />
  );
}
