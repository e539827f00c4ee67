import { parseArgs } from 'util';
import fc from 'fast-check';
import { CliError, EXIT } from './cliError';
import { cliText } from './messages';
import { checkOptions } from './options';

const OPTIONS = { out: { type: 'string' }, json: { type: 'boolean' } } as const;

/** The mistake `checkOptions` finds, worded in `lang`, or null when it lets the arguments pass. */
function mistake(args: string[], positionals = false, lang: 'en' | 'fr' = 'en'): string | null {
  try {
    checkOptions(args, OPTIONS, positionals);
    return null;
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    expect(e.exitCode).toBe(EXIT.usage);
    expect(e.withUsage).toBe(true);
    return e.in(cliText(lang));
  }
}

describe('checkOptions', () => {
  it('names the mistake in the words of the catalogue', () => {
    expect(mistake(['--outt', 'a.xlsx'])).toBe('Unknown option "--outt".');
    expect(mistake(['-o', 'a.xlsx'])).toBe('Unknown option "-o".');
    expect(mistake(['--out'])).toBe('Option --out needs a value: --out VALUE or --out=VALUE.');
    // Strict parseArgs calls this ambiguous: the next option is not taken as the file name.
    expect(mistake(['--out', '--json'])).toBe('Option --out needs a value: --out VALUE or --out=VALUE.');
    expect(mistake(['--json=yes'])).toBe('Option --json takes no value.');
    expect(mistake(['scorecard'])).toBe('Unexpected argument "scorecard".');
    expect(mistake(['--outt'], false, 'fr')).toBe('Option inconnue « --outt ».');
  });

  it('lets through what strict parseArgs reads', () => {
    expect(mistake(['--out', 'a.xlsx', '--json'])).toBeNull();
    expect(mistake(['--out=-report.xlsx'])).toBeNull();
    expect(mistake(['--out', '-'])).toBeNull();
    expect(mistake(['scorecard', '--out', 'a.xlsx'], true)).toBeNull();
    expect(mistake(['--', '--json'], true)).toBeNull();
  });

  it('refuses exactly what strict parseArgs refuses, on any arguments', () => {
    const word = fc.constantFrom(
      '--out',
      '--json',
      '--out=x',
      '--json=1',
      '--out=',
      '--bogus',
      '-o',
      '-oj',
      '-',
      '--',
      'file.xlsx',
      '-x.csv',
      '--JSON',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), fc.boolean(), (args, positionals) => {
        let strictRefuses = false;
        try {
          parseArgs({ args, options: OPTIONS, allowPositionals: positionals });
        } catch {
          strictRefuses = true;
        }
        expect(mistake(args, positionals) !== null).toBe(strictRefuses);
      }),
      { numRuns: 2000 },
    );
  });
});
