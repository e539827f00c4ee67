import { serialFromParts } from '../core/dates';
import { detectDelimiter, parseCsvText } from './csv';
import { detectDecimalMark, parseLocaleNumber, typeFields } from './textValues';

describe('CSV text', () => {
  it('detects the delimiter from the header line, not from decimal commas in the body', () => {
    expect(detectDelimiter('Ticket;Created;Hours\n1;2025-01-02;1,5\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1,5\t2\t3')).toBe('\t');
    expect(detectDelimiter('"a;b",c,d\n')).toBe(','); // the ; is inside quotes
    expect(detectDelimiter('only\n1\n')).toBe(',');
  });

  it('drops a BOM and keeps quoted delimiters, doubled quotes and line breaks', () => {
    const { rows, delimiter } = parseCsvText('\uFEFFId;Client;Note\n1;"Dupont; fils";"a ""b""\nc"\n', 't.csv');
    expect(delimiter).toBe(';');
    expect(rows[0]).toEqual(['Id', 'Client', 'Note']);
    expect(rows[1]).toEqual(['1', 'Dupont; fils', 'a "b"\nc']);
  });

  it('pads short rows and refuses an unterminated quote with the row', () => {
    expect(parseCsvText('a,b,c\n1,2\n', 't.csv').rows[1]).toEqual(['1', '2', '']);
    expect(() => parseCsvText('a,b\n1,"open\n', 't.csv')).toThrow(/t\.csv.*quote/i);
  });
});

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
  it('decides the day/month order once per file, from a day above 12 in any column', () => {
    const { grid, dateColumns, dateOrder } = typeFields(
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

  it('says when the order was assumed, and keeps numeric dates as text when the file proves both', () => {
    const assumed = typeFields([['Created'], ['01/02/2025']], ',', 'mdy');
    expect(assumed.dateOrder).toEqual({ order: 'mdy', basis: 'assumed' });
    expect(assumed.grid[1]).toEqual([serialFromParts(2025, 1, 2)]);
    const both = typeFields([['Created'], ['13/02/2025'], ['02/13/2025'], ['2025-02-14']], ',');
    expect(both.dateOrder).toEqual({ conflict: expect.stringMatching(/row 2.*13\/02\/2025.*row 3.*02\/13\/2025/) });
    // ISO text is still a date; the two numeric dates stay text for the core to report
    expect(both.grid.slice(1)).toEqual([['13/02/2025'], ['02/13/2025'], [serialFromParts(2025, 2, 14)]]);
  });

  it('types a European export: decimal comma numbers, blanks as null, text kept', () => {
    const { rows, delimiter } = parseCsvText(
      '\uFEFFTicket;Uren;Klant;Datum\nT1;1,5;Jansen;05-03-2025\nT2;;De Vries;\n',
      'nl.csv',
    );
    const { grid, decimalMark } = typeFields(rows, delimiter);
    expect(decimalMark).toBe(',');
    expect(grid).toEqual([
      ['Ticket', 'Uren', 'Klant', 'Datum'],
      ['T1', 1.5, 'Jansen', 45721],
      ['T2', null, 'De Vries', null],
    ]);
  });
});
