import type { Grid } from '../cells';
import { serialFromParts } from '../dates';
import { withDateOrder } from '../dateOrder';
import { KpiError, withFunction } from '../errors';
import { textKey } from './grouping';
import { isOpen, readTickets } from './table';
import { caught } from '../../../test/helpers/kpiError';

const H = ['Ticket #', 'Created', 'First Response', 'Resolved', 'Due By', 'SLA Met', 'Hours', 'Status'];

describe('ticket table parsing', () => {
  it('reads Excel serials and ISO text into serials, blanks (null, "", 0) as unknown', () => {
    const grid: Grid = [
      H,
      [
        1,
        serialFromParts(2025, 3, 3, 9),
        serialFromParts(2025, 3, 3, 9, 30),
        '2025-03-03T12:00:00Z',
        '2025-03-03 17:00',
        'yes',
        1.5,
        'Closed',
      ],
      [2, '2025-03-04 08:00', null, '', 0, null, '', 'Open'],
    ];
    const t = readTickets(grid, [
      'created',
      'firstResponse',
      'resolved',
      'due',
      'slaMet',
      'hours',
      'resolutionHours',
      'firstResponseHours',
      'closedByStatus',
    ]);
    expect(t.count).toBe(2);
    expect(t.created![1]).toBe(serialFromParts(2025, 3, 4, 8));
    expect(t.resolved![0]).toBe(serialFromParts(2025, 3, 3, 12));
    expect(t.due![0]).toBe(serialFromParts(2025, 3, 3, 17));
    expect([t.firstResponse![1], t.resolved![1], t.due![1], t.hours![1]].every(Number.isNaN)).toBe(true);
    expect([...t.slaMet!]).toEqual([1, -1]);
    // 09:00 → 09:30 and 09:00 → 12:00.
    expect(t.firstResponseHours![0]).toBe(0.5);
    expect(t.resolutionHours![0]).toBe(3);
    expect(Number.isNaN(t.resolutionHours![1]!)).toBe(true);
    expect([...t.closedByStatus!]).toEqual([1, 0]);
    expect([isOpen(t, 0), isOpen(t, 1)]).toEqual([false, true]);
  });

  it('skips rows that are entirely blank, whatever form the blanks take', () => {
    const t = readTickets(
      [
        H,
        [null, null, '', 0, null, '', null, null],
        [7, '2025-01-02', null, null, null, null, null, null],
        ['', 0, 0, 0, 0, 0, 0, 0],
      ],
      ['created'],
    );
    expect(t.count).toBe(1);
    expect(t.created![0]).toBe(serialFromParts(2025, 1, 2));
  });

  it('as-of time is the latest created / first response / resolved timestamp (not the due date)', () => {
    const t = readTickets(
      [
        H,
        [1, '2025-03-01 09:00', '2025-03-01 10:00', '2025-03-06 10:00', '2025-04-01', null, null, null],
        [2, '2025-03-05 09:00', '2025-03-07 11:00', null, null, null, null, null],
      ],
      ['asOf'],
    );
    expect(t.asOf).toBe(serialFromParts(2025, 3, 7, 11));
  });

  it('a duration-only export: minutes and hours columns, no timestamps', () => {
    const t = readTickets(
      [
        ['Id', 'First reply time in minutes', 'Resolution time (in hrs)', 'Time tracked'],
        [1, 30, 4, '1:30'],
        [2, '90', null, 2],
        [3, null, '2,5', null],
      ],
      ['firstResponseHours', 'resolutionHours', 'resolved', 'hours'],
    );
    expect([...t.firstResponseHours!]).toEqual([0.5, 1.5, NaN]);
    expect([...t.resolutionHours!]).toEqual([4, NaN, 2.5]);
    expect([...t.hours!]).toEqual([1.5, 2, NaN]);
    // No creation time: no resolution instant can be derived.
    expect(t.resolved).toBeUndefined();
  });

  it('derives the resolution instant from created + resolution duration when there is no resolved column', () => {
    const t = readTickets(
      [
        ['Created', 'Resolution time (in hrs)'],
        ['2025-03-03 09:00', 6],
        ['2025-03-03 10:00', null],
      ],
      ['resolved'],
    );
    expect(t.resolved![0]).toBeCloseTo(serialFromParts(2025, 3, 3, 15), 9);
    expect(Number.isNaN(t.resolved![1]!)).toBe(true);
  });

  it('text that is no date is #VALUE! naming the cell', () => {
    const e = caught(() =>
      readTickets(
        [
          H,
          [1, '2025-03-03', null, null, null, null, null, null],
          [2, 'March 5, 2025', null, null, null, null, null, null],
        ],
        ['created'],
      ),
    );
    expect(e.code).toBe('#VALUE!');
    expect(withFunction(e, 'SLA').message).toContain(
      'MSP.SLA: tickets, row 3, column B (Created) of the range: "March 5, 2025" is not a date',
    );
    expect(caught(() => readTickets([H, [1, true, null, null, null, null, null, null]], ['created'])).code).toBe(
      '#VALUE!',
    );
    expect(
      caught(() => readTickets([H, [1, '2025-02-30', null, null, null, null, null, null]], ['created'])).code,
    ).toBe('#VALUE!');
  });

  it('a resolution or first response earlier than the creation is #VALUE! naming the row', () => {
    const e = caught(() =>
      readTickets([H, [1, '2025-03-03 09:00', null, '2025-03-03 08:00', null, null, null, null]], ['resolutionHours']),
    );
    expect(e.code).toBe('#VALUE!');
    expect(withFunction(e, 'TTR').message).toBe(
      'MSP.TTR: tickets, row 2: Resolved (2025-03-03 08:00) is earlier than Created (2025-03-03 09:00).',
    );
    const f = caught(() =>
      readTickets([H, [1, '2025-03-03 09:00', '2025-03-02', null, null, null, null, null]], ['firstResponseHours']),
    );
    expect(f.message).toMatch(/row 2: First Response .* earlier than Created/);
  });

  it('bad durations and flags name the cell; negative durations are #NUM!', () => {
    expect(caught(() => readTickets([['Hours'], ['lots']], ['hours'])).message).toContain('row 2, column A (Hours)');
    expect(caught(() => readTickets([['Hours'], [-1]], ['hours'])).code).toBe('#NUM!');
    expect(caught(() => readTickets([['SLA Met'], [1], ['perhaps']], ['slaMet'])).message).toContain(
      'row 3, column A (SLA Met)',
    );
  });

  it('an Excel error inside the range propagates as it is', () => {
    const err = new KpiError('#REF!', { text: '' });
    expect(caught(() => readTickets([H, [1, err, null, null, null, null, null, null]], ['created']))).toBe(err);
  });

  it("an Excel error in a column it does not read is left to the caller, in Excel's own form too", () => {
    const na = { code: '#N/A', message: 'lookup failed' };
    const grid: Grid = [
      ['Ticket #', 'Created', 'Notes'],
      [1, 45719.5, na],
      [2, 45720.5, ''],
    ];
    // The templates read a few columns of data that may hold errors elsewhere.
    expect(readTickets(grid, ['created']).count).toBe(2);
    const read = caught(() => readTickets([H, [1, na, null, null, null, null, null, null]], ['created']));
    expect([read.code, read.message]).toEqual(['#N/A', 'lookup failed']);
  });

  it('each table has memory of its own: a later parse leaves an earlier table as it was', () => {
    const first = readTickets(
      [
        ['Created', 'Resolved'],
        [45719.25, 45719.5],
        [45720, null],
      ],
      ['created', 'resolutionHours'],
    );
    readTickets(
      [
        ['Created', 'Resolved'],
        [45800, 45801],
        [45801, 45802],
      ],
      ['created', 'resolutionHours'],
    );
    expect([...first.created!]).toEqual([45719.25, 45720]);
    // 45719.25 → 45719.5 is 6 h; the second ticket is open.
    expect([...first.resolutionHours!]).toEqual([6, NaN]);
  });

  it('only the columns a function reads are parsed: a bad date elsewhere does not fail FCR', () => {
    const t = readTickets(
      [
        ['Created', 'FCR'],
        ['not a date', 'yes'],
      ],
      ['firstContact'],
    );
    expect([...t.firstContact!]).toEqual([1]);
  });

  it('reads the "no value" markers as blanks, and the no-date sentinels in date columns', () => {
    const t = readTickets(
      [
        ['Ticket #', 'Created', 'Resolved', 'SLA Met', 'Hours', 'Client'],
        [1, '2025-03-03', '?', '-', 'N/A', 'none'],
        [2, '2025-03-03', '1900-01-01', 'n/a', 'null', '(blank)'],
        [3, '2025-03-03', '0000-00-00 00:00:00', '#N/A', '—', 'NA'],
        [4, '2025-03-03', 0, 'NULL', '?', 'Acme'],
        [5, '2025-03-03', 1, null, 2, 'Acme'],
      ],
      ['resolved', 'slaMet', 'hours'],
      'tickets',
      { column: 5, key: textKey },
    );
    expect(t.count).toBe(5);
    expect([...t.resolved!].every(Number.isNaN)).toBe(true);
    expect([...t.slaMet!]).toEqual([-1, -1, -1, -1, -1]);
    expect([...t.hours!].slice(0, 4).every(Number.isNaN)).toBe(true);
    expect(t.hours![4]).toBe(2);
    expect([...t.groupIndex!]).toEqual([-1, -1, -1, 0, 0]);
    expect(t.groups).toEqual(['Acme']);
  });

  it('falls back, row by row, to the closed time where the resolved cell is blank', () => {
    const t = readTickets(
      [
        ['number', 'opened_at', 'resolved_at', 'closed_at'],
        ['INC1', '2025-03-03 09:00', '2025-03-03 10:00', '2025-03-05 10:00'],
        ['INC2', '2025-03-03 09:00', '', '2025-03-04 09:00'],
        ['INC3', '2025-03-03 09:00', null, null],
      ],
      ['resolved', 'resolutionHours'],
    );
    // INC1 keeps its resolution (1 h), INC2 takes its closing (24 h), INC3 is open
    expect([...t.resolutionHours!].slice(0, 2)).toEqual([1, 24]);
    expect(t.resolved![1]).toBe(serialFromParts(2025, 3, 4, 9));
    expect(Number.isNaN(t.resolved![2]!)).toBe(true);
    const closedOnly = readTickets(
      [
        ['Ticket ID', 'Date Logged', 'Date Closed'],
        [1, '2025-03-03 09:00', '2025-03-03 11:30'],
      ],
      ['resolutionHours'],
    );
    expect([...closedOnly.resolutionHours!]).toEqual([2.5]);
  });

  it('decides one date order per table, refusing a table that proves both only where dates are read', () => {
    const grid: Grid = [
      ['Ticket #', 'Created', 'Resolved', 'First Contact Resolution'],
      [1, '13/02/2025 09:00', '', 'yes'],
      [2, '02/14/2025 09:00', '', 'no'],
    ];
    const e = caught(() => readTickets(grid, ['created']));
    expect(e.message).toMatch(/row 2, column B \(Created\).*row 3, column B \(Created\)/);
    // FCR reads no date: the conflict does not stop it
    const t = readTickets(grid, ['firstContact']);
    expect([...t.firstContact!]).toEqual([1, 0]);
    expect(t.dateOrder.basis).toBe('none');
  });

  describe('the date order, decided in the same pass that reads the cells', () => {
    const T = ['Ticket #', 'Created', 'Resolved', 'First Response'];
    // 02/03/2025 is 3 February month-first, 2 March day-first; 02/14/2025 can only be month-first.
    const provesMonthFirst: Grid = [
      T,
      [1, '02/03/2025 09:00', '02/03/2025 11:30', null],
      [2, '02/14/2025 08:00', null, null],
    ];

    it('reads again in the order the table proves when it is not the default', () => {
      const t = withDateOrder('dmy', () => readTickets(provesMonthFirst, ['created', 'resolutionHours']));
      expect(t.dateOrder).toEqual({ order: 'mdy', basis: 'proven' });
      expect([...t.created!]).toEqual([serialFromParts(2025, 2, 3, 9), serialFromParts(2025, 2, 14, 8)]);
      expect(t.resolutionHours![0]).toBe(2.5);
    });

    it('reads a cell unreadable in the default order when the table proves the other', () => {
      // The unreadable cell comes first, before the row proving the order.
      const grid: Grid = [T, [1, '02/13/2025 09:00', null, null], [2, '02/03/2025 09:00', null, null]];
      const t = withDateOrder('dmy', () => readTickets(grid, ['created']));
      expect([...t.created!]).toEqual([serialFromParts(2025, 2, 13, 9), serialFromParts(2025, 2, 3, 9)]);
    });

    it('refuses a table proving both orders before naming a bad cell earlier in it', () => {
      const grid: Grid = [
        T,
        [1, 'soon', null, null],
        [2, '13/02/2025 09:00', null, null],
        [3, '02/14/2025 09:00', null, null],
      ];
      const e = caught(() => withDateOrder('dmy', () => readTickets(grid, ['created'])));
      expect(e.message).toMatch(/row 3, column B \(Created\).*row 4, column B \(Created\)/);
    });

    it('names the first cell proving each order column by column, in columns the function does not read too', () => {
      // Row 2 proves day-first in Resolved, row 3 in Created: Created comes first. First Response proves month-first.
      const grid: Grid = [
        T,
        [1, '2025-02-03 09:00', '13/02/2025 09:00', null],
        [2, '14/02/2025 09:00', null, '02/15/2025 10:00'],
      ];
      for (const fields of [['created'], ['resolved'], ['firstResponse']] as const) {
        const e = caught(() => withDateOrder('mdy', () => readTickets(grid, fields)));
        expect(e.message).toMatch(/row 3, column B \(Created\).*row 3, column D \(First Response\)/);
      }
    });

    it('keeps the error of a cell no order reads', () => {
      const grid: Grid = [T, [1, '02/03/2025 09:00', null, null], [2, '31/02/2025 09:00', null, null]];
      const e = caught(() => withDateOrder('mdy', () => readTickets(grid, ['created'])));
      expect(e.message).toMatch(/row 3, column B \(Created\)/);
      expect(e.message).toContain('31/02/2025');
    });
  });
});
