import type { OutCell } from './cells';
import { KpiError } from './errors';
import { evaluateIn } from './evaluate';
import { getFunction } from './registry';
import { code, run } from '../../test/helpers/kpiError';

/**
 * Range arguments are not scanned before the function runs: the function meets the errors itself
 * where it reads the range, and evaluate puts the first one row by row in place of whatever the
 * function made of it. The result must be what a scan before compute gives (SPEC §1): the first
 * Excel error of the first range argument holding one, whatever else is wrong, and even in
 * columns the function does not read.
 */
describe('evaluate: Excel errors in ranges whose function checks them itself', () => {
  const ref = new KpiError('#REF!', { text: 'ref' });
  const na = new KpiError('#N/A', { text: 'na' });

  it('an error in a column the function does not read still propagates (FCR reads only the FCR column)', () => {
    // Row 2's "not a date" is in Created, which FCR never parses; row 3 holds #REF! there too.
    expect(
      run('FCR', [
        ['Created', 'FCR'],
        ['not a date', 'yes'],
        [ref, 'no'],
      ]),
    ).toBe(ref);
  });

  it('the first error row by row wins, not the first one the parser meets', () => {
    // #N/A at row 2, column D (a column TICKETSBYPERIOD does not read) comes before #REF! at row 3, column B (Created).
    const grid = [
      ['Ticket #', 'Created', 'Resolved', 'Notes'],
      [1, '2025-03-03 09:00', '2025-03-03 10:00', na],
      [2, ref, null, ''],
    ];
    expect(run('TICKETSBYPERIOD', grid)).toBe(na);
  });

  it('an error in the range beats a bad value found earlier in it and a bad later argument', () => {
    // Row 2's "soon" is no date, and "bogus" is no statistic; the #N/A further down still comes first.
    const grid = [
      ['Created', 'First Response'],
      ['2025-03-03 09:00', 'soon'],
      ['2025-03-03 10:00', na],
    ];
    expect(run('FRT', grid, 'bogus')).toBe(na);
    // CES: "x" at row 1 is no number, the #REF! at row 3 is the result.
    expect(run('CES', [[2], ['x'], [ref]])).toBe(ref);
  });

  it("between two ranges, the first argument's error comes first; errors beside text amounts count", () => {
    // MRR: the billing error sits beside a text amount (a cell MRR skips), the amounts error lower down.
    expect(run('MRR', [['n/a'], [100]], [[na], ['monthly']])).toBe(na);
    expect(run('MRR', [[100], [ref]], [[na], ['monthly']])).toBe(ref);
    // ONBOARDINGTIME: shapes differ, but the go-live range's error is found before that is reported.
    expect(run('ONBOARDINGTIME', [[45658]], [[45660, ref]])).toBe(ref);
  });

  it("Excel's own error objects count as errors, wherever they sit and whichever function reads the range", () => {
    const na = { code: '#N/A', message: 'lookup failed' };
    // Notes is a column no ticket function reads.
    const tickets = [
      ['Created', 'Resolved', 'FCR', 'Notes'],
      [45719.25, 45719.5, 'yes', ''],
      [45720, null, 'no', na],
    ];
    for (const id of ['FCR', 'TTR', 'BACKLOG', 'TICKETSBYCLIENT']) {
      const out = run(id, tickets);
      expect([id, out instanceof KpiError && out.code, out instanceof KpiError && out.message]).toEqual([
        id,
        '#N/A',
        'lookup failed',
      ]);
    }
    // A long ledger's invoice number column, which the parse does not read.
    const ledger = [
      ['Invoice #', 'Customer', 'Date', 'Amount'],
      ['INV-1', 'Acme', 45658, 10],
      [{ code: '#REF!' }, 'Acme', 45689, 10],
    ];
    expect(code(run('CHURN', ledger))).toBe('#REF!');
    expect(code(run('CES', [[2], [{ code: '#DIV/0!' }]]))).toBe('#DIV/0!');
  });

  it("without errors the function's own messages are unchanged", () => {
    const r = run('FRT', [
      ['Created', 'First Response'],
      ['2025-03-03 09:00', 'soon'],
    ]);
    expect(r).toBeInstanceOf(KpiError);
    expect((r as KpiError).message).toContain('"soon" is not a date');
  });
});

describe('evaluateIn: the labels among a spilled table’s data follow its language', () => {
  // Client "Total" on every row but one, and a blank: "Total" is a name, not the total row.
  const tickets = [
    ['Ticket #', 'Client', 'Created', 'Resolved'],
    [1, 'Total', '2025-03-03 09:00', '2025-03-03 10:00'],
    [2, 'Total', '2025-03-03 09:00', '2025-03-03 11:00'],
    [3, null, '2025-03-03 09:00', '2025-03-03 12:00'],
    [4, 'Acme', '2025-03-03 09:00', null],
  ];
  const spec = (id: string) => getFunction(id)!;

  it('MSP.TICKETSBY: the blank group and the total row, in Dutch; a group named "Total" stays', () => {
    const out = evaluateIn(spec('TICKETSBY'), [tickets, 'Client'], 'nl') as OutCell[][];
    expect(out.map((row) => row[0])).toEqual(['Groep', 'Total', 'Acme', '(leeg)', 'Totaal']);
    expect(out.map((row) => row[1])).toEqual(['Tickets', 2, 1, 1, 4]);
  });

  it('MSP.TICKETSBYCLIENT: the blank client in German, a client named "Total" as written', () => {
    const out = evaluateIn(spec('TICKETSBYCLIENT'), [tickets], 'de') as OutCell[][];
    expect(out.slice(1).map((row) => row[0])).toEqual(['Total', 'Acme', '(leer)']);
  });

  it('in English, as the core writes them', () => {
    const english = evaluateIn(spec('TICKETSBY'), [tickets, 'Client'], 'en') as OutCell[][];
    expect(english.slice(1).map((row) => row[0])).toEqual(['Total', 'Acme', '(blank)', 'Total']);
  });
});
