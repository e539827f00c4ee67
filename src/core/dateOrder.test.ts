import fc from 'fast-check';
import {
  type DateOrder,
  DateOrderEvidence,
  dateOrderOfLocale,
  defaultDateOrder,
  parseDateText,
  setDefaultDateOrder,
  withDateOrder,
} from './dateOrder';
import { serialFromParts } from './dates';
import { isKpiError } from './errors';
import { parseLedger } from './ledger/parse';
import { readTickets } from './tickets/table';

describe('numeric date text', () => {
  it('reads ISO, day-first and month-first text to serials, rejecting impossible dates', () => {
    // 2025-03-05 is serial 45721 (45658 = 2025-01-01, + 31 + 28 + 4)
    expect(parseDateText('2025-03-05', 'mdy')).toBe(45721);
    expect(parseDateText('05/03/2025', 'dmy')).toBe(45721);
    expect(parseDateText('5.3.2025 12:00', 'dmy')).toBe(45721.5);
    expect(parseDateText('03-05-2025 6:00 PM', 'mdy')).toBe(45721.75);
    expect(parseDateText('03/05/2025 12:30 AM', 'mdy')).toBeCloseTo(45721 + 0.5 / 24, 9);
    expect(parseDateText('31/02/2025', 'dmy')).toBeUndefined();
    expect(parseDateText('13/05/2025', 'mdy')).toBeUndefined();
    expect(parseDateText('yesterday', 'dmy')).toBeUndefined();
  });

  it('takes month-first from US English only', () => {
    expect(dateOrderOfLocale('en-US')).toBe('mdy');
    expect(dateOrderOfLocale('en-GB')).toBe('dmy');
    expect(dateOrderOfLocale('fr-BE')).toBe('dmy');
    expect(dateOrderOfLocale(undefined)).toBe('dmy');
  });

  it('applies a default order only inside its evaluation, unless an entry point sets it for its session', () => {
    expect(withDateOrder('mdy', () => defaultDateOrder())).toBe('mdy');
    expect(defaultDateOrder()).toBe('dmy');
    setDefaultDateOrder('mdy');
    try {
      expect(defaultDateOrder()).toBe('mdy');
      expect(withDateOrder('dmy', () => defaultDateOrder())).toBe('dmy');
      expect(defaultDateOrder()).toBe('mdy');
    } finally {
      setDefaultDateOrder('dmy');
    }
  });
});

describe('one order per table, by evidence', () => {
  const decide = (cells: string[], fallback: DateOrder) => {
    const e = new DateOrderEvidence();
    cells.forEach((c, row) => e.note(c, row, 0));
    return e.decide(fallback);
  };

  it('proves day-first or month-first from one part above 12, else assumes the default', () => {
    expect(decide(['01/02/2025', '25.12.2024'], 'mdy')).toEqual({ order: 'dmy', basis: 'proven' });
    expect(decide(['01/02/2025', '12-25-2024 3:00 PM'], 'dmy')).toEqual({ order: 'mdy', basis: 'proven' });
    expect(decide(['01/02/2025', ' 03/04/2025'], 'mdy')).toEqual({ order: 'mdy', basis: 'assumed' });
    expect(decide(['2025-02-01', 'n/a'], 'mdy')).toEqual({ order: 'mdy', basis: 'none' });
  });

  it('refuses a table proving both orders, naming a cell of each', () => {
    try {
      decide(['01/02/2025', '25/12/2024', '12/25/2024'], 'dmy');
      throw new Error('no error');
    } catch (e) {
      if (!isKpiError(e)) throw e;
      expect(e.code).toBe('#VALUE!');
      expect(e.message).toMatch(/row 2, column A.*25\/12\/2024.*day\/month\/year.*row 3, column A.*12\/25\/2024/);
    }
  });
});

