import { LANGUAGES } from '../core/i18n';
import { USAGE } from './usage';

/** The options and placeholders a text names, in order of first mention. */
const named = (text: string): string[] => [...new Set(text.match(/--[a-z-]+|\{\w+\}|\b(?:dmy|mdy|24x7)\b/g))];

describe('USAGE', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    '%s names the same options, values and placeholders as English',
    (lang) => {
      expect(named(USAGE[lang])).toEqual(named(USAGE.en));
    },
  );

  it('English names every option, the report templates and the exit codes', () => {
    expect(named(USAGE.en)).toEqual(
      expect.arrayContaining(['--tickets', '--ledger', '--out', '--template', '--language', '--date-order', '--force']),
    );
    expect(USAGE.en).toContain('{templates}');
    expect(USAGE.en).toMatch(/Exit codes: 0 .* 1 .* 2 .* 3 /s);
  });
});
