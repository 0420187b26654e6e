/**
 * Runs chunks of samples, as a sampling worker does. The canonical model (and the graph facts the
 * search memoises in it) is kept per document, across jobs: a job for another lever position or
 * scenario of the same organisation builds nothing again. The Sampler is kept between chunks of a job.
 */
import { canonical, type Model, type ModelInput } from '../../sim/canonical';
import { sortColumns } from '../../sim/columns';
import { Sampler } from '../../sim/sampling';
import { DocHolder } from '../docSync';
import type { ChunkRequest, ChunkResponse } from './protocol';

export class ChunkRunner {
  private readonly holder = new DocHolder<ModelInput>();
  private held: { doc: ModelInput; model: Model | null } | null = null;
  private sampler: { job: number; docKey: number; sampler: Sampler } | null = null;

  /** `here`: the model itself, when the page samples without workers (nothing is sent then). */
  run(req: ChunkRequest, here?: ModelInput): ChunkResponse {
    const { job, start, end } = req;
    try {
      const doc = here ?? this.holder.receive(req);
      if (this.held?.doc !== doc) this.held = { doc, model: null };
      const held = this.held;
      if (!this.sampler || this.sampler.job !== job || this.sampler.docKey !== req.docKey) {
        held.model ??= canonical(held.doc);
        this.sampler = { job, docKey: req.docKey, sampler: new Sampler(held.doc, req.scenario, req.uncertainty, held.model) };
      }
      const t0 = performance.now();
      const { sampler } = this.sampler;
      const values = new Float64Array((end - start) * sampler.plan.length);
      const rows = sampler.run(start, end, values);
      const sorted = sortColumns(rows, end - start, sampler.quarters);
      return { job, start, end, ok: true, rows, sorted, values, ms: performance.now() - t0 };
    } catch (error) {
      return { job, start, end, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
