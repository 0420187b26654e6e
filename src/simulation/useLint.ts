import { useSyncExternalStore } from 'react';
import type { Severity } from '../lint';
import { useStores, type Stores } from '../store/context';
import { LintService, markKey, type LintView } from './lintService';

const services = new WeakMap<Stores, LintService>();

/** The one lint service of an editor's stores. */
export function lintServiceFor(stores: Stores): LintService {
  let service = services.get(stores);
  if (!service) services.set(stores, (service = new LintService(stores)));
  return service;
}

/** Every finding of the open document, live. */
export function useLint(): LintView {
  const service = lintServiceFor(useStores());
  return useSyncExternalStore(service.subscribe, service.getSnapshot);
}

/**
 * The highest severity of the findings on one team, handoff or layer, or undefined: a card re-renders
 * only when its own mark changes.
 * @example const mark = useLintMark('team', id) // 'warning'
 */
export function useLintMark(kind: 'team' | 'handoff' | 'layer', id: string): Severity | undefined {
  const service = lintServiceFor(useStores());
  const key = markKey({ kind, id });
  return useSyncExternalStore(service.subscribe, () => service.getSnapshot().marks.get(key));
}
