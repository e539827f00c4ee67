import { serialFromParts } from '../dates';
import { caught } from '../../../test/helpers/kpiError';
import { businessHours, readCalendar } from './clock';
import { OFFSET_CREATED, OFFSET_RESOLVED, readTickets } from './table';

describe('readCalendar', () => {
  it('is null for the wall clock: omitted, blank (null, "", 0) or 24x7 without holidays or zone', () => {
    for (const blank of [null, '', 0, '24x7']) expect(readCalendar([[blank]], [[null]])).toBeNull();
    expect(readCalendar([['24x7']], [['2025-12-25']])).not.toBeNull();
    expect(readCalendar([['24x7 Europe/Paris']], [[null]])).not.toBeNull();
  });

  it('names the argument of a problem', () => {
    expect(caught(() => readCalendar([['Mon-Fri 8-']], [[null]])).message).toMatch(/^business_hours: "8-"/);
    expect(caught(() => readCalendar([[null]], [['soon']])).message).toBe(
      'holidays, row 1, column A of the range: "soon" is not a date.',
    );
  });
});

describe('the ticket parse keeps which timestamps carried an offset', () => {
  const grid = [
    ['Ticket #', 'Created', 'Resolved'],
    [1, '2025-03-10T08:00:00Z', '2025-03-10 10:00'],
    [null, null, null],
    [2, serialFromParts(2025, 3, 10, 9), '2025-03-10T10:00:00+01:00'],
  ];
  const t = readTickets(grid, ['created', 'resolved', 'offsetStamps', 'rows']);

  it('per ticket, one bit per timestamp, and the row each ticket came from', () => {
    expect([...t.offsetStamps!]).toEqual([OFFSET_CREATED, OFFSET_RESOLVED]);
    expect([...t.rows!]).toEqual([1, 3]);
  });

  it('a zone reads the offset stamps as instants and the others as its local time', () => {
    const paris = readCalendar([['24x7 Europe/Paris']], [[null]])!;
    // Ticket 1: 08:00Z to 10:00 Paris (CET, 09:00Z). Ticket 2: 09:00 Paris (08:00Z) to 10:00+01:00 (09:00Z).
    // One hour each; read all as local times, ticket 1 would be two.
    const given = Float64Array.of(NaN, NaN);
    expect([...businessHours(paris, t, t.resolved, OFFSET_RESOLVED, given)]).toEqual([1, 1]);
  });
});
