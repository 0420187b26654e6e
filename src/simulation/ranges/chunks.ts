/**
 * Runs chunks of samples, as a sampling worker does: the document and the Sampler are kept between
 * chunks of the same job, so a job builds the document's canonical form and graph facts once.
 */
import type { FivefoldDocument } from '../../model';
import { Sampler } from '../../sim/sampling';
import type { ChunkRequest, ChunkResponse } from './protocol';

export class ChunkRunner {
  private doc: FivefoldDocument | null = null;
  private docKey = -1;
  private sampler: { job: number; docKey: number; sampler: Sampler } | null = null;

  run(req: ChunkRequest): ChunkResponse {
    const { job, start, end } = req;
    try {
      if (req.doc) {
        this.doc = req.doc;
        this.docKey = req.docKey;
      }
      if (!this.doc || this.docKey !== req.docKey) throw new Error(`no document ${req.docKey} here`);
      if (!this.sampler || this.sampler.job !== job || this.sampler.docKey !== req.docKey) {
        this.sampler = { job, docKey: req.docKey, sampler: new Sampler(this.doc, req.scenario, req.uncertainty) };
      }
      const t0 = performance.now();
      const rows = this.sampler.sampler.run(start, end);
      return { job, start, end, ok: true, rows, ms: performance.now() - t0 };
    } catch (error) {
      return { job, start, end, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
