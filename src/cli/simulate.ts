import type { CliIo } from './io';

export async function runSimulate(_args: string[], io: CliIo): Promise<number> {
  io.err('simulate: not implemented yet');
  return 2;
}
