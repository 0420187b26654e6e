/**
 * The compare view's two results, remembered per document so that picking a new A keeps B (and the
 * other way round) without simulating it again. The same code runs on the main thread (small models)
 * and in the worker (large ones).
 */
import type { FivefoldDocument } from '../model';
import type { Result } from '../sim';
import { resultOfSide, type CompareSide } from '../sim/compare';
import type { PairAnswer } from './protocol';

/** Enough for flipping between a few picks; a 1,200-team result is a few hundred KB. */
const KEEP = 8;

/**
 * A side's identity by value: an equal copy of a scenario (from the worker, or from an undo) hits.
 * @example sideKey({ scenario: null, quarter: 0 }) // "baseline"
 */
export function sideKey(side: CompareSide): string {
  return side.scenario ? `${side.quarter}|${JSON.stringify(side.scenario)}` : 'baseline';
}

/** @example new PairCache().answer(doc, [{ scenario: null, quarter: 0 }, { scenario: aiNative, quarter: 3 }])[1].headcount // 5 */
export class PairCache {
  private doc: FivefoldDocument | null = null;
  /** Most recently used last. */
  private readonly results = new Map<string, Result>();

  answer(doc: FivefoldDocument, sides: readonly [CompareSide, CompareSide]): PairAnswer {
    if (doc !== this.doc) {
      this.doc = doc;
      this.results.clear();
    }
    return [this.result(doc, sides[0]), this.result(doc, sides[1])];
  }

  private result(doc: FivefoldDocument, side: CompareSide): Result {
    const key = sideKey(side);
    let result = this.results.get(key);
    if (result) this.results.delete(key);
    else result = resultOfSide(doc, side);
    this.results.set(key, result);
    if (this.results.size > KEEP) this.results.delete(this.results.keys().next().value!);
    return result;
  }
}
