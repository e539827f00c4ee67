/**
 * A failure the user can fix (bad file, bad option, existing output): main prints the message
 * without a stack trace and exits with the code. Anything else escaping main is a bug.
 */
export const EXIT = {
  /** Wrong command line. */
  usage: 1,
  /** An input file that cannot be read or holds data the core rejects. */
  input: 2,
  /** The output file exists (no --force) or cannot be written. */
  output: 3,
} as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
