import { parseHolidays } from './holidays';

// 2025-12-25 is serial 46016 (Excel: =DATE(2025,12,25) → 46016).
const CHRISTMAS = 46_016;

describe('parseHolidays', () => {
  it('reads serials and ISO text as whole days, sorted without repeats, in any shape of range', () => {
    expect(parseHolidays([[CHRISTMAS + 1, '2025-12-25'], [CHRISTMAS + 0.75], ['2026-01-01 00:00']])).toEqual({
      ok: true,
      value: [CHRISTMAS, CHRISTMAS + 1, CHRISTMAS + 7],
    });
  });

  it('skips blanks and the no-date sentinels 0 and 1', () => {
    expect(parseHolidays([[null], [''], ['  '], [0], [1], [CHRISTMAS]])).toEqual({ ok: true, value: [CHRISTMAS] });
    expect(parseHolidays([])).toEqual({ ok: true, value: [] });
  });

  it.each<string | number | boolean>(['Christmas', true, -5, 3_000_000, '2025-02-30'])(
    'names the cell holding %j',
    (cell) => {
      expect(parseHolidays([[CHRISTMAS, cell]])).toEqual({
        ok: false,
        problem: { key: 'badHoliday', text: String(cell), row: 0, column: 1 },
      });
    },
  );
});
