import { evaluate } from '../evaluate';
import { getFunction } from '../registry';
import { KpiError } from '../errors';
import { run, code } from '../../../test/helpers/kpiError';

describe('sales, people and operations KPIs', () => {
  it('reproduces the worked examples of seed 002', () => {
    expect(run('CPL', 100000, 500)).toBe(200); // 100 000 USD ÷ 500 leads
    expect(run('CONVERSION', 50, 1000)).toBeCloseTo(0.05, 12); // 50 conversions ÷ 1 000 visitors
    expect(run('COSTPERHIRE', 60000, 12)).toBe(5000); // 60 000 USD ÷ 12 hires
    expect(run('TURNOVER', 5, 50)).toBeCloseTo(0.1, 12); // 5 departures ÷ 50 average headcount
  });
  it('utilisation and availability', () => {
    expect(run('UTILIZATION', 30, 40)).toBeCloseTo(0.75, 12);
    expect(run('UTILIZATION', 45, 40)).toBeCloseTo(1.125, 12); // overtime is allowed
    expect(run('AVAILABILITY', 60, 1440)).toBeCloseTo(1 - 60 / 1440, 12);
    expect(code(run('AVAILABILITY', 1500, 1440))).toBe('#NUM!');
  });
  it('parts of a whole cannot exceed the whole', () => {
    expect(code(run('CONVERSION', 11, 10))).toBe('#NUM!');
    expect(code(run('PROACTIVERATE', 5, 4))).toBe('#NUM!');
    expect(run('ACTIVERATIO', 3, 4)).toBeCloseTo(0.75, 12);
  });
  it('zero denominators in all three blank spellings are #DIV/0!', () => {
    for (const blank of [0, '', null]) expect(code(run('CPL', 100, blank))).toBe('#DIV/0!');
  });
  it('negative counts are #NUM!, text is #VALUE!', () => {
    expect(code(run('COSTPERHIRE', 100, -2))).toBe('#NUM!');
    expect(code(run('CPL', 'lots', 2))).toBe('#VALUE!');
  });
  it('ranges are summed like SUM, ignoring text inside them', () => {
    expect(run('CPL', [[40000], ['Q2 budget'], [60000]], [[200, 300]])).toBe(200);
  });

  describe('ONBOARDINGTIME', () => {
    // 2025-01-01 = serial 45658. Days: 14, 10, 30.
    const starts = [[45658], [45670], [45700]];
    const lives = [[45672], [45680], [45730]];
    it('summarises the days between pairs', () => {
      expect(run('ONBOARDINGTIME', starts, lives)).toBeCloseTo(18, 12); // (14+10+30)/3
      expect(run('ONBOARDINGTIME', starts, lives, 'median')).toBe(14);
      expect(run('ONBOARDINGTIME', starts, lives, 'MÉDIANE')).toBe(14);
      // PERCENTILE.INC({10,14,30}, 0.9): rank 1.8 → 14 + 0.8 × 16 = 26.8
      expect(run('ONBOARDINGTIME', starts, lives, 'p90')).toBeCloseTo(26.8, 12);
      expect(run('ONBOARDINGTIME', starts, lives, 'max')).toBe(30);
    });
    it('reads ISO text dates and leaves out clients not live yet', () => {
      expect(run('ONBOARDINGTIME', [['2025-01-01'], ['2025-02-01']], [['2025-01-15'], ['']])).toBe(14);
    });
    it('reads numeric text dates in one order for both ranges, and markers as blanks', () => {
      // 13/02 in start_dates proves day-first for both ranges, whatever the default:
      // 3 Feb → 10 Feb = 7 days; the second client is not live yet (N/A).
      const s = [['03/02/2025'], ['13/02/2025']];
      const l = [['10/02/2025'], ['N/A']];
      expect(evaluate(getFunction('ONBOARDINGTIME')!, [s, l], 'mdy')).toBe(7);
    });
    it('rejects a go-live before its start, naming the cell', () => {
      const r = run('ONBOARDINGTIME', [[45658], [45700]], [[45672], [45690]]);
      expect(code(r)).toBe('#VALUE!');
      expect((r as KpiError).message).toMatch(/row 2, column A/);
    });
    it('rejects text that is not a date, shapes that differ, and unknown statistics', () => {
      expect((run('ONBOARDINGTIME', [['March 5']], [[45700]]) as KpiError).message).toMatch(/not a date/);
      expect(code(run('ONBOARDINGTIME', [[1], [2]], [[3]]))).toBe('#VALUE!');
      expect((run('ONBOARDINGTIME', starts, lives, 'mode') as KpiError).message).toMatch(/"mean"/);
    });
    it('no complete pair is #N/A', () => {
      expect(code(run('ONBOARDINGTIME', [[45658]], [[null]]))).toBe('#N/A');
    });
  });
});
