import { run, code } from '../../../../test/helpers/kpiError';

describe('MSP.SLARATE', () => {
  it('seed 002: 300 of 400 tickets within SLA = 75 %', () => {
    expect(run('SLARATE', 300, 400)).toBe(0.75);
  });
  it('sums ranges, refuses impossible counts', () => {
    expect(run('SLARATE', [[100, 200]], [[250], [150]])).toBe(0.75);
    expect(code(run('SLARATE', 500, 400))).toBe('#NUM!');
    expect(code(run('SLARATE', -1, 400))).toBe('#NUM!');
    expect(code(run('SLARATE', 0, 0))).toBe('#DIV/0!');
  });
});
