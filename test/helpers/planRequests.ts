import type { Grid } from '../../src/core/cells';
import { sampleLedger } from '../../src/samples/sampleLedger';
import { sampleTickets } from '../../src/samples/sampleTickets';
import { rangeA1, sheetPrefix } from '../../src/templates/a1';
import type { PlanRequest } from '../../src/templates/request';
import type { BuildSettings, Language, TemplateId } from '../../src/templates/sheetPlan';

/** A data sheet for the template tests: its name, its grid, and the range-source settings that point at it. */
export function rangeRequest(
  template: TemplateId,
  sheet: string,
  grid: Grid,
  language: Language = 'en',
  options: BuildSettings['options'] = { currency: '€', endpoints: 250 },
): { request: PlanRequest; data: Record<string, Grid> } {
  const ref = `${sheetPrefix(sheet)}${rangeA1({ row: 0, col: 0, rows: grid.length, cols: grid[0]!.length })}`;
  return {
    request: { settings: { version: 1, template, language, source: { kind: 'range', ref }, options }, data: grid },
    data: { [sheet]: grid },
  };
}

export const ticketsGrid = (): Grid => sampleTickets() as Grid;
export const ledgerGrid = (): Grid => sampleLedger() as Grid;

export const noDataRequest = (template: TemplateId, language: Language = 'en'): PlanRequest => ({
  settings: { version: 1, template, language, source: { kind: 'none', ref: '' }, options: { currency: '€' } },
  data: null,
});
