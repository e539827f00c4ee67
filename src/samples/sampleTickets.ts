import { serialFromParts } from '../core/dates';
import { randomInt, seededRandom } from './prng';
import type { SampleGrid } from './sampleGrid';

/** The export's columns, as ConnectWise PSA / Autotask name them. */
export const SAMPLE_TICKET_HEADER = [
  'Ticket #', 'Company', 'Priority', 'Status', 'Created', 'First Response', 'Resolved', 'Due By', 'SLA Met', 'First Contact Resolution', 'Hours',
] as const;
/** 0-based columns holding date serials (ISO text in the CSV). */
export const SAMPLE_TICKET_DATE_COLUMNS: readonly number[] = [4, 5, 6, 7];

/** Clients of a European MSP and how much they call (relative weights): a few big accounts, a long tail. */
const CLIENTS: readonly (readonly [string, number])[] = [
  ['Müller Steuerberatung GmbH', 9], ['Van Dijk Installatietechniek B.V.', 8], ['Cabinet Dubois & Associés', 7],
  ['Studio Legale Rossi', 6], ['Transport Vermeulen NV', 6], ['Hôtel Les Tilleuls', 5], ['Schneider Elektrotechnik GmbH', 5],
  ['Tandartspraktijk Jansen', 4], ['Ferramenta Bianchi S.r.l.', 4], ['Pharmacie du Centre', 3], ['Weber Logistik KG', 3],
  ['Makelaardij Visser', 2], ['Ottica Colombo', 2], ['Boulangerie Martin SARL', 2], ['Praxis Dr. Fischer', 1],
];

/** Priority, share of tickets, resolution target (h) and typical first response (h), as an MSP's SLA sets them. */
const PRIORITIES = [
  { name: 'Critical', share: 0.05, targetHours: 4, responseHours: 0.25 },
  { name: 'High', share: 0.2, targetHours: 8, responseHours: 0.75 },
  { name: 'Medium', share: 0.45, targetHours: 24, responseHours: 2 },
  { name: 'Low', share: 0.3, targetHours: 72, responseHours: 4 },
] as const;

const TICKETS = 300;
/**
 * The endpoints the sample MSP manages for these 15 small clients (about ten each): 300 tickets over
 * six months is then about 0.35 tickets per endpoint per month, inside the benchmark’s best in class.
 */
export const SAMPLE_ENDPOINTS = 150;
/** Tickets are opened from Monday 6 January 2025 over 25 weeks; the export is taken on Friday 27 June 2025 at 17:30. */
const FIRST_DAY = serialFromParts(2025, 1, 6);
const WORKING_DAYS = 25 * 5;
const EXPORTED_AT = serialFromParts(2025, 6, 27, 17, 30);
const FIRST_TICKET_NUMBER = 48_213;

/** Rounds a serial to the minute, as PSA exports write times. */
const toMinute = (serial: number): number => Math.round(serial * 1440) / 1440;

/**
 * A synthetic PSA ticket export, 300 rows under the header: creation times on working days and
 * office hours over six months, first response and resolution times that depend on the priority
 * (about one ticket in six misses its resolution target), tickets still open at export time, a
 * few SLA and first-contact flags left blank, and hours worked. Deterministic: the same rows on
 * every call. Blank cells are "".
 */
export function sampleTickets(): SampleGrid {
  const random = seededRandom(20250627);
  // Skewed towards 1 (mostly quick, sometimes much longer): a lognormal-like factor.
  const spread = (sigma: number): number => Math.exp(sigma * (random() + random() + random() - 1.5) * 2);
  const pick = <T>(items: readonly T[], weight: (t: T) => number): T => {
    const total = items.reduce((s, t) => s + weight(t), 0);
    let x = random() * total;
    for (const t of items) if ((x -= weight(t)) < 0) return t;
    return items[items.length - 1]!;
  };

  const created: number[] = [];
  for (let i = 0; i < TICKETS; i++) {
    const workingDay = randomInt(random, 0, WORKING_DAYS - 1);
    const day = FIRST_DAY + Math.floor(workingDay / 5) * 7 + (workingDay % 5);
    created.push(toMinute(day + (8 + random() * 9.5) / 24));
  }
  created.sort((a, b) => a - b);

  const rows: SampleGrid = [[...SAMPLE_TICKET_HEADER]];
  created.forEach((opened, i) => {
    const priority = pick(PRIORITIES, (p) => p.share);
    const client = pick(CLIENTS, ([, w]) => w)[0];
    const due = toMinute(opened + priority.targetHours / 24);
    const respondedAt = toMinute(opened + (priority.responseHours * spread(0.5)) / 24);
    // A few tickets wait on the customer for weeks; the rest take a share of the target, sometimes more.
    const stalled = random() < 0.03;
    // Work of the last week is partly still in progress when the export is taken.
    const inProgress = opened > EXPORTED_AT - 7 && random() < 0.4;
    const resolveHours = stalled ? 24 * randomInt(random, 20, 60) : inProgress ? 24 * 10 : priority.targetHours * 0.45 * spread(0.55);
    const resolvedAt = toMinute(Math.max(respondedAt, opened + resolveHours / 24));
    const responded = respondedAt <= EXPORTED_AT;
    const resolved = resolvedAt <= EXPORTED_AT;
    const met = resolved ? resolvedAt <= due : due < EXPORTED_AT ? false : null;
    // One flag in twenty-five is left blank, as when a technician closes a ticket without the SLA step.
    const slaFlag = met === null || random() < 0.04 ? '' : met ? 'Yes' : 'No';
    const firstContact = resolved && random() > 0.05 ? (resolveHours < 2 && random() < 0.9 ? 'Yes' : random() < 0.55 ? 'Yes' : 'No') : '';
    const hours = resolved || (responded && random() < 0.6) ? Math.max(0.25, Math.round(Math.min(resolveHours, 6) * spread(0.3) * 4) / 4) : '';
    const status = resolved ? (random() < 0.7 ? 'Closed' : 'Completed') : !responded ? 'New' : stalled ? 'Waiting Customer' : 'In Progress';
    rows.push([
      FIRST_TICKET_NUMBER + i,
      client,
      priority.name,
      status,
      opened,
      responded ? respondedAt : '',
      resolved ? resolvedAt : '',
      due,
      slaFlag,
      firstContact,
      hours,
    ]);
  });
  return rows;
}
