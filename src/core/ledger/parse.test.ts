import { caught } from '../../../test/helpers/kpiError';
import type { Grid } from '../cells';
import { KpiError, withFunction } from '../errors';
import { isWorkingMemory, withWorkingMemory } from '../workingMemory';
import { type Ledger, parseLedger } from './parse';

/** MRR rows per customer, for readable expectations. */
const rowsOf = (l: Ledger): number[][] =>
  l.customers.map((_, c) => Array.from(l.mrr.subarray(c * l.periods.length, (c + 1) * l.periods.length)));

// Excel serials: DATE(2025,1,1) = 45658, DATE(2025,2,1) = 45689 (+31), DATE(2025,3,1) = 45717 (+28).
const JAN = 45658;
const FEB = 45689;
const MAR = 45717;

describe('wide ledger', () => {
  it('keeps period headers as given and sums duplicate customers', () => {
    const l = parseLedger([
      ['Customer', '2025-01', JAN + 31, 'Q1 close'],
      ['Acme', 100, 110, 120],
      ['Beta', 50, 0, 0],
      ['acme ', 20, 20, null], // same customer, trimmed and case-insensitive: a second subscription
    ]);
    expect(l.layout).toBe('wide');
    expect(l.periods).toEqual(['2025-01', FEB, 'Q1 close']);
    expect(l.periodSerials).toEqual([JAN, FEB, undefined]);
    expect(l.customers).toEqual(['Acme', 'Beta']);
    // Acme: 100 + 20, 110 + 20, 120 + blank
    expect(rowsOf(l)).toEqual([
      [120, 130, 120],
      [50, 0, 0],
    ]);
  });

  it('reads blanks in all three forms as 0 and skips empty rows and columns of the selection', () => {
    const l = parseLedger([
      ['Customer', '2025-01', '2025-02', null],
      ['Acme', null, '', null],
      ['Beta', 0, 7, ''],
      [null, null, null, null],
      ['', 0, '', 0],
    ]);
    expect(l.periods).toEqual(['2025-01', '2025-02']);
    expect(rowsOf(l)).toEqual([
      [0, 0],
      [0, 7],
    ]);
  });

  it('accepts numeric customer ids', () => {
    expect(
      parseLedger([
        ['Id', '2025-01'],
        [1001, 5],
        [1002, 6],
      ]).customers,
    ).toEqual([1001, 1002]);
  });

  it('refuses a negative amount, naming the cell', () => {
    const e = caught(() =>
      parseLedger([
        ['Customer', '2025-01', '2025-02'],
        ['Acme', 1, 2],
        ['Beta', 3, -4],
      ]),
    );
    expect(e.code).toBe('#VALUE!');
    expect(withFunction(e, 'CHURN').message).toMatch(/^MSP\.CHURN: .*row 3, column C \(2025-02\).*negative/);
  });

  it('refuses text in an amount cell, naming the cell', () => {
    const e = caught(() =>
      parseLedger([
        ['Customer', '2025-01'],
        ['Acme', 'twelve'],
      ]),
    );
    expect(e.code).toBe('#VALUE!');
    expect(withFunction(e, 'NRR').message).toMatch(/MSP\.NRR: .*row 2, column B.*"twelve"/);
    expect(
      caught(() =>
        parseLedger([
          ['Customer', '2025-01'],
          ['Acme', true],
        ]),
      ).code,
    ).toBe('#VALUE!');
  });

  it('refuses amounts without a customer', () => {
    expect(
      caught(() =>
        parseLedger([
          ['Customer', '2025-01'],
          [null, 5],
        ]),
      ).message,
    ).toMatch(/row 2 has amounts but no customer/);
  });

  it('refuses periods out of order, repeated or blank', () => {
    expect(
      caught(() =>
        parseLedger([
          ['C', '2025-02', '2025-01'],
          ['A', 1, 1],
        ]),
      ).message,
    ).toMatch(/left to right in time/);
    expect(
      caught(() =>
        parseLedger([
          ['C', 'Q1', 'q1'],
          ['A', 1, 1],
        ]),
      ).message,
    ).toMatch(/appears twice/);
    expect(
      caught(() =>
        parseLedger([
          ['C', null, '2025-01'],
          ['A', 1, 1],
        ]),
      ).message,
    ).toMatch(/column B .*must be a period/);
  });

  it('refuses values under a column without a period', () => {
    expect(
      caught(() =>
        parseLedger([
          ['C', '2025-01', null],
          ['A', 1, 9],
        ]),
      ).message,
    ).toMatch(/row 2, column C .*no period/);
  });

  it('a ledger without customers has no data: #N/A', () => {
    expect(caught(() => parseLedger([['Customer', '2025-01']])).code).toBe('#N/A');
  });
});

