/// <reference lib="webworker" />
/** One sampling worker: the pool starts one per core and hands each chunks of samples. */
import { ChunkRunner } from './chunks';
import type { ChunkRequest } from './protocol';

const runner = new ChunkRunner();

self.onmessage = (event: MessageEvent<ChunkRequest>) => {
  const response = runner.run(event.data);
  const scope = self as unknown as Worker;
  if (response.ok) scope.postMessage(response, [response.rows.buffer, response.sorted.buffer, response.values.buffer]);
  else scope.postMessage(response);
};
