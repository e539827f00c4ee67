import type { Grid, Scalar } from '../cells';
import { type KpiError, fail } from '../errors';
import type { ErrorKey } from '../i18n/en';
import { type Calendar, businessHoursColumn, makeCalendar, parseBusinessHours } from '../time/calendar';
import { isWallClock } from '../time/calendar';
import { parseHolidays } from '../time/holidays';
import type { Problem, ProblemKey } from '../time/problems';
import { OFFSET_CREATED, type TicketTable } from './table';
import { roundHalfUp } from '../roundHalfUp';

/**
 * The contract clock of the service-desk functions (SPEC §2.3): the `business_hours` and `holidays`
 * arguments as one calendar, and ticket durations counted on it.
 */

/** Each problem of a business-hours or holidays argument, as the message that names it. */
const PROBLEM_ERRORS: Readonly<Record<ProblemKey, ErrorKey>> = {
  unknownWord: 'hoursUnknownWord',
  unexpected: 'hoursUnexpected',
  badTime: 'hoursBadTime',
  incompleteRange: 'hoursIncompleteRange',
  invertedRange: 'hoursInvertedRange',
  overlap: 'hoursOverlap',
  missingDays: 'hoursMissingDays',
  missingTimes: 'hoursMissingTimes',
  neverOpen: 'hoursNeverOpen',
  unknownZone: 'hoursUnknownZone',
  badGrid: 'hoursBadGrid',
  badCell: 'hoursBadCell',
  badHoliday: 'holidayNotADate',
};

function problemError(arg: string, p: Problem): KpiError {
  const cell = p.row !== undefined && p.column !== undefined ? { arg, row: p.row, col: p.column } : { arg };
  return fail.value(PROBLEM_ERRORS[p.key], { arg, cell, value: p.text });
}

/** A 1×1 range is its value; blank (null, "", or the 0 some hosts send for an empty cell) is 24x7. */
function hoursInput(grid: Grid): Scalar | Scalar[][] {
  // evaluate has already returned any Excel error of a range argument: the cells are scalars.
  const cells = grid as Scalar[][];
  if (cells.length !== 1 || cells[0]!.length !== 1) return cells;
  const v = cells[0]![0]!;
  return v === 0 || (typeof v === 'string' && v.trim() === '') ? null : v;
}

/**
 * The calendar of `business_hours` and `holidays`, or null when durations are plain wall-clock
 * differences (24x7, no holidays, no time zone: the functions then keep their wall-clock path).
 * A problem in either argument is #VALUE! naming it.
 */
export function readCalendar(businessHours: Grid, holidays: Grid): Calendar | null {
  const hours = parseBusinessHours(hoursInput(businessHours));
  if (!hours.ok) throw problemError('business_hours', hours.problem);
  const days = parseHolidays(holidays as Scalar[][]);
  if (!days.ok) throw problemError('holidays', days.problem);
  const calendar = makeCalendar(hours.value, days.value);
  return isWallClock(calendar) ? null : calendar;
}

/** Whether the calendar reads timestamps through a time zone (then offsets written in the cells matter). */
export const hasZone = (calendar: Calendar): boolean => calendar.hours.zone !== null;

/**
 * Business hours from creation to `end` (a timestamp column and its offset bit) for every ticket;
 * where either timestamp is blank, `given` (the wall-clock hours the table computed, which come
 * from a duration column there) is taken as it is, since a duration has no start to place on the
 * calendar. Rounded to the millisecond as the wall-clock durations are.
 */
export function businessHours(
  calendar: Calendar,
  t: TicketTable,
  end: Float64Array | undefined,
  endBit: number,
  given: Float64Array,
): Float64Array {
  if (!t.created || !end) return given;
  const instants = t.offsetStamps && { bits: t.offsetStamps, start: OFFSET_CREATED, end: endBit };
  const hours = businessHoursColumn(calendar, t.created, end, instants);
  for (let i = 0; i < hours.length; i++) {
    const h = hours[i]!;
    hours[i] = h === h ? roundHalfUp(h * 3_600_000) / 3_600_000 : given[i]!;
  }
  return hours;
}