describe('long ledger', () => {
  it("buckets dates by calendar month, fills every month and sums a customer's rows in a month", () => {
    const l = parseLedger([
      ['Client', 'Date de facture', 'Service', 'Montant'],
      ['Acme', JAN, 'Backup', 100],
      ['Acme', '2025-01-20', 'M365', 50],
      ['Beta', '2025-03', 'Backup', 80],
      ['acme', MAR + 14, 'Backup', 120],
      [null, null, 'note', null],
    ]);
    expect(l.layout).toBe('long');
    // February has no row but is a period, labelled by the serial of its first day.
    expect(l.periods).toEqual([JAN, FEB, MAR]);
    expect(l.customers).toEqual(['Acme', 'Beta']);
    // Acme: January 100 + 50, March 120; Beta: March 80.
    expect(rowsOf(l)).toEqual([
      [150, 0, 120],
      [0, 0, 80],
    ]);
  });

  it.each([
    ['English', ['Customer', 'Invoice date', 'Monthly amount']],
    ['French', ['Nom du client', 'Mois', 'Montant mensuel']],
    ['Dutch', ['Klant', 'Factuurdatum', 'Bedrag']],
    ['Italian', ['Cliente', 'Data fattura', 'Importo']],
    ['German', ['Kunde', 'Rechnungsdatum', 'Betrag']],
    ['with a currency and punctuation', ['Company name', 'Billing-Period', 'MRR (EUR)']],
  ])('finds the columns from %s headers', (_, header) => {
    const l = parseLedger([
      [...header, 'Notes'],
      ['Acme', '2025-01-05', 10, 'x'],
      ['Beta', '2025-02-05', 20, 'y'],
    ]);
    expect(l.layout).toBe('long');
    expect(rowsOf(l)).toEqual([
      [10, 0],
      [0, 20],
    ]);
  });

  it('prefers the most specific amount column (MRR over Amount) wherever it stands', () => {
    const l = parseLedger([
      ['Amount', 'Customer', 'Month', 'MRR'],
      [1200, 'Acme', '2025-01', 100],
    ]);
    expect(rowsOf(l)).toEqual([[100]]);
  });

  it('refuses a date it cannot read, naming the cell', () => {
    const e = caught(() =>
      parseLedger([
        ['Customer', 'Date', 'Amount'],
        ['Acme', 'Jan 5th 2025', 10],
      ]),
    );
    expect(e.code).toBe('#VALUE!');
    expect(withFunction(e, 'MRRMOVES').message).toMatch(/MSP\.MRRMOVES: .*row 2, column B \(Date\).*"Jan 5th 2025"/);
    expect(
      caught(() =>
        parseLedger([
          ['Customer', 'Date', 'Amount'],
          ['Acme', null, 10],
        ]),
      ).message,
    ).toMatch(/is blank/);
  });

  it('refuses a negative or text amount, naming the cell', () => {
    const e = caught(() =>
      parseLedger([
        ['Customer', 'Date', 'Amount'],
        ['Acme', JAN, 10],
        ['Acme', FEB, -1],
      ]),
    );
    expect(e.message).toMatch(/row 3, column C \(Amount\).*negative/);
    expect(
      caught(() =>
        parseLedger([
          ['Customer', 'Date', 'Amount'],
          ['Acme', JAN, 'ten'],
        ]),
      ).code,
    ).toBe('#VALUE!');
  });

  it('refuses dates spanning centuries (a typo) instead of allocating them', () => {
    const e = caught(() =>
      parseLedger([
        ['Customer', 'Date', 'Amount'],
        ['Acme', JAN, 1],
        ['Acme', '2205-01-01', 1],
      ]),
    );
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/\(row 2\) to .*\(row 3\).*mistyped/);
  });

  it('says which column is missing when the header is a long layout without one', () => {
    const e = caught(() =>
      parseLedger([
        ['Customer', 'Invoice date', 'Total'],
        ['Acme', JAN, 10],
      ]),
    );
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/no amount column/);
    expect(e.message).toMatch(/mrr, /);
  });
});

