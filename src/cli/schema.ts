import type { CliIo } from './io';

export async function runSchema(_args: string[], io: CliIo): Promise<number> {
  io.err('schema: not implemented yet');
  return 2;
}
