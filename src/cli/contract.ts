import type { Grid, Scalar } from '../core/cells';
import { parseIsoDate } from '../core/dates';
import { isKpiError } from '../core/errors';
import { readCalendar } from '../core/tickets/clock';
import { priorityKey, readPriorityTargets } from '../core/tickets/priority';
import { parseHolidays } from '../core/time/holidays';
import type { BuildSettings, PriorityTarget } from '../templates/sheetPlan';
import { CliError, EXIT } from './cliError';
import { MSG } from './messages';

/**
 * The Service desk's contract clock on the command line (SPEC §2.3, §5): `--business-hours TEXT`,
 * `--holidays FILE` (a column of dates, header optional) and `--targets FILE` (priority, response
 * hours, resolution hours; header optional), checked by the core that will read them on the sheet.
 */

export type ContractOptions = Pick<BuildSettings['options'], 'businessHours' | 'holidays' | 'targets'>;

/** The core's error as the usage error naming the option. */
function usage<T>(option: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (isKpiError(e)) throw new CliError(MSG.optionProblem(option, e), EXIT.usage);
    throw e;
  }
}

export function readBusinessHours(text: string | undefined): string | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  usage('--business-hours', () => readCalendar([[text]], [[null]]));
  return text.trim();
}

/** Holiday dates from a file's grid: its first row is a header when it holds no date. */
export function holidaysOf(file: string, grid: Grid): number[] {
  const first = grid[0]?.[0];
  const header = typeof first === 'string' && parseIsoDate(first) === undefined;
  const days = parseHolidays((header ? grid.slice(1) : grid) as Scalar[][]);
  if (!days.ok) {
    const p = days.problem;
    throw new CliError(MSG.holidayNotDate(file, p.text, (p.row ?? 0) + (header ? 2 : 1)), EXIT.input);
  }
  return days.value;
}

/** Targets per priority from a file's grid of 3 columns: priority, response hours, resolution hours. */
export function targetsOf(file: string, grid: Grid): PriorityTarget[] {
  const rows = grid.filter((r) => r.some((c) => c !== null && c !== ''));
  if (rows.some((r) => r.length < 3)) {
    throw new CliError(MSG.targetsNeedColumns(file), EXIT.input);
  }
  const table = rows.map((r) => r.slice(0, 3));
  const response = usage('--targets', () => readPriorityTargets(table, file, 'response'));
  const resolution = usage('--targets', () => readPriorityTargets(table, file, 'resolution'));
  return resolution.labels.map((priority) => {
    const key = priorityKey(priority);
    const respond = response.hours.get(key);
    if (respond === undefined) throw new CliError(MSG.targetNoResponse(file, priority), EXIT.input);
    return { priority, response: respond, resolution: resolution.hours.get(key)! };
  });
}
