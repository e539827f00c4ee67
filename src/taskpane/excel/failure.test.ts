import { KpiError } from '../../core/errors';
import { format, messages } from '../../core/i18n';
import { plainWords } from './failure';

const officeError = (code: string, message: string): Error => Object.assign(new Error(message), { code });

describe('plainWords (a failure as the pane says it)', () => {
  it('puts an Office.js code the wizard knows into plain words in the pane language', () => {
    expect(plainWords(officeError('AccessDenied', 'Access denied'), 'nl')).toBe(messages('nl').wizard.errors.protected);
  });

  it('passes on what Excel said about anything else, without pretending to know more', () => {
    expect(plainWords(officeError('GeneralException', 'boom'), 'en')).toBe(
      format(messages('en').wizard.errors.unexpected, { detail: 'boom' }),
    );
  });

  it('says a data error of the core in its own words: no MSP.<name>: prefix, no list of headers', () => {
    const e = new KpiError(
      '#VALUE!',
      'missingColumn',
      { role: 'created', headers: '"Created", "Date Entered"' },
      'SLA',
    );
    expect(plainWords(e, 'en')).toBe('No column was found for: created time. The sheet needs one.');
  });
});
