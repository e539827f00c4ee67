import { caught } from '../../../test/helpers/kpiError';
import { withFunction } from '../errors';
import { parseLedger } from './parse';
import { resolvePeriod } from './period';

// DATE(2025,1,1) = 45658, DATE(2025,2,1) = 45689, DATE(2025,3,1) = 45717.
const JAN = 45658;
const FEB = 45689;
const MAR = 45717;
const text = parseLedger([
  ['Customer', '2025-01', '2025-02', '2025-03'],
  ['A', 1, 2, 3],
]);
const serials = parseLedger([
  ['Customer', JAN, FEB, MAR],
  ['A', 1, 2, 3],
]);

describe('resolvePeriod', () => {
  it('defaults to the last period', () => {
    expect(resolvePeriod(text, null)).toBe(2);
  });
  it('reads a whole number from 1 to N as the 1-based index of the period columns', () => {
    expect(resolvePeriod(text, 1)).toBe(0);
    expect(resolvePeriod(serials, 2)).toBe(1);
  });
  it('matches a header label, case-insensitively', () => {
    expect(resolvePeriod(text, '2025-02')).toBe(1);
    const quarters = parseLedger([
      ['C', 'Q1', 'Q2'],
      ['A', 1, 2],
    ]);
    expect(resolvePeriod(quarters, ' q2 ')).toBe(1);
  });
  it('matches a date serial: the same day, or any day of the month of a single header', () => {
    expect(resolvePeriod(serials, FEB)).toBe(1);
    expect(resolvePeriod(serials, FEB + 13.5)).toBe(1);
    expect(resolvePeriod(text, FEB)).toBe(1);
    expect(resolvePeriod(text, '2025-02-14')).toBe(1);
  });
  it('does not guess between two headers of the same month', () => {
    const weekly = parseLedger([
      ['C', JAN, JAN + 7],
      ['A', 1, 2],
    ]);
    expect(resolvePeriod(weekly, JAN + 7)).toBe(1);
    expect(caught(() => resolvePeriod(weekly, JAN + 3)).code).toBe('#N/A');
  });
  it('reads text holding a whole number as an index', () => {
    expect(resolvePeriod(text, '2')).toBe(1);
  });
  it('an unknown period is #N/A saying what is accepted', () => {
    const e = caught(() => resolvePeriod(text, 'Q4'));
    expect(e.code).toBe('#N/A');
    expect(withFunction(e, 'CHURN').message).toBe(
      'MSP.CHURN: period "Q4" is not a period of the ledger: give 1 to 3, or a period of its header (2025-01 … 2025-03).',
    );
    expect(caught(() => resolvePeriod(text, 4)).code).toBe('#N/A');
    expect(caught(() => resolvePeriod(serials, 46000)).message).toMatch(/period 2025-12-09 is not/);
  });
  it('a logical is #VALUE!', () => {
    expect(caught(() => resolvePeriod(text, true)).code).toBe('#VALUE!');
  });
});