/** A date written in an order with a separator, the way exports write them (zero-padded or not). */
interface Written {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
const someDate = fc.record({
  y: fc.integer({ min: 2000, max: 2030 }),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
});
const write = (t: Written, order: DateOrder, sep: string, pad: boolean): string => {
  const p = (n: number) => (pad ? String(n).padStart(2, '0') : String(n));
  return order === 'dmy' ? `${p(t.d)}${sep}${p(t.m)}${sep}${t.y}` : `${p(t.m)}${sep}${p(t.d)}${sep}${t.y}`;
};
const order = fc.constantFrom<DateOrder>('dmy', 'mdy');
const sep = fc.constantFrom('/', '-', '.');

describe('tables read right whatever the default (property)', () => {
  it('a ticket table with evidence is read in its own order', () => {
    fc.assert(
      fc.property(
        fc.array(someDate, { minLength: 0, maxLength: 8 }),
        fc.integer({ min: 13, max: 28 }),
        order,
        order,
        sep,
        fc.boolean(),
        (dates, evidenceDay, own, fallback, s, pad) => {
          const all = [...dates, { y: 2025, m: 6, d: evidenceDay }];
          const grid = [['Created'], ...all.map((t) => [write(t, own, s, pad)])];
          const t = withDateOrder(fallback, () => readTickets(grid, ['created']));
          expect(t.dateOrder).toEqual({ order: own, basis: 'proven' });
          expect([...t.created!]).toEqual(all.map((x) => serialFromParts(x.y, x.m, x.d)));
        },
      ),
    );
  });

  it('a long ledger with evidence anywhere in its period column is read in its own order', () => {
    fc.assert(
      fc.property(
        fc.array(someDate, { minLength: 0, maxLength: 8 }),
        fc.integer({ min: 13, max: 28 }),
        fc.nat(),
        order,
        order,
        sep,
        fc.boolean(),
        (dates, evidenceDay, at, own, fallback, s, pad) => {
          const all = [...dates];
          all.splice(at % (dates.length + 1), 0, { y: 2025, m: 6, d: evidenceDay });
          const grid = [['Customer', 'Date', 'MRR'], ...all.map((t, i) => [`C${i}`, write(t, own, s, pad), 10])];
          const ledger = withDateOrder(fallback, () => parseLedger(grid));
          expect(ledger.dateOrder).toEqual({ order: own, basis: 'proven' });
          // Each customer's one invoice lands in the month its date names.
          all.forEach((t, c) => {
            const month = ledger.periods.indexOf(serialFromParts(t.y, t.m, 1));
            expect(ledger.mrr[c * ledger.periods.length + month]).toBe(10);
          });
        },
      ),
    );
  });

  it('a long ledger proving both orders is refused, naming the first cell of each, before any other problem', () => {
    const grid = [
      ['Customer', 'Date', 'MRR'],
      ['A', '01/02/2025', 10],
      ['B', '12/25/2024', 10],
      ['C', 'soon', 10],
      ['D', '25/12/2024', 10],
      ['E', '13/01/2025', -5],
    ];
    for (const fallback of ['dmy', 'mdy'] as const) {
      try {
        withDateOrder(fallback, () => parseLedger(grid));
        throw new Error('no error');
      } catch (e) {
        if (!isKpiError(e)) throw e;
        expect(e.message).toMatch(/row 5, column B.*25\/12\/2024.*row 3, column B.*12\/25\/2024/);
      }
    }
  });

  it('a table without evidence is read in the default order and says it was assumed', () => {
    const ambiguous = fc.record({
      y: fc.integer({ min: 2000, max: 2030 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 12 }),
    });
    fc.assert(
      fc.property(fc.array(ambiguous, { minLength: 1, maxLength: 8 }), order, sep, (dates, fallback, s) => {
        const grid = [['Customer', 'Date', 'MRR'], ...dates.map((t, i) => [`C${i}`, write(t, fallback, s, true), 10])];
        const ledger = withDateOrder(fallback, () => parseLedger(grid));
        expect(ledger.dateOrder).toEqual({ order: fallback, basis: 'assumed' });
        const months = dates.map((x) => serialFromParts(x.y, x.m, 1));
        expect(ledger.periods[0]).toBe(Math.min(...months));
        expect(ledger.periods[ledger.periods.length - 1]).toBe(Math.max(...months));
      }),
    );
  });
});
