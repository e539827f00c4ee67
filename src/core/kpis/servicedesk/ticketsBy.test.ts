import type { Grid } from '../../cells';
import { KpiError } from '../../errors';
import { headerRow } from '../../spec';
import { getFunction } from '../../registry';
import { run, code } from '../../../../test/helpers/kpiError';

const message = (v: unknown) => (v instanceof KpiError ? v.message : `not an error: ${JSON.stringify(v)}`);
const HEADER = headerRow('TICKETSBY', getFunction('TICKETSBY')!.columns!);

/**
 * Mon-Fri tickets of 2025-03-03 (a Monday) with priorities written four ways, technicians, and an
 * SLA-met flag column. Response / resolution hours: 1: 0.5 / 2, 2: 1 / 3, 3: 2 / open, 4: 1 / 5,
 * 5: 3 / 4.
 */
const TICKETS: Grid = [
  ['Ticket #', 'Priorité', 'Technician', 'Created', 'First Response', 'Resolved', 'SLA Met', 'Hours'],
  [1, 'Priority 1', 'Ann', '2025-03-03 09:00', '2025-03-03 09:30', '2025-03-03 11:00', 'yes', 1],
  [2, 'P3', 'Bob', '2025-03-03 09:00', '2025-03-03 10:00', '2025-03-03 12:00', 'no', 2],
  [3, '3 - Low', 'Bob', '2025-03-03 10:00', '2025-03-03 12:00', null, null, 0.5],
  [4, 'High', 'ann ', '2025-03-03 08:00', '2025-03-03 09:00', '2025-03-03 13:00', 'yes', 1.5],
  [5, null, 'Bob', '2025-03-03 08:00', '2025-03-03 11:00', '2025-03-03 12:00', 'yes', 3],
];

describe('MSP.TICKETSBY', () => {
  it('by priority: P1, P3 in their order, then words, then (blank), then the total', () => {
    // No response-SLA data: "". Medians over each group's known times (MEDIAN of two is their mean).
    expect(run('TICKETSBY', TICKETS, 'Priority')).toEqual([
      HEADER,
      ['Priority 1', 1, 0, 1, '', 0.5, 2, 1],
      ['P3', 2, 1, 0, '', 1.5, 3, 2.5],
      ['High', 1, 0, 1, '', 1, 5, 1.5],
      ['(blank)', 1, 0, 1, '', 3, 4, 3],
      // Responses 0.5 1 2 1 3 → 1; resolutions 2 3 5 4 → 3.5; SLA 3 of 4.
      ['Total', 5, 1, 0.75, '', 1, 3.5, 8],
    ]);
  });

  it('puts "no value" markers and 0 (a blank in some hosts) with the blanks, as the other ticket readers do', () => {
    const marked = TICKETS.map((row, r) =>
      r === 2 ? row.map((c, k) => (k === 2 ? 'N/A' : c)) : r === 5 ? row.map((c, k) => (k === 2 ? 0 : c)) : row,
    );
    // Ticket 2 (Bob, 1 h / 3 h, breached) and ticket 5 (Bob, 3 h / 4 h, met) are now blank; Bob keeps ticket 3 (open).
    expect(run('TICKETSBY', marked, 'Technician')).toEqual([
      HEADER,
      ['Ann', 2, 0, 1, '', 0.75, 3.5, 2.5],
      ['Bob', 1, 1, '', '', 2, '', 0.5],
      ['(blank)', 2, 0, 0.5, '', 2, 3.5, 5],
      ['Total', 5, 1, 0.75, '', 1, 3.5, 8],
    ]);
  });

  it('by any other column, given by header or number: most tickets first, names folded', () => {
    const byTech = [
      HEADER,
      ['Bob', 3, 1, 0.5, '', 2, 3.5, 5.5],
      ['Ann', 2, 0, 1, '', 0.75, 3.5, 2.5],
      ['Total', 5, 1, 0.75, '', 1, 3.5, 8],
    ];
    expect(run('TICKETSBY', TICKETS, 'technician')).toEqual(byTech);
    expect(run('TICKETSBY', TICKETS, 3)).toEqual(byTech);
  });

  it('targets per priority give each SLA column its own target; business hours count the times', () => {
    // Response / resolution targets: P1 1/4, P3 1/2, High 1/4, and the blank priority left out.
    const targets: Grid = [
      ['Priority', 'Response (h)', 'Resolution (h)'],
      ['P1', 1, 4],
      ['P3', 1, 2],
      ['High', 1, 4],
    ];
    // Opening at 09:00: ticket 4 (08:00) answered at 09:00 is 0 h, resolved 13:00 is 4 h; ticket 5 is left out.
    const r = run('TICKETSBY', TICKETS, 'Priority', targets, 'Mon-Fri 09:00-18:00') as unknown[][];
    // P3: responses 1 h met, 2 h breached; resolution 3 h breached, 3 open (waited 3 h at as-of 13:00) breached.
    expect(r[2]).toEqual(['P3', 2, 1, 0, 0.5, 1.5, 3, 2.5]);
    expect(r[3]).toEqual(['High', 1, 0, 1, 1, 0, 4, 1.5]);
    expect(r[4]).toEqual(['(blank)', 1, 0, '', '', 2, 3, 3]);
  });

  it('a column that is not there is #VALUE! listing the headers', () => {
    expect(message(run('TICKETSBY', TICKETS, 'Board'))).toMatch(
      /column "Board" is not a header of tickets \(its headers: Ticket #, Priorité/,
    );
    expect(code(run('TICKETSBY', TICKETS, 9))).toBe('#VALUE!');
  });
});
