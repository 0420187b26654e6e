import { showValue } from '../../review/diffText';
import './changes.css';
import { useChangedFields } from '../../store/comparison';

/** In the inspector, while comparing with a file: this record's fields, old → new. */
export function ChangedFields({ kind, id }: { kind: 'teams' | 'handoffs'; id: string }) {
  const changed = useChangedFields(kind, id);
  if (!changed) return null;
  return (
    <div className="changed-fields" role="note" aria-label={`Changed since ${changed.fileName}`} data-testid="changed-fields">
      <strong>Changed since {changed.fileName}:</strong>
      <ul>
        {Object.entries(changed.fields).map(([field, [a, b]]) => (
          <li key={field}>
            {field}: <del>{showValue(a)}</del> → <ins>{showValue(b)}</ins>
          </li>
        ))}
      </ul>
    </div>
  );
}
