import type { Grid, OutCell } from '../../cells';
import { spillLabel } from '../../i18n';
import { type SpillColumn, defineFunction, headerRow } from '../../spec';
import { readSla } from '../../tickets/sla';
import { textKey } from '../../tickets/grouping';
import { detectColumns } from '../../tickets/headers';
import { missingColumn } from '../../tickets/table';
import { tickets, avgOrBlank, FLAG_EXAMPLE } from './shared';

/** MSP.TICKETSBYCLIENT's columns. */
const BY_CLIENT_COLUMNS: readonly SpillColumn[] = [
  { id: 'client', unit: 'text', labels: ['blank'] },
  { id: 'tickets', unit: 'count' },
  { id: 'open', unit: 'count' },
  { id: 'hours', unit: 'hours' },
  { id: 'avgResolution', unit: 'hours' },
  { id: 'slaMet', unit: 'percent' },
];

const BY_CLIENT_HEADER = headerRow('TICKETSBYCLIENT', BY_CLIENT_COLUMNS);

/** Per-client sums of TICKETSBYCLIENT, each n long; slot k is client k, the last slot the blank client. */
interface ClientSums {
  readonly tickets: Float64Array;
  readonly open: Float64Array;
  readonly hours: Float64Array;
  readonly resSum: Float64Array;
  readonly resN: Float64Array;
  readonly met: Float64Array;
  readonly judged: Float64Array;
}

function clientSums(n: number): ClientSums {
  const all = new Float64Array(7 * n);
  const part = (j: number): Float64Array => all.subarray(j * n, (j + 1) * n);
  return {
    tickets: part(0),
    open: part(1),
    hours: part(2),
    resSum: part(3),
    resN: part(4),
    met: part(5),
    judged: part(6),
  };
}

/** The row loop of TICKETSBYCLIENT: each ticket added to the sums of its client, as tallyPeriods does per period. */
function tallyClients(
  clientIndex: Int32Array,
  resolved: Float64Array | undefined,
  closedByStatus: Uint8Array | undefined,
  hoursOf: Float64Array | undefined,
  resolutionHours: Float64Array | undefined,
  sla: Int8Array,
  { tickets, open, hours, resSum, resN, met, judged }: ClientSums,
): void {
  const blank = tickets.length - 1;
  for (let i = 0; i < clientIndex.length; i++) {
    const k = clientIndex[i] === -1 ? blank : clientIndex[i]!;
    tickets[k]!++;
    // isOpen of table.ts, inline: no mask array, no call per ticket.
    if ((!resolved || Number.isNaN(resolved[i]!)) && (!closedByStatus || closedByStatus[i] !== 1)) open[k]!++;
    if (hoursOf) {
      const h = hoursOf[i]!;
      if (!Number.isNaN(h)) hours[k]! += h;
    }
    if (resolutionHours) {
      const r = resolutionHours[i]!;
      if (!Number.isNaN(r)) {
        resSum[k]! += r;
        resN[k]!++;
      }
    }
    if (sla[i] !== -1) {
      judged[k]!++;
      met[k]! += sla[i]!;
    }
  }
}

function ticketsByClient(grid: Grid): OutCell[][] {
  const client = detectColumns(grid[0] ?? []).client;
  if (!client) throw missingColumn('client');
  const { table: t, outcome: sla } = readSla(grid, {}, ['closedByStatus', 'hours', 'resolved', 'resolutionHours'], {
    column: client.index,
    key: textKey,
  });
  const clientIndex = t.groupIndex!;
  const clients = t.groups!;
  // Slot k holds client k of t.groups; the last slot holds the blank client.
  const n = clients.length + 1;
  const sums = clientSums(n);
  tallyClients(clientIndex, t.resolved, t.closedByStatus, t.hours, t.resolutionHours, sla, sums);
  const { tickets, open, hours, resSum, resN, met, judged } = sums;
  const knowsOpen = t.resolved !== undefined || t.closedByStatus !== undefined;
  // Blank clients sort after every name, as in an Excel pivot table.
  const sortKey = [...t.groupKeys!, '\uffff'];
  const order = [...tickets.keys()]
    .filter((k) => tickets[k]! > 0)
    .sort((a, b) => tickets[b]! - tickets[a]! || (sortKey[a]! < sortKey[b]! ? -1 : sortKey[a]! > sortKey[b]! ? 1 : 0));
  return [
    BY_CLIENT_HEADER,
    ...order.map((k) => [
      k === n - 1 ? spillLabel('en', 'blank') : clients[k]!,
      tickets[k]!,
      knowsOpen ? open[k]! : '',
      t.hours ? hours[k]! : '',
      avgOrBlank(resSum[k]!, resN[k]!),
      avgOrBlank(met[k]!, judged[k]!),
    ]),
  ];
}

export const TICKETSBYCLIENT = defineFunction({
  id: 'TICKETSBYCLIENT',
  family: 'servicedesk',
  description:
    'Spills a table per client: tickets, open, hours, average resolution time and SLA share, most tickets first.',
  params: [tickets],
  unit: 'table',
  columns: BY_CLIENT_COLUMNS,
  notes:
    'Clients are grouped ignoring case and accents and shown as first written; blank clients are "(blank)" (in Office\'s language, like the headers). Ties are sorted by client name, "(blank)" last. ' +
    'Open is "" without a resolved or status column, Hours "" without an hours column; Avg resolution (h) and SLA met are "" where a client has no data.',
  examples: [
    {
      formula: '=MSP.TICKETSBYCLIENT(A1:H4)',
      args: [FLAG_EXAMPLE],
      result: [BY_CLIENT_HEADER, ['Acme', 2, 0, 4.5, 14, 0.5], ['Brix', 1, 1, 0.5, '', '']],
    },
  ],
  compute: ticketsByClient,
});
