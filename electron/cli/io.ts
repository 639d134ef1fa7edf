/** Where a command writes; tests pass their own to capture it. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** A refusal of the command's input: printed as its message, exit code 2, nothing done. */
export class UsageError extends Error {
  override name = 'UsageError';
}
