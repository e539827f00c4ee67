import { parseArgs } from 'util';
import { CliError, EXIT } from './cliError';
import { type CliText, MSG } from './messages';

/** A command's options as `parseArgs` declares them (what is checked here is their kind). */
export type OptionKinds = Readonly<Record<string, { readonly type: 'string' | 'boolean' }>>;

/** What strict `parseArgs` takes for an option rather than a value (`-` alone is a value). */
const isOptionLike = (value: string): boolean => value.length > 1 && value.startsWith('-');

const mistake = (text: CliText): CliError => new CliError(text, EXIT.usage, true);

/**
 * Checks a command's arguments before strict `parseArgs` reads them, refusing what it refuses, so
 * the mistake is told in the run's language (Node words its refusals in English only): an unknown
 * option, a text option with no value or followed by another option, a value given to a switch, and
 * a bare argument to a command that takes none.
 *
 * @example
 * checkOptions(['--out', 'a.xlsx'], { out: { type: 'string' } }) // passes
 * checkOptions(['--outt', 'a.xlsx'], { out: { type: 'string' } }) // throws: Unknown option "--outt".
 */
export function checkOptions(args: readonly string[], options: OptionKinds, positionals = false): void {
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (!positionals) throw mistake(MSG.unexpectedArgument(token.value));
    } else if (token.kind === 'option') {
      const kind = Object.hasOwn(options, token.name) ? options[token.name]!.type : undefined;
      if (kind === undefined) throw mistake(MSG.unknownOption(token.rawName));
      if (kind === 'boolean' && token.value !== undefined) throw mistake(MSG.optionTakesNoValue(token.rawName));
      if (kind === 'string' && (token.value === undefined || (!token.inlineValue && isOptionLike(token.value))))
        throw mistake(MSG.optionNeedsValue(token.rawName));
    }
  }
}
