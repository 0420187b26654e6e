import type { Stores } from '../store/context';
import type { Selection } from '../store/uiStore';

/**
 * Ids for new records: readable (taken from the name), valid under format.md's id rule, and unique.
 * @example uniqueId('QA & test', new Set(['qa-test'])) // 'qa-test-2'
 */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const slug =
    base
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56) || 'item';
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) {
    const candidate = `${slug}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Applies a patch where `undefined` means "remove this optional key" (an emptied notes field). */
export function applyPatch<T extends object>(target: T, patch: Partial<T>): void {
  for (const [key, value] of Object.entries(patch) as [keyof T, T[keyof T] | undefined][]) {
    if (value === undefined) delete target[key];
    else target[key] = value;
  }
}

/**
 * Patches the record with `id` (see `applyPatch`) and returns it, or undefined when there is none.
 * @example patchRecord(d.handoffs, 'e04', { waitDays: 3 })
 */
export function patchRecord<T extends { id: string }>(records: T[], id: string, patch: Partial<T>): T | undefined {
  const record = records.find((r) => r.id === id);
  if (record) applyPatch(record, patch);
  return record;
}

/**
 * After a team's or handoff's id changed, the selection names it by the new id.
 * @example followRename(stores, 'teams', 'qa', 'quality')
 */
export function followRename(stores: Stores, kind: keyof Selection, from: string, to: string): void {
  const ui = stores.ui.getState();
  const ids = ui.selection[kind];
  if (ids.includes(from)) ui.select({ ...ui.selection, [kind]: ids.map((x) => (x === from ? to : x)) });
}
