import { type DateOrder, parseDateText } from '../core/dateOrder';
import { serialFromParts } from '../core/dates';
import { FieldEvidence, FieldTyper, detectDecimalMark, parseLocaleNumber } from './textValues';

/** Rows typed as the CSV reader does: evidence from every row first, then each row typed. */
function typeRows(rows: string[][], delimiter: string, fallback: DateOrder = 'dmy') {
  const evidence = new FieldEvidence();
  rows.forEach((row, r) => evidence.add(row, r));
  const typer = new FieldTyper(evidence, delimiter, fallback);
  const grid = rows.map((row) => typer.type(row, rows[0]!.length));
  return { grid, decimalMark: typer.decimalMark, dateColumns: typer.dateColumns, dateOrder: typer.dateOrder };
}

describe('numbers', () => {
  it('finds a decimal comma from unambiguous fields', () => {
    expect(detectDecimalMark([['1,5', '2']], ',')).toBe(',');
    expect(detectDecimalMark([['1.234,56']], ',')).toBe(',');
    expect(detectDecimalMark([['1.5'], ['1,234.56']], ';')).toBe('.');
    // 1,234 could be either: a ;-file defaults to European, a ,-file to decimal point
    expect(detectDecimalMark([['1,234']], ';')).toBe(',');
    expect(detectDecimalMark([['1.234']], ',')).toBe('.');
  });

  it('reads numbers with the file mark, thousands separators, currency and %', () => {
    expect(parseLocaleNumber('1.234,5', ',')).toBe(1234.5);
    expect(parseLocaleNumber('€ 1.234,50', ',')).toBe(1234.5);
    expect(parseLocaleNumber('-0,75', ',')).toBe(-0.75);
    expect(parseLocaleNumber('1,234.5', '.')).toBe(1234.5);
    expect(parseLocaleNumber('75%', '.')).toBe(0.75);
    expect(parseLocaleNumber('12,5 %', ',')).toBe(0.125);
    expect(parseLocaleNumber('1,5', '.')).toBeUndefined(); // comma in a decimal-point file: not a number
    expect(parseLocaleNumber('T-1001', '.')).toBeUndefined();
  });
});

describe('dates', () => {
  it('reads ISO and day-first dates to serials, rejecting impossible ones', () => {
    // 2025-03-05 is serial 45721 (45658 = 2025-01-01, + 31 + 28 + 4)
    expect(parseDateText('2025-03-05', 'dmy')).toBe(45721);
    expect(parseDateText('05/03/2025', 'dmy')).toBe(45721);
    expect(parseDateText('05.03.2025 12:00', 'dmy')).toBe(45721.5);
    expect(parseDateText('03/05/2025 6:00 PM', 'mdy')).toBe(45721.75);
    expect(parseDateText('31/02/2025', 'dmy')).toBeUndefined();
    expect(parseDateText('yesterday', 'dmy')).toBeUndefined();
  });

  it('types a field repeated down a column or across columns as its first occurrence, each column noting its dates', () => {
    const { grid, dateColumns } = typeRows(
      [
        ['Created', 'Client', 'Resolved', 'Hours'],
        ['2025-03-05', 'Acme', '', '1.5'],
        ['2025-03-05', 'Acme', '2025-03-05', '1.5'],
        ['2025-03-05', 'T-1', '2025-03-05', 'n/a'],
      ],
      ',',
    );
    expect(grid.slice(1)).toEqual([
      [45721, 'Acme', null, 1.5],
      [45721, 'Acme', 45721, 1.5],
      [45721, 'T-1', 45721, 'n/a'],
    ]);
    // The same text read as a date in column A and in column C: both are date columns.
    expect(dateColumns).toEqual(new Set([0, 2]));
  });

  it('types every field alike in a column of more distinct fields than any memo keeps', () => {
    const rows = [['Id', 'Client'], ...Array.from({ length: 25_000 }, (_, i) => [String(i), i % 2 ? 'Acme' : 'Beta'])];
    const { grid } = typeRows(rows, ',');
    expect(grid.slice(1).every((row, i) => row[0] === i && row[1] === (i % 2 ? 'Acme' : 'Beta'))).toBe(true);
  });

  it('decides the day/month order once per file, from a day above 12 in any column', () => {
    const { grid, dateColumns, dateOrder } = typeRows(
      [
        ['Created', 'Resolved'],
        ['01/02/2025', '02/01/2025'],
        ['13/02/2025', ''],
      ],
      ',',
      'mdy',
    );
    // 13/02 proves day-first for both columns, whatever the default
    expect(dateOrder).toEqual({ order: 'dmy', basis: 'proven' });
    expect(grid[1]).toEqual([serialFromParts(2025, 2, 1), serialFromParts(2025, 1, 2)]);
    expect(dateColumns).toEqual(new Set([0, 1]));
  });

  it("counts a wide ledger's period headers as evidence", () => {
    const { grid, dateOrder } = typeRows(
      [
        ['Customer', '01/02/2025', '13/02/2025'],
        ['Acme', '100', '110'],
      ],
      ',',
      'mdy',
    );
    // 13/02 in the header proves day-first: 01/02 is then 1 February
    expect(dateOrder).toEqual({ order: 'dmy', basis: 'proven' });
    expect(grid[0]).toEqual(['Customer', serialFromParts(2025, 2, 1), serialFromParts(2025, 2, 13)]);
  });

  it('says when the order was assumed, and keeps numeric dates as text when the file proves both', () => {
    const assumed = typeRows([['Created'], ['01/02/2025']], ',', 'mdy');
    expect(assumed.dateOrder).toEqual({ order: 'mdy', basis: 'assumed' });
    expect(assumed.grid[1]).toEqual([serialFromParts(2025, 1, 2)]);
    const both = typeRows([['Created'], ['13/02/2025'], ['02/13/2025'], ['2025-02-14']], ',');
    expect('conflict' in both.dateOrder && both.dateOrder.conflict.message).toMatch(
      /row 2.*13\/02\/2025.*row 3.*02\/13\/2025/,
    );
    // ISO text is still a date; the two numeric dates stay text for the core to report
    expect(both.grid.slice(1)).toEqual([['13/02/2025'], ['02/13/2025'], [serialFromParts(2025, 2, 14)]]);
  });

  it('types a European export: decimal comma numbers, blanks as null, text kept', () => {
    const { grid, decimalMark } = typeRows(
      [
        ['Ticket', 'Uren', 'Klant', 'Datum'],
        ['T1', '1,5', 'Jansen', '05-03-2025'],
        ['T2', '', 'De Vries'],
      ],
      ';',
    );
    expect(decimalMark).toBe(',');
    expect(grid).toEqual([
      ['Ticket', 'Uren', 'Klant', 'Datum'],
      ['T1', 1.5, 'Jansen', 45721],
      ['T2', null, 'De Vries', null],
    ]);
  });
});
