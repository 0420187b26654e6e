/**
 * `previous` when it holds the very same items as `next`, else `next`. React Flow compares the
 * arrays it is handed by identity: an equal new array makes it re-adopt every edge (1,500 on a
 * large model) for nothing.
 * @example const a = [x, y]; sameItemsOr(a, [x, y]) === a // true
 */
export function sameItemsOr<T>(previous: readonly T[] | null | undefined, next: T[]): T[] {
  return previous && previous.length === next.length && previous.every((x, i) => x === next[i]) ? (previous as T[]) : next;
}
