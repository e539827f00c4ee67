import { LANGUAGES } from '../../core/i18n';
import { translationTests } from '../../../test/helpers/catalogue';
import { cliMessages } from './index';

const OTHERS = LANGUAGES.filter((l) => l !== 'en');

/** The options and placeholders a text names, in order of first mention. */
const named = (text: string): string[] => [
  ...new Set(text.match(/--[a-z]+(?:-[a-z]+)*|\{\w+\}|\b(?:dmy|mdy|24x7)\b/g)),
];

describe('the command line’s texts', () => {
  translationTests(cliMessages);

  it.each(OTHERS)('%s --help names the same options, values and placeholders as English, in its order', (lang) => {
    expect(named(cliMessages(lang).usage)).toEqual(named(cliMessages('en').usage));
  });

  it('the English --help names every option, the report templates and the exit codes', () => {
    const usage = cliMessages('en').usage;
    expect(named(usage)).toEqual(
      expect.arrayContaining(['--tickets', '--ledger', '--out', '--template', '--language', '--date-order', '--force']),
    );
    expect(usage).toContain('{templates}');
    expect(usage).toMatch(/Exit codes: 0 .* 1 .* 2 .* 3 /s);
  });
});
