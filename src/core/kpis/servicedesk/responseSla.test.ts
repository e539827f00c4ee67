import type { Grid } from '../../cells';
import { KpiError } from '../../errors';
import { run, code } from '../../../../test/helpers/kpiError';

const message = (v: unknown) => (v instanceof KpiError ? v.message : `not an error: ${JSON.stringify(v)}`);

/**
 * A answered 09:30, due 10:00 → met. B answered 12:00, due 11:00 → breached. C unanswered and open,
 * due 10:00, past due at the as-of time (A's resolution 14:00) → breached. D unanswered and open,
 * due 16:00 → not yet due, left out. E closed without an answer → left out.
 */
const RESPONSES: Grid = [
  ['Ticket #', 'Created', 'First Response', 'Resolved', 'Status', 'First Response Due'],
  ['A', '2025-03-03 09:00', '2025-03-03 09:30', '2025-03-03 14:00', 'Closed', '2025-03-03 10:00'],
  ['B', '2025-03-03 09:00', '2025-03-03 12:00', null, 'Open', '2025-03-03 11:00'],
  ['C', '2025-03-03 09:00', null, null, 'New', '2025-03-03 10:00'],
  ['D', '2025-03-03 13:00', null, null, 'New', '2025-03-03 16:00'],
  ['E', '2025-03-03 08:00', null, null, 'Cancelled', '2025-03-03 09:00'],
];

describe('MSP.RESPONSESLA', () => {
  it('response-due column: met if answered by then; unanswered open tickets past due are breached', () => {
    expect(run('RESPONSESLA', RESPONSES)).toBeCloseTo(1 / 3, 12);
  });

  it('target_hours comes first: answered within it, or still waiting past it', () => {
    // Target 1 h: A 0.5 h met, B 3 h breached, C waited 5 h breached, D waited 1 h (not past it), E closed.
    expect(run('RESPONSESLA', RESPONSES, 1)).toBeCloseTo(1 / 3, 12);
    // Target 4 h: A met, B met, C breached (5 h), D left out.
    expect(run('RESPONSESLA', RESPONSES, 4)).toBeCloseTo(2 / 3, 12);
  });

  it('a response-SLA flag column comes before the due column', () => {
    const flags = RESPONSES.map((row, r) => [
      ...row,
      r === 0 ? 'First response status' : ['Within SLA', 'SLA Violated', null, null, null][r - 1]!,
    ]);
    expect(run('RESPONSESLA', flags)).toBe(0.5);
  });

  it('reads neither the resolution flags nor the resolution due column', () => {
    const resolutionOnly: Grid = [
      ['Ticket #', 'Created', 'First Response', 'Resolved', 'SLA Met', 'Due By'],
      [1, '2025-03-03 09:00', '2025-03-03 09:30', '2025-03-03 10:00', 'yes', '2025-03-03 12:00'],
    ];
    const r = run('RESPONSESLA', resolutionOnly);
    expect(code(r)).toBe('#N/A');
    expect(message(r)).toMatch(/MSP\.RESPONSESLA: no response SLA data.*"Response SLA Met".*"First Response Due"/);
    expect(run('SLA', resolutionOnly)).toBe(1);
  });
});
