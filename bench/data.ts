import type { Cell, Grid } from '../src/core/cells';
import { formatSerial, serialFromParts } from '../src/core/dates';
import { randomInt, seededRandom } from '../src/samples/prng';

/**
 * Deterministic synthetic inputs at real sizes: the same seed gives the same grid on every
 * machine, so runs compare. Shapes follow SPEC §2 and the PSA exports it names.
 */

/** The ten columns of a PSA ticket export (Autotask / ConnectWise / Halo style headers). */
export const TICKET_HEADERS = [
  'Ticket #',
  'Company',
  'Status',
  'Created',
  'First Response',
  'Resolved',
  'Due By',
  'SLA Met',
  'First Contact Resolution',
  'Hours',
] as const;

const YEAR_START = serialFromParts(2025, 1, 1);
const MINUTE = 1 / 1440;

/**
 * A year of tickets: `rows` body rows under the header, created times spread over 2025, about 6 %
 * still open, 2 % of timestamps as ISO text, some blank flags and hours, 200 clients.
 */
export function ticketGrid(rows: number, seed = 1): Grid {
  const random = seededRandom(seed);
  const grid: Grid = [[...TICKET_HEADERS]];
  for (let i = 0; i < rows; i++) {
    // Whole minutes, so an ISO-text timestamp is the same instant as its serial.
    const created = YEAR_START + Math.round((i / rows) * 364 * 1440 + random() * 600) * MINUTE;
    const response = created + randomInt(random, 10, 600) * MINUTE;
    const open = random() < 0.06;
    // Most tickets close within a day, a long tail within a week.
    const resolved = open ? null : response + Math.round(10 + random() ** 3 * 7 * 1440) * MINUTE;
    const due = created + (random() < 0.3 ? 8 / 24 : 3);
    // CSV round trips leave some timestamps as ISO text (minute precision, as formatSerial writes them).
    const asText = random() < 0.02;
    const met = resolved === null ? '' : resolved <= due ? 'Yes' : 'No';
    const flagBlank = random() < 0.1;
    const row: Cell[] = [
      `T-${100000 + i}`,
      `Client ${randomInt(random, 1, 200)}`,
      open ? 'Open' : 'Closed',
      asText ? formatSerial(created) : created,
      response,
      resolved === null ? '' : asText ? formatSerial(resolved) : resolved,
      due,
      flagBlank ? null : met,
      flagBlank ? '' : random() < 0.7,
      random() < 0.15 ? null : Math.round(random() * 40) / 10,
    ];
    grid.push(row);
  }
  return grid;
}

/** The body rows of a grid in a shuffled order (same seed, same order), its header first. */
export function shuffledRows(grid: Grid, seed = 7): Grid {
  const random = seededRandom(seed);
  const body = grid.slice(1);
  for (let i = body.length - 1; i > 0; i--) {
    const j = randomInt(random, 0, i);
    [body[i], body[j]] = [body[j]!, body[i]!];
  }
  return [grid[0]!, ...body];
}

const PRIORITIES = ['Low', 'Medium', 'High', 'Critical'];

/**
 * The ticket export as Excel hands a sheet of it over: rows in no date order (sorted by ticket
 * owner, say), a Priority column where the status was, and every blank cell as null.
 */
export function unsortedTicketGrid(rows: number, seed = 1): Grid {
  const random = seededRandom(seed + 10);
  const status = TICKET_HEADERS.indexOf('Status');
  const grid = ticketGrid(rows, seed).map((row, r) =>
    row.map((cell, c) =>
      c === status ? (r === 0 ? 'Priority' : PRIORITIES[randomInt(random, 0, 3)]!) : cell === '' ? null : cell,
    ),
  );
  return shuffledRows(grid, seed);
}

/** Month serials (first of the month) from January 2021, as a wide ledger's header holds them. */
const months = (count: number): number[] =>
  Array.from({ length: count }, (_, t) => serialFromParts(2021 + Math.floor(t / 12), (t % 12) + 1, 1));

/**
 * One MRR history per customer: starts in some month, grows or shrinks now and then, may churn
 * and sometimes comes back. Zero = inactive; written as a blank in the wide layout now and then.
 */
