import type { CliIo } from './io';

export async function runValidate(_args: string[], io: CliIo): Promise<number> {
  io.err('validate: not implemented yet');
  return 2;
}
