import { monthIndex } from '../dates';

/**
 * `monthIndex` for a date serial, remembered per whole day. The arithmetic costs about 30 ns (seven
 * divisions) and a long ledger calls it once per invoice row, while its rows repeat a few hundred
 * days: a direct-mapped table by day (4 096 slots, eleven years without a collision) answers
 * almost every row with two loads. A serial with a time of day is computed each time.
 */
const SLOTS = 4096;
/** The day held in each slot; 0 is empty, Excel serials starting at 1. */
const days = new Int32Array(SLOTS);
const months = new Int32Array(SLOTS);

/** Month index of a serial in Excel's date range (1 to 2 958 465, so a whole day fits an int32). */
export function monthOfSerial(serial: number): number {
  const day = serial | 0;
  if (day !== serial) return monthIndex(serial);
  const slot = day & (SLOTS - 1);
  if (days[slot] === day) return months[slot]!;
  const month = monthIndex(day);
  days[slot] = day;
  months[slot] = month;
  return month;
}
