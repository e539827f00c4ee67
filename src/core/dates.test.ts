import fc from 'fast-check';
import {
  formatSerial,
  isoWeekStart,
  monthIndex,
  parseIsoDate,
  parseYearMonth,
  serialFromMonthIndex,
  serialFromParts,
} from './dates';

/** Independent oracle: JavaScript's own ISO parser, read as UTC, converted to an Excel serial. */
const oracle = (iso: string): number => Date.parse(iso) / 86_400_000 + 25_569;

describe('Excel serials', () => {
  it('match the serials Excel shows for known dates', () => {
    expect(serialFromParts(2025, 1, 1)).toBe(45658); // =DATE(2025,1,1)
    expect(serialFromParts(1900, 3, 1)).toBe(61);
    expect(serialFromParts(2024, 2, 29, 12)).toBe(45351.5);
  });
  it('count months and find ISO week starts (Monday)', () => {
    expect(monthIndex(45658)).toBe(2025 * 12);
    expect(serialFromMonthIndex(2025 * 12 + 1)).toBe(serialFromParts(2025, 2, 1));
    expect(isoWeekStart(serialFromParts(2025, 1, 1))).toBe(serialFromParts(2024, 12, 30)); // Wed → Mon 30 Dec
    expect(isoWeekStart(serialFromParts(2025, 1, 6, 9))).toBe(serialFromParts(2025, 1, 6));
  });
});

describe('parseIsoDate', () => {
  it('reads the ISO forms of SPEC §1', () => {
    expect(parseIsoDate('2025-03-05')).toBe(serialFromParts(2025, 3, 5));
    expect(parseIsoDate('2025-03-05 14:30')).toBeCloseTo(serialFromParts(2025, 3, 5) + 14.5 / 24, 10);
    expect(parseIsoDate('2025-03-05T14:30:00Z')).toBeCloseTo(serialFromParts(2025, 3, 5) + 14.5 / 24, 10);
    expect(parseIsoDate('2025-03-05T14:30:00+02:00')).toBeCloseTo(serialFromParts(2025, 3, 5) + 12.5 / 24, 10);
  });
  it('rejects other text and impossible dates', () => {
    for (const bad of ['05/03/2025', '2025-02-30', '2025-13-01', '2025-03-05 24:00', 'March 5', '2025-3-5', '']) {
      expect(parseIsoDate(bad)).toBeUndefined();
    }
  });
  it('agrees with an independent ISO parser on arbitrary valid timestamps', () => {
    const stamp = fc.date({
      min: new Date('1000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(stamp, fc.constantFrom(10, 16, 19), fc.constantFrom(' ', 'T'), (d, length, sep) => {
        const iso = d.toISOString().slice(0, length).replace('T', sep);
        const expected = oracle(`${iso.replace(' ', 'T')}${length === 10 ? 'T00:00:00' : ''}Z`);
        expect(parseIsoDate(iso)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
  it('reads year-month labels', () => {
    expect(parseYearMonth('2025-01')).toBe(45658);
    expect(parseYearMonth('2025-13')).toBeUndefined();
  });
  it('formats serials back for messages', () => {
    expect(formatSerial(45658)).toBe('2025-01-01');
    expect(formatSerial(45658.75)).toBe('2025-01-01 18:00');
  });
});
