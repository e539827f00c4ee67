import type { Grid, OutCell } from '../core/cells';
import type { ColumnReport } from '../core/columnReport';
import { evaluate } from '../core/evaluate';
import { errorMessage, format, messages } from '../core/i18n';
import { ledgerColumnReport } from '../core/ledger/columnReport';
import { getFunction } from '../core/registry';
import { isKpiError } from '../core/errors';
import { isNoValueText } from '../core/noValue';
import { ticketColumnReport } from '../core/tickets/columnReport';
import { detectColumns } from '../core/tickets/headers';
import type { Language } from '../templates/sheetPlan';
import { cliMessages } from './i18n';

/**
 * SPEC §7's "what was read" for one input: the table `MSP.COLUMNS` gives an Excel user (layout,
 * date order proven or assumed, the column used for each role with its values, blanks and
 * unreadable cells), and the warnings a reader should act on, in the report's language.
 */
export interface ReadBlock {
  readonly table: readonly (readonly OutCell[])[];
  readonly warnings: readonly string[];
}

export function whatWasRead(kind: 'tickets' | 'ledger', grid: Grid, lang: Language): ReadBlock {
  const out = evaluate(getFunction('COLUMNS')!, [grid, lang]);
  const table = Array.isArray(out) ? out : [];
  const report =
    kind === 'tickets' ? ticketColumnReport(grid, detectColumns(grid[0] ?? []), 'tickets') : ledgerColumnReport(grid);
  return { table, warnings: [...warnings(report, lang), ...markerWarnings(grid, report, lang)] };
}

/** "No value" markers met in the columns read (`?`, `N/A` …): read as blank, and said so (SPEC §7). */
function markerWarnings(grid: Grid, report: ColumnReport, lang: Language): string[] {
  const t = cliMessages(lang).cliReport;
  return report.roles.flatMap((r) => {
    let count = 0;
    let example = '';
    for (let row = 1; row < grid.length; row++) {
      const cell = grid[row]![r.col];
      if (typeof cell === 'string' && isNoValueText(cell)) {
        count++;
        example ||= cell.trim();
      }
    }
    return count ? [format(t.markers, { header: r.header, count, example })] : [];
  });
}

function warnings(report: ColumnReport, lang: Language): string[] {
  const m = messages(lang);
  const t = cliMessages(lang).cliReport;
  const list: string[] = [];
  if (report.problem) list.push(format(t.tableUnreadable, { reason: errorMessage(report.problem, lang, false) }));
  const order = report.dateOrder;
  if (isKpiError(order)) list.push(errorMessage(order, lang, false));
  else if (order.basis === 'assumed')
    list.push(format(t.assumedOrder, { order: order.order === 'dmy' ? m.inputColumns.dmy : m.inputColumns.mdy }));
  for (const r of report.roles)
    if (r.problems > 0 && r.first)
      list.push(
        format(t.unreadable, { header: r.header, count: r.problems, row: r.first.row + 1, value: r.first.value }),
      );
  return list;
}
