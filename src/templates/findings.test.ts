import type { Grid } from '../core/cells';
import { isKpiError } from '../core/errors';
import { messages } from '../core/i18n';
import { ticketsGrid } from '../../test/helpers/planRequests';
import { compute } from './compute';
import { detectColumns } from '../core/tickets/headers';
import { sheetTargets } from './contractInputs';
import { ticketColumns } from './findings';
import { inspectData } from '.';

const en = messages('en').wizard.data;

/** The grid without the columns of these headers. */
const without = (grid: Grid, ...headers: string[]): Grid => {
  const drop = headers.map((h) => grid[0]!.indexOf(h));
  return grid.map((row) => row.filter((_, c) => !drop.includes(c)));
};
/** The targets table the sheet writes for a grid's priorities (none without a priority column). */
const targets = (grid: Grid): Grid | null => {
  const rows = sheetTargets(grid);
  return rows.length
    ? [['Priority', 'Response', 'Resolution'], ...rows.map((t) => [t.priority, t.response, t.resolution])]
    : null;
};
/** What a KPI line's function gives on a grid, as the sheet calls it (150 endpoints, the targets table). */
const value = (key: string, grid: Grid) =>
  compute(
    key,
    key === 'TICKETSPERENDPOINT'
      ? [grid, 150]
      : key === 'SLA' || key === 'RESPONSESLA'
        ? [grid, targets(grid)]
        : [grid],
  );
const same = (a: unknown, b: unknown): boolean =>
  isKpiError(a) || isKpiError(b) ? isKpiError(a) && isKpiError(b) && a.key === b.key : a === b;

describe('What was found, per KPI of the service-desk template', () => {
  it('lists the KPIs the sheet shows with the columns each reads (headers of the sample export)', () => {
    const i = inspectData('servicedesk', ticketsGrid());
    const built = Object.fromEntries(i.kpis.filter((k) => k.built).map((k) => [k.key, k.columns]));
    // The sample has priorities, so the SLA lines read the sheet's targets per priority on the times
    // (and the resolved time and status, which say whether a ticket still waits); times come from two timestamps.
    expect(built).toEqual({
      SLA: ['Priority', 'Created', 'Resolved', 'Status'],
      RESPONSESLA: ['Priority', 'Created', 'First Response', 'Resolved', 'Status'],
      FRT: ['Created', 'First Response'],
      TTR: ['Created', 'Resolved'],
      FCR: ['First Contact Resolution'],
      BACKLOG: ['Resolved', 'Status'],
      TICKETSPERENDPOINT: ['Created'],
    });
    expect(i.kpis.find((k) => k.key === 'TICKETSPERENDPOINT')!.reason).toBe(en.waitsForEndpoints);
    expect(i.kpis.filter((k) => !k.built)).toEqual([]);
    expect(i.accepted).toEqual([]);
  });

  it('says which KPI cannot be built and which column would enable it, in plain words', () => {
    const grid = without(ticketsGrid(), 'Priority', 'SLA Met', 'Due By', 'First Contact Resolution');
    const i = inspectData('servicedesk', grid);
    const notBuilt = Object.fromEntries(i.kpis.filter((k) => !k.built).map((k) => [k.key, k.reason]));
    expect(notBuilt).toEqual({
      SLA: 'needs a column: SLA met or resolution due time',
      RESPONSESLA: 'needs a column: response SLA met or first response due time',
      FCR: 'needs a column: first-contact resolution flag',
    });
    expect(i.accepted.map((a) => a.role)).toEqual([
      'SLA met',
      'resolution due time',
      'response SLA met',
      'first response due time',
      'first-contact resolution flag',
    ]);
    expect(i.accepted[1]!.headers).toContain('Due by');
    expect(i.blocking).toBe(false);
  });

  it('reads SLA from the due column when there is no flag column', () => {
    const i = inspectData('servicedesk', without(ticketsGrid(), 'Priority', 'SLA Met'));
    expect(i.kpis.find((k) => k.key === 'SLA')!.columns).toEqual(['Due By', 'Resolved', 'Status']);
  });

  it('names the columns each KPI reads and no other: removing any other column leaves its value as it was', () => {
    const grid = ticketsGrid();
    const columnsOf = ticketColumns(grid, detectColumns(grid[0]!));
    for (const key of ['SLA', 'RESPONSESLA', 'FRT', 'TTR', 'FCR', 'BACKLOG', 'TICKETSPERENDPOINT']) {
      const uses = columnsOf(key);
      const before = value(key, grid);
      for (const header of grid[0]!.map(String).filter((h) => !uses.includes(h))) {
        expect([key, header, same(value(key, without(grid, header)), before)]).toEqual([key, header, true]);
      }
      expect([key, same(value(key, without(grid, ...uses)), before)]).toEqual([key, false]);
    }
  });

  it('says a wrong range plainly: no function prefix, no list of headers, "1 ticket"', () => {
    const i = inspectData('servicedesk', [
      ['Name', 'Value'],
      ['x', 1],
    ]);
    expect(i.blocking).toBe(true);
    expect(i.problems).toEqual(['No column was found for: created time. The sheet needs one.']);
    expect(i.lines).toContain('1 ticket');
    expect(i.kpis).toEqual([]);
    expect(i.accepted).toEqual([
      { role: 'created time', headers: expect.arrayContaining(['Created', 'Date Entered']) },
    ]);
  });

  it('lists the accepted headers in the pane language first', () => {
    const i = inspectData('servicedesk', [['Nom'], ['x']], 'fr');
    expect(i.problems[0]).not.toMatch(/MSP\./);
    expect(i.accepted[0]!.role).toBe(messages('fr').columnRoles.created);
    expect(i.accepted[0]!.headers[0]).toBe('Créé');
  });
});

describe('What was found, per KPI of the recurring-revenue template', () => {
  it('builds every line from the ledger columns and says why a line is left out, without a prefix', () => {
    const grid: Grid = [
      ['Customer', 'Month', 'MRR'],
      ['Acme', '2025-01', 100],
      ['Acme', '2025-02', 120],
    ];
    const i = inspectData('revenue', grid);
    expect(i.lines).toContain('1 customer');
    const built = i.kpis.filter((k) => k.built);
    expect(built.length).toBeGreaterThan(0);
    for (const k of built) expect(k.columns).toEqual(['Customer', 'Month', 'MRR']);
    // One customer who only grew: nothing lost, so no quick ratio (a division by zero).
    const quick = i.kpis.find((k) => k.key === 'QUICKRATIO')!;
    expect(quick.built).toBe(false);
    expect(quick.reason).not.toMatch(/MSP\./);
    expect(quick.reason).toBeTruthy();
  });
});
