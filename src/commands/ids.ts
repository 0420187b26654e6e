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
