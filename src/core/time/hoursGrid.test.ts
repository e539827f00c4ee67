import type { Scalar } from '../cells';
import { parseHoursGrid } from './hoursGrid';

/** Excel's time of h:mm: a fraction of a day. */
const time = (h: number, m = 0): number => (h * 60 + m) / 1440;
const row = (open: Scalar, close: Scalar): Scalar[] => [open, close];

describe('parseHoursGrid', () => {
  it('reads Excel times Monday to Sunday, blank rows closed, on each platform blank (null, "", 0)', () => {
    for (const blank of [null, '', 0, '  ']) {
      const grid = [
        ...Array.from({ length: 4 }, () => row(time(8), time(18))),
        row(time(8), time(16)),
        row(blank, blank),
        row(blank, blank),
      ];
      const r = parseHoursGrid(grid);
      expect(r).toEqual({
        ok: true,
        value: { week: [[[480, 1080]], [[480, 1080]], [[480, 1080]], [[480, 1080]], [[480, 960]], [], []], zone: null },
      });
    }
  });

  it('reads written times and closed words, and rounds Excel times to the minute', () => {
    const r = parseHoursGrid([
      row('8:30', '17h'),
      row('08h00', '12:00'),
      row(time(9) + 1e-9, time(17) - 1e-9),
      row('fermé', 'fermé'),
      row('gesloten', null),
      row('chiuso', ''),
      row('geschlossen', 'closed'),
    ]);
    expect(r.ok && r.value.week).toEqual([[[510, 1020]], [[480, 720]], [[540, 1020]], [], [], [], []]);
  });

  it('reads a blank or 0:00 closing as midnight and a blank opening as midnight (Excel types 24:00 as 1)', () => {
    const r = parseHoursGrid([
      row(time(8), 0),
      row(time(8), null),
      row(null, time(6)),
      row(0, 1),
      row(time(22), 1),
      row(null, null),
      row(null, null),
    ]);
    expect(r.ok && r.value.week).toEqual([
      [[480, 1440]],
      [[480, 1440]],
      [[0, 360]],
      [[0, 1440]],
      [[1320, 1440]],
      [],
      [],
    ]);
  });

  it('says when the range is not 7 × 2', () => {
    expect(parseHoursGrid([row(time(8), time(18))])).toEqual({ ok: false, problem: { key: 'badGrid', text: '1×2' } });
    expect(parseHoursGrid(Array.from({ length: 7 }, () => [time(8), time(12), time(18)]))).toEqual({
      ok: false,
      problem: { key: 'badGrid', text: '7×3' },
    });
  });

  it('names a cell that is not a time, a closing before its opening, and an all-closed week', () => {
    const grid = (r: Scalar[]): Scalar[][] => [r, ...Array.from({ length: 6 }, () => row(null, null))];
    expect(parseHoursGrid(grid(row(time(8), 'soon')))).toEqual({
      ok: false,
      problem: { key: 'badCell', text: 'soon', row: 0, column: 1 },
    });
    expect(parseHoursGrid(grid(row(true, time(8))))).toEqual({
      ok: false,
      problem: { key: 'badCell', text: 'true', row: 0, column: 0 },
    });
    expect(parseHoursGrid(grid(row(45_000.5, time(8))))).toEqual({
      ok: false,
      problem: { key: 'badCell', text: '45000.5', row: 0, column: 0 },
    });
    expect(parseHoursGrid(grid(row('18:00', '08:00')))).toEqual({
      ok: false,
      problem: { key: 'invertedRange', text: '18:00-08:00', row: 0, column: 1 },
    });
    expect(parseHoursGrid(grid(row(null, null)))).toEqual({ ok: false, problem: { key: 'neverOpen', text: '' } });
  });
});
