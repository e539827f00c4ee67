import { type CliText, type Say, sayInEnglish } from './messages';

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

/**
 * Carries its message as a catalogue key, worded by main in the run's language; `message` is the
 * English wording. A plain string is shown as given. `withUsage`: a mistake in the command line
 * itself, followed by the usage text.
 */
export class CliError extends Error {
  constructor(
    readonly text: CliText | string,
    readonly exitCode: number,
    readonly withUsage = false,
  ) {
    super(typeof text === 'string' ? text : sayInEnglish(text));
  }

  /** The message in the words of `say`. */
  in(say: Say): string {
    return typeof this.text === 'string' ? this.text : say(this.text);
  }
}
