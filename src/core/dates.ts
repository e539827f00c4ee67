import { roundHalfUp } from './roundHalfUp';

/**
 * Excel date serials: days since 1899-12-30, the time of day as the fraction. Serials carry no
 * time zone, so all calendar arithmetic here is done in UTC to keep a serial's wall-clock reading.
 * (Excel's fictitious 1900-02-29 only shifts serials before March 1900, which no MSP export holds.)
 */

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

export function serialFromParts(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): number {
  return Date.UTC(year, month - 1, day, hours, minutes, seconds) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

export function partsFromSerial(serial: number): { year: number; month: number; day: number } {
  const d = new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * A count of months since year 0, so months compare and subtract as integers. Pure arithmetic
 * (Hinnant's days-to-civil) rather than a Date per call: ledgers and ticket tables call this once
 * per row. The day is taken after rounding to the millisecond, as partsFromSerial does.
 */
export function monthIndex(serial: number): number {
  const days = Number.isInteger(serial)
    ? serial - UNIX_EPOCH_SERIAL
    : Math.floor(roundHalfUp((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY) / MS_PER_DAY);
  // Integer division by `| 0` is exact here: Excel serials keep every term positive and small.
  const z = days + 719_468; // days since 0000-03-01
  const era = (z / 146_097) | 0;
  const doe = z - era * 146_097;
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36_524) | 0) - ((doe / 146_096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
  const mp = ((5 * doy + 2) / 153) | 0; // 0 = March
  const year = yoe + era * 400 + (mp >= 10 ? 1 : 0);
  return year * 12 + (mp < 10 ? mp + 2 : mp - 10);
}

/** Serial of the first day of a month index. */
export function serialFromMonthIndex(index: number): number {
  return serialFromParts(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** Serial of the Monday starting the ISO week that holds the serial. */
export function isoWeekStart(serial: number): number {
  const day = Math.floor(serial);
  // Serial 2 (1900-01-01) was a Monday.
  return day - ((((day - 2) % 7) + 7) % 7);
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * ISO-8601 text to a serial: `2025-03-05`, `2025-03-05 14:30`, `2025-03-05T14:30:00Z`,
 * `2025-03-05T14:30:00+02:00`. An explicit offset is converted to UTC; without one the text is
 * read as written. Anything else (including impossible dates like 2025-02-30) is undefined.
 */
export function parseIsoDate(text: string): number | undefined {
  const fast = plainIsoDate(text);
  if (fast !== undefined) return fast;
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = m.slice(1) as string[];
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hours = Number(h);
  const minutes = Number(mi);
  const seconds = Number(s) + Number(`0.${frac}`);
  if (month < 1 || month > 12 || day < 1 || hours > 23 || minutes > 59 || seconds >= 61) return undefined;
  if (partsFromSerial(serialFromParts(year, month, day)).day !== day) return undefined;
  let serial = serialFromParts(year, month, day, hours, minutes, seconds);
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    serial -= (sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)))) / 1440;
  }
  return serial;
}

/**
 * Whether ISO text carries its own offset (`Z`, `+02:00`): such a timestamp is an instant, which a
 * business-hours calendar with a time zone converts to its local clock (SPEC §2.3); any other is
 * already local wall-clock time.
 */
export function carriesOffset(text: string): boolean {
  return ISO_DATE.exec(text.trim())?.[8] !== undefined;
}

/** The value of the two digits at `at`, or NaN when they are not both digits. */
function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}

/**
 * parseIsoDate's common case without a regex or a Date (CSV round trips leave thousands of these
 * in a ticket export): exactly `yyyy-mm-dd`, `yyyy-mm-dd hh:mm` or `yyyy-mm-dd hh:mm:ss` (space or
 * T), no zone, no fraction, year 1000 or later. Gives the same serial as the general path (the same
 * whole milliseconds divided the same way); undefined for anything else, valid or not, which the
 * general path then decides.
 */
function plainIsoDate(text: string): number | undefined {
  const n = text.length;
  if ((n !== 10 && n !== 16 && n !== 19) || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (n > 10) {
    const sep = text.charCodeAt(10);
    if ((sep !== 32 && sep !== 84) || text.charCodeAt(13) !== 58) return undefined;
    hours = twoDigits(text, 11);
    minutes = twoDigits(text, 14);
    if (n === 19) {
      if (text.charCodeAt(16) !== 58) return undefined;
      seconds = twoDigits(text, 17);
    }
  }
  // NaN fails every comparison: a non-digit lands in the general path.
  if (!(year >= 1000 && month >= 1 && month <= 12 && day >= 1 && hours <= 23 && minutes <= 59 && seconds <= 60))
    return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31))
    return undefined;
  // Hinnant's days-from-civil: days since 1970-01-01.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146_097 + doe - 719_468;
  return (days * MS_PER_DAY + hours * 3_600_000 + minutes * 60_000 + seconds * 1000) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** `2025-01` (a year-month label, as billing exports write periods) to the serial of its first day. */
export function parseYearMonth(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  return serialFromParts(Number(m[1]), month, 1);
}

/** Serial → `2025-03-05` (or with ` 14:30` when it has a time), for messages and labels. */
export function formatSerial(serial: number): string {
  const d = new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
  const iso = d.toISOString();
  return serial % 1 === 0 ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}
