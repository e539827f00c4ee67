import type { Grid } from '../core/cells';
import { ledgerGrid, ticketsGrid } from '../../test/helpers/planRequests';
import { inspectData } from '.';

describe('inspectData (the Data step)', () => {
  it('finds the ticket columns per role, counts tickets and gives the as-of time', () => {
    const i = inspectData('servicedesk', ticketsGrid());
    const byRole = Object.fromEntries(i.columns.map((c) => [c.role, c.header]));
    expect(byRole).toMatchObject({
      id: 'Ticket #',
      client: 'Company',
      created: 'Created',
      resolved: 'Resolved',
      due: 'Due By',
      slaMet: 'SLA Met',
      csat: null,
    });
    expect(i.tickets).toBe(300);
    expect(i.asOf).toMatch(/^2025-0[67]-\d\d/);
    expect(i.blocking).toBe(false);
    expect(i.lines.some((l) => l.includes('300'))).toBe(true);
  });

  it('reads the ledger as the functions do: layout, periods, customers', () => {
    const i = inspectData('revenue', ledgerGrid(), 'de');
    expect(i.layout).toBe('long');
    expect(i.periods).toEqual({ count: 18, first: '2024-01-01', last: '2025-06-01' });
    expect(i.customers).toBe(40);
    expect(i.columns.map((c) => c.header)).toEqual(['Customer', 'Invoice date', 'Monthly amount']);
    expect(i.blocking).toBe(false);
  });

  it('says in which order numeric text dates were read, and whether the data proved it', () => {
    const tickets: Grid = [
      ['Ticket #', 'Created', 'Closed'],
      [1, '03/02/2025 09:00', '03/02/2025 10:00'],
    ];
    const t = inspectData('servicedesk', tickets, 'fr');
    expect(t.lines).toContain('Ordre des dates : jour/mois/année (supposé)');
    expect(Object.fromEntries(t.columns.map((c) => [c.role, c.header])).closed).toBe('Closed');
    const ledger: Grid = [
      ['Customer', 'Month', 'MRR'],
      ['Acme', '1/31/2025', 100],
      ['Acme', '2/28/2025', 100],
    ];
    expect(inspectData('revenue', ledger).lines).toContain('Date order: month/day/year (proven)');
    // ISO and serial dates need no order: no line
    expect(inspectData('revenue', ledgerGrid()).lines.some((l) => l.startsWith('Date order'))).toBe(false);
  });

  it('reports a bad cell with the core message naming it, and blocks the build', () => {
    const grid = ledgerGrid();
    grid[5]![4] = -10;
    const i = inspectData('revenue', grid);
    expect(i.blocking).toBe(true);
    expect(i.problems[0]).toMatch(/row 6.*negative/);
  });

  it('blocks on an empty selection and on a ticket table without a creation column', () => {
    expect(inspectData('servicedesk', [[null]]).blocking).toBe(true);
    const noCreated: Grid = ticketsGrid().map((r) => r.filter((_, c) => c !== 4));
    const i = inspectData('servicedesk', noCreated);
    expect(i.blocking).toBe(true);
    expect(i.problems[0]).toMatch(/created/);
  });

  it('needs nothing for the scorecard', () => {
    expect(inspectData('scorecard', null)).toMatchObject({ kind: 'none', blocking: false, problems: [] });
  });
});
