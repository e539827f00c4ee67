import { findRoles, headerKey } from './headers';

describe('ledger headers', () => {
  it('ignore case, accents, spaces, punctuation and a currency', () => {
    expect(headerKey('MRR (EUR)')).toBe('mrr');
    expect(headerKey('Monthly amount €')).toBe('monthlyamount');
    expect(headerKey("Chiffre d'affaires")).toBe('chiffredaffaires');
    expect(headerKey('Période')).toBe('periode');
  });
  it('find each role once, the most specific name first', () => {
    expect(findRoles(['Invoice #', 'Date', 'Client', 'Amount', 'Invoice date', 'MRR', 42, null])).toEqual({
      period: 4,
      customer: 2,
      amount: 5,
    });
    expect(findRoles(['Customer', '2025-01', '2025-02'])).toEqual({ customer: 0 });
  });
});
