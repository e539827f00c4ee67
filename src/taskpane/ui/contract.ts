import { parseIsoDate } from '../../core/dates';
import { errorMessage, type Language } from '../../core/i18n';
import { isKpiError } from '../../core/errors';
import { readCalendar } from '../../core/tickets/clock';
import { DEFAULT_TARGETS } from '../../templates/contractInputs';
import type { BuildSettings, PriorityTarget } from '../../templates/sheetPlan';

/**
 * The Options step's contract clock for the Service desk (SPEC §5): business hours and holidays as
 * typed, and the targets table of the data's priorities, prefilled by rank and edited per cell.
 */

/** One priority's targets as typed (text, validated when leaving the step). */
export interface TargetInput {
  readonly response: string;
  readonly resolution: string;
}

export interface ContractInput {
  readonly businessHours: string;
  readonly holidays: string;
  /** The user's edits, by priority as the data writes it and by field; the rest keeps its prefill. */
  readonly targets: Readonly<Record<string, Partial<TargetInput>>>;
}

/** An edit of the contract fields: typed text replaces its field; a target edit replaces that one cell. */
export function mergeContract(c: ContractInput, patch: Partial<ContractInput>): ContractInput {
  const targets = { ...c.targets };
  for (const [priority, edit] of Object.entries(patch.targets ?? {}))
    targets[priority] = { ...targets[priority], ...edit };
  return { ...c, ...patch, targets };
}

export const emptyContract: ContractInput = { businessHours: '', holidays: '', targets: {} };

/** The targets table the step shows: every priority of the data, the user's edit or the prefill by rank. */
export function targetRows(c: ContractInput, priorities: readonly string[]): (TargetInput & { priority: string })[] {
  return priorities.map((priority, rank) => {
    const [response, resolution] = DEFAULT_TARGETS[Math.min(rank, DEFAULT_TARGETS.length - 1)]!;
    return { priority, response: String(response), resolution: String(resolution), ...c.targets[priority] };
  });
}

/** Why the business hours cannot be read, in the language given; null when they can (blank = 24x7). */
export function businessHoursProblem(text: string, language: Language): string | null {
  try {
    readCalendar([[text.trim() || null]], [[null]]);
    return null;
  } catch (e) {
    if (isKpiError(e)) return errorMessage(e, language);
    throw e;
  }
}

/** The holidays typed as ISO dates separated by commas, semicolons or spaces; undefined if one is no date. */
export function holidaySerials(text: string): number[] | undefined {
  const parts = text.split(/[\s,;]+/).filter((p) => p !== '');
  const days = parts.map((p) => parseIsoDate(p));
  if (days.some((d) => d === undefined)) return undefined;
  return [...new Set((days as number[]).map(Math.floor))].sort((a, b) => a - b);
}

const hoursValue = (text: string): number | undefined => {
  const n = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && n > 0 ? n : undefined;
};

/** The problems of the contract fields, as the pane's message keys. */
export function contractProblems(
  c: ContractInput,
  priorities: readonly string[],
  language: Language,
): ('badBusinessHours' | 'badHolidays' | 'badTarget')[] {
  const out: ('badBusinessHours' | 'badHolidays' | 'badTarget')[] = [];
  if (businessHoursProblem(c.businessHours, language) !== null) out.push('badBusinessHours');
  if (holidaySerials(c.holidays) === undefined) out.push('badHolidays');
  const rows = targetRows(c, priorities);
  if (rows.some((r) => hoursValue(r.response) === undefined || hoursValue(r.resolution) === undefined))
    out.push('badTarget');
  return out;
}

/** The build settings' contract options (call once contractProblems is empty). */
export function contractOptions(
  c: ContractInput,
  priorities: readonly string[],
): Pick<BuildSettings['options'], 'businessHours' | 'holidays' | 'targets'> {
  const holidays = holidaySerials(c.holidays) ?? [];
  const targets: PriorityTarget[] = targetRows(c, priorities).map((r) => ({
    priority: r.priority,
    response: hoursValue(r.response)!,
    resolution: hoursValue(r.resolution)!,
  }));
  return {
    ...(c.businessHours.trim() ? { businessHours: c.businessHours.trim() } : {}),
    ...(holidays.length ? { holidays } : {}),
    ...(targets.length ? { targets } : {}),
  };
}