describe('parse cache', () => {
  it('returns the same ledger for the same range object, and parses a new one afresh', () => {
    const grid: Grid = [
      ['Customer', '2025-01'],
      ['Acme', 5],
    ];
    const first = parseLedger(grid);
    expect(parseLedger(grid)).toBe(first);
    expect(
      parseLedger([
        ['Customer', '2025-01'],
        ['Acme', 6],
      ]),
    ).not.toBe(first);
  });
  it('inside an evaluation, reads a new range into working memory, and keeps a range met again', () => {
    const ledgerOf = (n: number): Grid => [
      ['Customer', '2025-01', '2025-02'],
      ['Acme', n, n + 1],
    ];
    // The first scope sizes the working memory for the next ones.
    withWorkingMemory(() => parseLedger(ledgerOf(1)));
    const b = ledgerOf(10);
    const first = withWorkingMemory(() => {
      const l = parseLedger(b);
      return { working: isWorkingMemory(l.mrr), rows: rowsOf(l) };
    });
    expect(first).toEqual({ working: true, rows: [[10, 11]] });
    // Another range takes the same memory, then the first range comes back.
    withWorkingMemory(() => parseLedger(ledgerOf(20)));
    const again = withWorkingMemory(() => parseLedger(b));
    expect(isWorkingMemory(again.mrr)).toBe(false);
    withWorkingMemory(() => parseLedger(ledgerOf(30)));
    expect(rowsOf(again)).toEqual([[10, 11]]);
    expect(withWorkingMemory(() => parseLedger(b))).toBe(again);
  });

  it('does not cache failures', () => {
    const grid: Grid = [
      ['Customer', '2025-01'],
      ['Acme', -5],
    ];
    expect(caught(() => parseLedger(grid))).toBeInstanceOf(KpiError);
    expect(caught(() => parseLedger(grid))).toBeInstanceOf(KpiError);
  });
});