function histories(customers: number, periods: number, seed: number): Float64Array {
  const random = seededRandom(seed);
  const mrr = new Float64Array(customers * periods);
  for (let c = 0; c < customers; c++) {
    const start = random() < 0.4 ? 0 : randomInt(random, 0, periods - 1);
    let value = randomInt(random, 5, 200) * 10;
    let active = true;
    for (let t = start; t < periods; t++) {
      const r = random();
      if (active && r < 0.015) active = false;
      else if (!active && r < 0.05) active = true;
      else if (active && r < 0.08) value += randomInt(random, 1, 10) * 10;
      else if (active && r < 0.1) value = Math.max(10, value - randomInt(random, 1, 5) * 10);
      mrr[c * periods + t] = active ? value : 0;
    }
  }
  return mrr;
}

/** Wide ledger: `Customer` + one column per month, customers × periods body. */
export function wideLedger(customers: number, periods = 60, seed = 2): Grid {
  const random = seededRandom(seed + 1);
  const mrr = histories(customers, periods, seed);
  const grid: Grid = [['Customer', ...months(periods)]];
  for (let c = 0; c < customers; c++) {
    const row: Cell[] = [`Customer ${c + 1}`];
    for (let t = 0; t < periods; t++) {
      const v = mrr[c * periods + t]!;
      row.push(v === 0 ? (random() < 0.5 ? null : '') : v);
    }
    grid.push(row);
  }
  return grid;
}

/** Long ledger: one invoice row per active customer and month, `Invoice #, Customer, Invoice date, Monthly amount`. */
export function longLedger(customers: number, periods = 60, seed = 2): Grid {
  const mrr = histories(customers, periods, seed);
  const dates = months(periods);
  const grid: Grid = [['Invoice #', 'Customer', 'Invoice date', 'Monthly amount']];
  let n = 0;
  for (let t = 0; t < periods; t++) {
    for (let c = 0; c < customers; c++) {
      const v = mrr[c * periods + t]!;
      // Invoices dated a few days into the month: bucketing by calendar month is part of the work.
      if (v > 0) grid.push([`INV-${++n}`, `Customer ${c + 1}`, dates[t]! + (c % 20), v]);
    }
  }
  return grid;
}

/** A column of survey answers: mostly 1–5 scores, some words and emoji, some blanks. */
export function responsesColumn(rows: number, seed = 3): Grid {
  const random = seededRandom(seed);
  const words = ['satisfied', 'neutral', 'unsatisfied', '👍', '👎', 'good', 'bad'];
  const grid: Grid = [];
  for (let i = 0; i < rows; i++) {
    const r = random();
    grid.push([r < 0.1 ? null : r < 0.2 ? words[randomInt(random, 0, words.length - 1)]! : randomInt(random, 1, 5)]);
  }
  return grid;
}

/** A column of effort scores (1–7) with some blanks, for MSP.CES. */
export function scoresColumn(rows: number, seed = 6): Grid {
  const random = seededRandom(seed);
  return Array.from({ length: rows }, () => [random() < 0.1 ? null : randomInt(random, 1, 7)]);
}

/** Billing amounts and their billing periods side by side, for MSP.MRR. */
export function billingColumns(rows: number, seed = 4): { amounts: Grid; terms: Grid } {
  const random = seededRandom(seed);
  const words = ['monthly', 'quarterly', 'annual', 'one-time', 12, 3, null];
  const amounts: Grid = [];
  const terms: Grid = [];
  for (let i = 0; i < rows; i++) {
    amounts.push([randomInt(random, 10, 5000)]);
    terms.push([words[randomInt(random, 0, words.length - 1)]!]);
  }
  return { amounts, terms };
}

/** Onboarding start and go-live dates, for MSP.ONBOARDINGTIME. */
export function onboardingColumns(rows: number, seed = 5): { starts: Grid; lives: Grid } {
  const random = seededRandom(seed);
  const starts: Grid = [];
  const lives: Grid = [];
  for (let i = 0; i < rows; i++) {
    const start = YEAR_START + randomInt(random, 0, 364);
    starts.push([start]);
    lives.push([random() < 0.1 ? null : start + randomInt(random, 1, 90)]);
  }
  return { starts, lives };
}
