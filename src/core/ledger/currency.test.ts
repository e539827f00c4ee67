import { caught } from '../../../test/helpers/kpiError';
import { parseLedger } from './parse';

describe('one currency per ledger', () => {
  it('refuses a currency column holding two currencies, naming them', () => {
    const e = caught(() =>
      parseLedger([
        ['Customer', 'Month', 'MRR', 'Currency'],
        ['Acme', '2025-01', 100, 'EUR'],
        ['Beta', '2025-01', 200, 'usd'],
        ['Gamma', '2025-01', 50, '€'],
      ]),
    );
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe(
      'row 1, column D (Currency) of the range: the currency column holds several currencies (EUR, USD); amounts in different currencies are never added.',
    );
  });

  it('counts the currency named in the amount header, in any of the five languages’ column names', () => {
    expect(
      caught(() =>
        parseLedger([
          ['Klant', 'Maand', 'Bedrag (EUR)', 'Valuta'],
          ['Jansen', '2025-01', 100, 'GBP'],
        ]),
      ).message,
    ).toMatch(/\(EUR, GBP\)/);
  });

  it('reads a ledger in one currency, blanks and markers naming none', () => {
    const ledger = parseLedger([
      ['Kunde', 'Monat', 'Betrag €', 'Währung'],
      ['Müller', '2025-01', 100, 'EUR'],
      ['Schmidt', '2025-01', 50, ''],
      ['Weber', '2025-02', 70, 'n/a'],
    ]);
    expect([...ledger.mrr]).toEqual([100, 0, 50, 0, 0, 70]);
  });
});