describe('parseLedger (memory reused by the next call, errors checked while parsing)', () => {
  const HEADER = ['Invoice #', 'Customer', 'Date', 'Amount'];

  it('throws an Excel error found in a column the long layout does not read', () => {
    const ref = new KpiError('#REF!');
    expect(caught(() => parseLedger([HEADER, ['INV-1', 'Acme', JAN, 10], [ref, 'Acme', FEB, 10]]))).toBe(ref);
    expect(
      caught(() =>
        parseLedger([
          [...HEADER.slice(0, 3), ref],
          ['INV-1', 'Acme', JAN, 10],
        ]),
      ),
    ).toBe(ref);
  });

  it('throws the first Excel error row by row, before a bad cell met earlier', () => {
    const na = new KpiError('#N/A');
    const div = new KpiError('#DIV/0!');
    // Row 2 has an unreadable date, row 3 an error: the error wins, as Excel propagates errors first.
    expect(caught(() => parseLedger([HEADER, ['INV-1', 'Acme', 'soon', 10], ['INV-2', 'Beta', JAN, na]]))).toBe(na);
    // Two errors in one row: the leftmost, whether or not the layout reads its column.
    expect(caught(() => parseLedger([HEADER, ['INV-1', 'Acme', JAN, 10], [div, na, JAN, 10]]))).toBe(div);
    expect(caught(() => parseLedger([HEADER, ['INV-1', 'Acme', JAN, 10], ['INV-2', na, JAN, div]]))).toBe(na);
    // Wide layout: the customer column's header, which nothing else reads.
    expect(
      caught(() =>
        parseLedger([
          [div, '2025-01'],
          ['Acme', 5],
        ]),
      ),
    ).toBe(div);
    expect(
      caught(() =>
        parseLedger([
          ['Customer', '2025-01'],
          ['Acme', -5],
          ['Beta', na],
        ]),
      ),
    ).toBe(na);
  });

  it('keeps the same messages as parseLedger for a range without Excel errors', () => {
    const grid: Grid = [
      ['Customer', '2025-01', '2025-02'],
      ['Acme', 1, 2],
      ['Beta', 3, -4],
    ];
    expect(caught(() => parseLedger(grid)).message).toBe(caught(() => parseLedger(grid)).message);
  });

  it('reads each ledger right although the next one reuses its memory', () => {
    const wide: Grid = [
      ['Customer', '2025-01', '2025-02'],
      ['Acme', 1, 2],
      ['Beta', null, 4],
    ];
    const long: Grid = [HEADER, ['INV-1', 'Gamma', JAN, 7], ['INV-2', 'Gamma', FEB, 8]];
    const owned = parseLedger([
      ['Customer', '2025-01'],
      ['Delta', 9],
    ]);
    expect(rowsOf(parseLedger(wide))).toEqual([
      [1, 2],
      [0, 4],
    ]);
    expect(rowsOf(parseLedger(long))).toEqual([[7, 8]]);
    // The wide range again, after the long one took the memory: parsed again, not stale.
    expect(rowsOf(parseLedger(wide))).toEqual([
      [1, 2],
      [0, 4],
    ]);
    // A ledger from parseLedger has memory of its own.
    expect(rowsOf(owned)).toEqual([[9]]);
  });

  it('returns the same ledger for the same range object while it is the last one read', () => {
    const grid: Grid = [
      ['Customer', '2025-01'],
      ['Acme', 5],
    ];
    const first = parseLedger(grid);
    expect(parseLedger(grid)).toBe(first);
  });

  it('names each customer as its first row in this ledger writes it, whatever earlier ledgers held', () => {
    parseLedger([
      ['Customer', '2025-01'],
      ['acme', 1],
      ['Zeta', 2],
    ]);
    const l = parseLedger([
      ['Customer', '2025-01'],
      ['ACME ', 1],
      ['acme', 2],
      ['Beta', 3],
    ]);
    expect(l.customers).toEqual(['ACME ', 'Beta']);
    // ACME + acme = 1 + 2
    expect(rowsOf(l)).toEqual([[3], [3]]);
  });

  it('matches customers whose spelling or order changes from month to month', () => {
    const l = parseLedger([
      HEADER,
      ['INV-1', 'Acme', JAN, 1],
      ['INV-2', 'Beta', JAN, 2],
      ['INV-3', 'Gamma', JAN, 3],
      ['INV-4', 'ACME', FEB, 10],
      ['INV-5', 'Gamma', FEB, 30],
      ['INV-6', 'beta', FEB, 20],
      ['INV-7', 'Acme', MAR, 100],
      ['INV-8', 'Gamma', MAR, 300],
      ['INV-9', 'Beta', MAR, 200],
      ['INV-10', 'Beta', MAR, 5],
    ]);
    expect(l.customers).toEqual(['Acme', 'Beta', 'Gamma']);
    // Beta in March: 200 + 5.
    expect(rowsOf(l)).toEqual([
      [1, 10, 100],
      [2, 20, 205],
      [3, 30, 300],
    ]);
  });

  it("sums each customer and month alike whatever the rows' order: by month, by customer or shuffled", () => {
    // 700 customers over 4 months; customer k has an invoice in month t unless (k + t) % 5 === 0, so
    // customers come, go and come back between months; some have two invoices in a month.
    const months = [JAN, FEB, MAR, MAR + 31];
    const rows: [string, number, number][] = [];
    for (let t = 0; t < months.length; t++)
      for (let k = 0; k < 700; k++) {
        if ((k + t) % 5 === 0) continue;
        rows.push([`Client ${k}`, months[t]! + (k % 20), k + t]);
        if (k % 7 === 0) rows.push([`client ${k}`, months[t]!, 1]);
      }
    const expected = new Map<string, number[]>();
    for (const [name, serial, amount] of rows) {
      const key = name.toLowerCase();
      const sums = expected.get(key) ?? [0, 0, 0, 0];
      sums[months.findIndex((m) => serial >= m && serial < m + 28)]! += amount;
      expected.set(key, sums);
    }
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const shuffled = rows.map((r) => [random(), r] as const).sort((a, b) => a[0] - b[0]);
    const orders = {
      byMonth: rows,
      byCustomer: [...rows].sort((a, b) => Number(a[0].slice(7)) - Number(b[0].slice(7))),
      shuffled: shuffled.map(([, r]) => r),
      // The same names as new strings, as Excel hands them on a recalculation, met by a parse that remembers them.
      shuffledAgain: JSON.parse(JSON.stringify(shuffled.map(([, r]) => r))) as typeof rows,
    };
    for (const [order, ordered] of Object.entries(orders)) {
      const l = parseLedger([
        HEADER,
        ...ordered.map(([name, serial, amount], i) => [`INV-${i}`, name, serial, amount]),
      ]);
      const got = new Map(l.customers.map((name, c) => [String(name).toLowerCase(), rowsOf(l)[c]]));
      expect({ order, sums: got }).toEqual({ order, sums: expected });
    }
  });

  it('reads text dates repeated down the column, and still refuses a bad one on its own row', () => {
    const l = parseLedger([
      HEADER,
      ['INV-1', 'Acme', '2025-01-05', 1],
      ['INV-2', 'Beta', '2025-01-05', 2],
      ['INV-3', 'Acme', '2025-02', 3],
    ]);
    expect(rowsOf(l)).toEqual([
      [1, 3],
      [2, 0],
    ]);
    const e = caught(() => parseLedger([HEADER, ['INV-1', 'Acme', 'soon', 1], ['INV-2', 'Beta', 'soon', 2]]));
    expect(e.message).toMatch(/row 2, column C \(Date\).*"soon"/);
  });
});

describe('"no value" markers in a ledger', () => {
  it('are blanks: a marker amount adds nothing, a row of markers is skipped, a marker is no customer', () => {
    const wide = parseLedger([
      ['Customer', '2025-01', '2025-02'],
      ['Acme', 100, 'N/A'],
      ['?', '-', null],
      ['Beta', '—', 50],
    ]);
    expect(wide.customers).toEqual(['Acme', 'Beta']);
    expect([...wide.mrr]).toEqual([100, 0, 0, 50]);
    const long = parseLedger([
      ['Customer', 'Month', 'MRR'],
      ['Acme', '2025-01', 100],
      ['Acme', '?', 'n/a'],
    ]);
    expect([...long.mrr]).toEqual([100]);
    const e = caught(() =>
      parseLedger([
        ['Customer', 'Month', 'MRR'],
        ['N/A', '2025-01', 100],
      ]),
    );
    expect(e.code).toBe('#VALUE!');
    expect(e.key).toBe('noCustomerName');
  });
});
