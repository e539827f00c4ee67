import { detectColumns } from '../core/tickets/headers';
import { SAMPLE_TICKET_HEADER, sampleTickets } from './sampleTickets';

describe('sample ticket export', () => {
  const grid = sampleTickets();
  const body = grid.slice(1);
  const col = (name: (typeof SAMPLE_TICKET_HEADER)[number]) => body.map((r) => r[SAMPLE_TICKET_HEADER.indexOf(name)]);

  it('is 300 rows under a PSA-style header whose every column is recognised', () => {
    expect(grid[0]).toEqual([...SAMPLE_TICKET_HEADER]);
    expect(body).toHaveLength(300);
    expect(Object.keys(detectColumns(grid[0]!)).sort()).toEqual(
      ['client', 'created', 'due', 'firstContact', 'firstResponse', 'hours', 'id', 'priority', 'resolved', 'slaMet', 'status'].sort(),
    );
  });

  it('is deterministic', () => {
    expect(sampleTickets()).toEqual(grid);
  });

  it('holds open tickets, breaches, blank flags, over about six months of 2025', () => {
    expect(col('Resolved').filter((v) => v === '').length).toBeGreaterThan(0);
    expect(col('SLA Met').filter((v) => v === 'No').length).toBeGreaterThan(10);
    expect(col('SLA Met').filter((v) => v === '').length).toBeGreaterThan(0);
    expect(col('First Contact Resolution').filter((v) => v === '').length).toBeGreaterThan(0);
    const created = col('Created') as number[];
    // 2025-01-06 is serial 45663, 2025-06-28 is 45836.
    expect(Math.min(...created)).toBeGreaterThanOrEqual(45663);
    expect(Math.max(...created)).toBeLessThan(45836);
  });

  it('never has a response or resolution before its creation, and flags agree with the due time', () => {
    const checked = { response: 0, resolved: 0, flag: 0 };
    for (const r of body) {
      const [created, response, resolved, due, met] = [r[4], r[5], r[6], r[7], r[8]];
      if (typeof response === 'number') {
        checked.response++;
        expect(response).toBeGreaterThanOrEqual(created as number);
      }
      if (typeof resolved === 'number') {
        checked.resolved++;
        expect(resolved).toBeGreaterThanOrEqual(created as number);
        if (met !== '') {
          checked.flag++;
          expect(met).toBe((resolved as number) <= (due as number) ? 'Yes' : 'No');
        }
      }
    }
    // Most of the 300 tickets have each: the checks above ran, not just the loop.
    expect(Object.values(checked).every((n) => n > 150)).toBe(true);
  });
});
