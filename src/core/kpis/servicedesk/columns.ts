import type { Grid, OutCell } from '../../cells';
import { columnName } from '../../cellName';
import type { ColumnReport, RoleReport } from '../../columnReport';
import { describeDateOrder } from '../../dateOrder';
import { isKpiError } from '../../errors';
import { type Messages, errorMessage, format, messages, parseLanguage } from '../../i18n';
import { findRoles } from '../../ledger/headers';
import { ledgerColumnReport } from '../../ledger/columnReport';
import { type SpillColumn, defineFunction, headerRow } from '../../spec';
import { ticketColumnReport } from '../../tickets/columnReport';
import { type Role, detectColumns } from '../../tickets/headers';

/** MSP.COLUMNS's columns; its header row and its words are in the language its `language` argument asks for. */
const COLUMNS_COLUMNS: readonly SpillColumn[] = [
  { id: 'role', unit: 'text' },
  { id: 'column', unit: 'text' },
  { id: 'header', unit: 'text' },
  { id: 'values', unit: 'count' },
  { id: 'blank', unit: 'count' },
  { id: 'problems', unit: 'text' },
];

/** Roles only a ticket table has: a table with none of them is a ledger. */
const TICKET_ONLY: readonly Role[] = [
  'status',
  'created',
  'firstResponse',
  'firstResponseTime',
  'resolved',
  'closed',
  'resolutionTime',
  'due',
  'slaMet',
  'firstContact',
  'hours',
];

/** A long ledger's three columns first; then a ticket table by its ticket-only roles; else a wide ledger. */
function report(grid: Grid): ColumnReport {
  const header = grid[0] ?? [];
  const ledger = findRoles(header);
  if (ledger.customer !== undefined && ledger.period !== undefined && ledger.amount !== undefined) {
    return ledgerColumnReport(grid);
  }
  const tickets = detectColumns(header);
  return TICKET_ONLY.some((r) => tickets[r]) ? ticketColumnReport(grid, tickets, 'table') : ledgerColumnReport(grid);
}

function roleName(m: Messages, role: string): string {
  const ledger = m.inputColumns.ledgerRoles as Readonly<Record<string, string>>;
  return ledger[role] ?? (m.columnRoles as Readonly<Record<string, string>>)[role] ?? role;
}

function problemsCell(m: Messages, lang: ReturnType<typeof parseLanguage>, r: RoleReport): OutCell {
  if (r.note) return errorMessage(r.note, lang);
  if (!r.first) return 0;
  const place = format(m.errors.place, { row: r.first.row + 1, col: columnName(r.first.col), header: '' });
  return format(m.inputColumns.problems, { count: r.problems, place, value: r.first.value });
}

function columnsTable(grid: Grid, language: string | null): OutCell[][] {
  const lang = parseLanguage(language);
  const m = messages(lang);
  const t = m.inputColumns;
  const r = report(grid);
  const layout = r.layout === 'tickets' ? t.tickets : r.layout === 'long' ? t.ledgerLong : t.ledgerWide;
  const d = r.dateOrder;
  const order = isKpiError(d) ? '' : describeDateOrder(m, d);
  return [
    headerRow('COLUMNS', COLUMNS_COLUMNS, lang),
    [t.layout, '', layout, r.rows, '', r.problem ? errorMessage(r.problem, lang) : ''],
    [t.dateOrder, '', order, '', '', isKpiError(d) ? errorMessage(d, lang) : ''],
    ...r.roles.map((role) => [
      roleName(m, role.role),
      role.lastCol === undefined ? columnName(role.col) : `${columnName(role.col)}:${columnName(role.lastCol)}`,
      role.header,
      role.values,
      role.blank,
      problemsCell(m, lang, role),
    ]),
  ];
}

const EXAMPLE: Grid = [
  ['Ticket #', 'Created', 'Resolved', 'SLA Met'],
  [1, '03/02/2025 09:00', '03/02/2025 11:00', 'yes'],
  [2, '14/02/2025 10:00', '?', 'maybe'],
];

export const COLUMNS = defineFunction({
  id: 'COLUMNS',
  family: 'servicedesk',
  description:
    'Spills what the functions read in a ticket table or a ledger: layout, date order, and per role its column, values, blanks and problems.',
  params: [
    { name: 'table', kind: 'range', description: 'A ticket table or a subscription ledger, including its header row.' },
    {
      name: 'language',
      kind: 'text',
      optional: true,
      description: 'Language of the answer: en (default), fr, nl, it or de; "fr-FR" or "français" also work.',
    },
  ],
  unit: 'table',
  columns: COLUMNS_COLUMNS,
  notes:
    'The first rows give the layout (ticket table, long or wide ledger) with its rows, and the order of dates written as numeric text, "proven" by a part above 12 or "assumed" from the workbook\'s locale. ' +
    'Then one row per role found, in the vocabulary\'s order: Values counts the cells read as values, Blank the blanks and "no value" markers, Problems the cells the functions cannot read with the first one named (0 when none). ' +
    'A table is a long ledger when it has customer, period and amount columns, a ticket table when it has a ticket column (created, resolved, status …), otherwise a wide ledger.',
  examples: [
    {
      formula: '=MSP.COLUMNS(A1:D3)',
      args: [EXAMPLE],
      // 14/02 proves day-first; Resolved holds a ? (blank); SLA Met's "maybe" is no flag (row 3 of the range).
      result: [
        ['Role', 'Column', 'Header', 'Values', 'Blank', 'Problems'],
        ['Layout', '', 'Ticket table', 2, '', ''],
        ['Date order', '', 'day/month/year (proven)', '', '', ''],
        ['ticket id', 'A', 'Ticket #', 2, 0, 0],
        ['created time', 'B', 'Created', 2, 0, 0],
        ['resolved time', 'C', 'Resolved', 1, 1, 0],
        ['SLA met', 'D', 'SLA Met', 1, 0, '1; first: row 3, column D of the range: "maybe"'],
      ],
    },
  ],
  compute: columnsTable,
});
