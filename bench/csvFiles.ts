import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { randomInt, seededRandom } from '../src/samples/prng';

/**
 * Ticket and ledger exports as CSV text, written row by row to a file (a 2 000 000-row export is
 * ~200 MB: it is never held in memory). Deterministic: the same seed gives the same file. Times are
 * ISO text with minutes, as PSA tools export them; open tickets have no resolved time and no SLA
 * flag, so the flag's share and the resolved rows are the same set for every reader.
 */

const MINUTE_MS = 60_000;
const YEAR_START = Date.UTC(2025, 0, 1);
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  let batch = '';
  for (const line of lines) {
    batch += `${line}\n`;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await once(out, 'finish');
}

export const TICKET_CSV_HEADER = 'Ticket #,Company,Status,Created,First Response,Resolved,SLA Met,Hours';

function* ticketLines(rows: number, seed: number): Generator<string> {
  const random = seededRandom(seed);
  yield TICKET_CSV_HEADER;
  for (let i = 0; i < rows; i++) {
    const created = YEAR_START + Math.round((i / rows) * 364 * 1440 + random() * 600) * MINUTE_MS;
    const response = created + randomInt(random, 10, 600) * MINUTE_MS;
    const open = random() < 0.06;
    const resolved = response + Math.round(10 + random() ** 3 * 7 * 1440) * MINUTE_MS;
    const met = random() < 0.85 ? 'Yes' : 'No';
    const hours = (Math.round(random() * 40) / 10).toFixed(1);
    yield [
      `T-${100000 + i}`,
      `Client ${randomInt(random, 1, 200)}`,
      open ? 'Open' : 'Closed',
      iso(created),
      iso(response),
      open ? '' : iso(resolved),
      open ? '' : met,
      hours,
    ].join(',');
  }
}

export const writeTicketCsv = (file: string, rows: number, seed = 1): Promise<void> =>
  writeLines(file, ticketLines(rows, seed));

/**
 * A long ledger, `Invoice #,Customer,Invoice date,Monthly amount`: one invoice per active customer
 * and month over 60 months; customers start, grow, shrink, churn and come back.
 */
function* ledgerLines(rows: number, seed: number): Generator<string> {
  const periods = 60;
  const customers = Math.ceil(rows / (periods * 0.7));
  const random = seededRandom(seed);
  const value = new Float64Array(customers);
  const active = new Uint8Array(customers);
  yield 'Invoice #,Customer,Invoice date,Monthly amount';
  let n = 0;
  for (let t = 0; t < periods && n < rows; t++) {
    for (let c = 0; c < customers && n < rows; c++) {
      const r = random();
      if (value[c] === 0) {
        if (r < 0.3) {
          value[c] = randomInt(random, 5, 200) * 10;
          active[c] = 1;
        }
      } else if (active[c] && r < 0.015) active[c] = 0;
      else if (!active[c] && r < 0.05) active[c] = 1;
      else if (active[c] && r < 0.08) value[c]! += randomInt(random, 1, 10) * 10;
      else if (active[c] && r < 0.1) value[c] = Math.max(10, value[c]! - randomInt(random, 1, 5) * 10);
      if (!active[c]) continue;
      const date = Date.UTC(2021 + Math.floor(t / 12), t % 12, 1 + (c % 20));
      yield `INV-${++n},Customer ${c + 1},${iso(date).slice(0, 10)},${value[c]!.toFixed(2)}`;
    }
  }
}

export const writeLedgerCsv = (file: string, rows: number, seed = 2): Promise<void> =>
  writeLines(file, ledgerLines(rows, seed));
