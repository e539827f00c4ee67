import { evaluate } from '../../evaluate';
import { getFunction } from '../../registry';
import { run } from '../../../../test/helpers/kpiError';

describe('MSP.COLUMNS', () => {
  it('a wide ledger: customers in A, the periods as one role, an unreadable amount named', () => {
    const out = run('COLUMNS', [
      ['Customer', '2025-01', '2025-02', '2025-03'],
      ['Acme', 100, 'N/A', 120],
      ['Beta', 50, 'fifty', null],
    ]);
    expect(out).toEqual([
      ['Role', 'Column', 'Header', 'Values', 'Blank', 'Problems'],
      // the ledger itself cannot be read: "fifty" stops every ledger function
      ['Layout', '', 'Ledger, one column per period', 2, '', expect.stringMatching(/row 3, column C.*"fifty"/)],
      ['Date order', '', 'no date written as numeric text', '', '', ''],
      ['customer', 'A', 'Customer', 2, 0, 0],
      // 100, 120, 50 values; N/A and the blank; "fifty" on row 3 of the range
      ['periods', 'B:D', '2025-01 … 2025-03', 3, 2, '1; first: row 3, column C of the range: "fifty"'],
    ]);
  });

  it('a ticket table proving both date orders says so on the date-order row instead of failing', () => {
    const out = run('COLUMNS', [
      ['Ticket #', 'Created'],
      [1, '13/02/2025'],
      [2, '02/14/2025'],
    ]) as unknown[][];
    expect(out[2]![0]).toBe('Date order');
    expect(out[2]![5]).toMatch(/row 2, column B \(Created\).*13\/02\/2025.*row 3, column B \(Created\).*02\/14\/2025/);
  });

  it('an undecidable table follows the evaluation’s default order and says it was assumed', () => {
    const grid = [
      ['Ticket #', 'Created'],
      [1, '03/02/2025'],
    ];
    const out = evaluate(getFunction('COLUMNS')!, [grid, 'de'], 'mdy') as unknown[][];
    expect(out[2]).toEqual(['Datumsreihenfolge', '', 'Monat/Tag/Jahr (angenommen)', '', '', '']);
  });
});
