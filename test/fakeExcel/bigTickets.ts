import type { Value } from './fakeExcel';

/** A PSA export's columns, ten of them (Service desk finds its roles by these names). */
export const BIG_TICKETS_HEADER: Value[] = [
  'Ticket #',
  'Company',
  'Priority',
  'Status',
  'Created',
  'First Response',
  'Resolved',
  'Due By',
  'SLA Met',
  'Hours',
];

/** First day of the export: 1 January 2025 as an Excel date serial. */
const FIRST_DAY = 45_658;

/**
 * A year's ticket export of a large MSP, `count` tickets under the header, every row the same
 * length in JSON (78 characters, e.g. `[100000,"Client 00","P1","Closed",45658.5,45658.75,
 * 45659.25,45659.5,"Yes",0.5]`) so that response sizes can be worked out by hand: 6-digit ids, 50
 * clients, four priorities, tickets created at noon over 334 days, answered 6 h later, resolved
 * 18 h later, due after a day, within SLA, half an hour to 7.5 h of work. Fast enough to make
 * 200 000 rows in the browser test's page.
 */
export function bigTickets(count: number): Value[][] {
  const rows: Value[][] = [BIG_TICKETS_HEADER];
  for (let i = 0; i < count; i++) {
    const created = FIRST_DAY + Math.floor((i * 334) / count) + 0.5;
    rows.push([
      100_000 + i,
      `Client ${String(i % 50).padStart(2, '0')}`,
      `P${(i % 4) + 1}`,
      'Closed',
      created,
      created + 0.25,
      created + 0.75,
      created + 1,
      'Yes',
      (i % 8) + 0.5,
    ]);
  }
  return rows;
}
