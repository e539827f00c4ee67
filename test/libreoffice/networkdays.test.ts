import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { serialFromParts } from '../../src/core/dates';
import { cellName } from '../../src/core/errors';
import { randomInt, seededRandom } from '../../src/samples/prng';
import { businessHoursBetween, makeCalendar, parseBusinessHours } from '../../src/core/time/calendar';
import { parseHolidays } from '../../src/core/time/holidays';
import { type ReadValue, readValues, recalculate } from './soffice';

/**
 * Day counts of business-hours calendars against LibreOffice's NETWORKDAYS.INTL: a calendar open
 * 0:00-24:00 on the working days of a weekend mask, with the same holidays, counts 24 h for each
 * working day from the start date to the end date inclusive, which is what NETWORKDAYS.INTL counts.
 */

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const random = seededRandom(2026);
const FIRST = serialFromParts(2024, 1, 1);
const HOLIDAYS = Array.from({ length: 15 }, () => FIRST + randomInt(random, 0, 3 * 365));

interface Case {
  readonly start: number;
  readonly end: number;
  /** NETWORKDAYS.INTL's weekend string, Monday first, 1 = not a working day. */
  readonly mask: string;
}

const cases: Case[] = Array.from({ length: 150 }, () => {
  let mask = Array.from({ length: 7 }, () => (random() < 0.35 ? '1' : '0')).join('');
  if (!mask.includes('0')) mask = '0000011';
  const start = FIRST + randomInt(random, 0, 3 * 365);
  return { start, end: start + randomInt(random, 0, random() < 0.5 ? 20 : 400), mask };
});

/** Working days of the mask as business-hours text, whole days: `Mon, Wed, Fri 0:00-24:00`. */
const hoursOfMask = (mask: string): string => `${DAY_NAMES.filter((_, d) => mask[d] === '0').join(', ')} 0:00-24:00`;

describe('whole-day calendars against LibreOffice NETWORKDAYS.INTL', () => {
  let values: Map<string, ReadValue>;
  const formulaCol = 3;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Cases');
    HOLIDAYS.forEach((d, i) => (ws.getCell(i + 1, 6).value = d));
    const holidays = `$F$1:$F$${HOLIDAYS.length}`;
    cases.forEach((c, i) => {
      ws.getCell(i + 1, 1).value = c.start;
      ws.getCell(i + 1, 2).value = c.end;
      ws.getCell(i + 1, 3).value = c.mask;
      const [a, b, m] = [0, 1, 2].map((col) => cellName(i, col));
      // A wrong cached value: only a real recalculation can produce the expected one.
      ws.getCell(i + 1, formulaCol + 1).value = {
        formula: `NETWORKDAYS.INTL(${a},${b},${m},${holidays})`,
        result: -12345,
      };
    });
    const dir = mkdtempSync(path.join(tmpdir(), 'msp-networkdays-'));
    const file = path.join(dir, 'networkdays.xlsx');
    await wb.xlsx.writeFile(file);
    const [out] = recalculate([file]);
    values = (await readValues(out!)).get('Cases')!;
  }, 240_000);

  it.each(cases.map((c, i) => [`${c.mask} from ${c.start} to ${c.end}`, i] as const))('%s', (_label, i) => {
    const c = cases[i]!;
    const hours = parseBusinessHours(hoursOfMask(c.mask));
    const holidays = parseHolidays(HOLIDAYS.map((d) => [d]));
    if (!hours.ok || !holidays.ok) throw new Error('the calendar does not parse');
    const cal = makeCalendar(hours.value, holidays.value);
    const days = businessHoursBetween(cal, c.start, c.end + 1) / 24;
    expect(values.get(cellName(i, formulaCol))).toBe(days);
  });
});
