import { type Cell, type Grid, parseNumberText } from '../cells';
import { fail } from '../errors';
import { foldText } from '../options';
import { detectColumns } from './headers';

/**
 * Priorities as MSP contracts and PSA exports write them: `P1`, `1`, `Priority 1`, `1 - Critical`
 * are one priority (SPEC §3.4), and words (`High`, `Hoch`) are matched ignoring case, accents and
 * spaces. Used to look up a ticket's SLA target and to order MSP.TICKETSBY's priority rows.
 */

/** A priority word before its number, in the five languages (folded: no accents, lower case). */
const NUMBERED = /^(?:p|prio|priority|priorite|prioriteit|priorita|prioritat)?[\s.:#-]*(\d+)(?!\d)/;

/** Priority words in their natural order, most urgent first, in the five languages. */
const WORD_RANKS: readonly (readonly string[])[] = [
  ['critical', 'urgent', 'emergency', 'critique', 'urgente', 'kritiek', 'critica', 'critico', 'kritisch', 'dringend'],
  ['high', 'haute', 'elevee', 'haut', 'hoog', 'alta', 'alto', 'hoch'],
  ['medium', 'normal', 'moderate', 'moyenne', 'normale', 'gemiddeld', 'normaal', 'media', 'medio', 'mittel'],
  ['low', 'basse', 'faible', 'laag', 'bassa', 'basso', 'niedrig'],
  ['planning', 'planned', 'planifiee', 'gepland', 'pianificata', 'geplant'],
];
const WORD_RANK = new Map(WORD_RANKS.flatMap((words, rank) => words.map((w) => [w, rank] as const)));

/**
 * The key two spellings of one priority share: `p<n>` for a numbered priority, else the folded
 * text without spaces or punctuation; `''` for a blank cell.
 *
 * @example
 * priorityKey('Priority 1') //=> 'p1'
 * priorityKey('1 - Critical') //=> 'p1'
 * priorityKey(' High ') //=> 'high'
 */
export function priorityKey(label: string | number | boolean): string {
  if (typeof label === 'number') return Number.isInteger(label) ? `p${label}` : String(label);
  const folded = foldText(String(label));
  const m = NUMBERED.exec(folded);
  if (m) return `p${Number(m[1])}`;
  return folded.replace(/[^a-z0-9]+/g, '');
}

/**
 * Where a priority sorts: numbered ones by their number, then known words most urgent first, then
 * anything else (Infinity: the caller orders those by its own rule).
 */
export function priorityRank(key: string): number {
  const m = /^p(\d+)$/.exec(key);
  if (m) return Number(m[1]);
  const rank = WORD_RANK.get(key);
  return rank === undefined ? Infinity : 1e9 + rank;
}

/** SLA targets in hours per priority key, with the priorities as the user wrote them (for messages). */
export interface PriorityTargets {
  readonly hours: ReadonlyMap<string, number>;
  readonly labels: readonly string[];
}

/** A number cell, or text holding one; undefined for anything else. */
const numberOf = (cell: Cell): number | undefined =>
  typeof cell === 'number' ? cell : typeof cell === 'string' ? parseNumberText(cell) : undefined;

const isBlankCell = (cell: Cell): boolean => cell === null || (typeof cell === 'string' && cell.trim() === '');

/**
 * A `target_hours` range of targets per priority: 2 columns (priority, hours: the measure's own
 * targets), or 3 columns (priority, response hours, resolution hours: the Service desk sheet's
 * targets table, which MSP.SLA, MSP.RESPONSESLA and MSP.TICKETSBY all read). The first row is a
 * header when its hours cell holds no number; blank rows, and rows with no hours for the measure,
 * are skipped; the first row of a priority listed twice wins. Hours must be more than 0.
 */
export function readPriorityTargets(grid: Grid, arg: string, measure: 'response' | 'resolution'): PriorityTargets {
  const width = grid[0]?.length ?? 0;
  if ((width !== 2 && width !== 3) || grid.some((row) => row.length !== width)) {
    throw fail.value('targetsShape', { arg, rows: grid.length, cols: width });
  }
  const col = width === 3 && measure === 'resolution' ? 2 : 1;
  const hours = new Map<string, number>();
  const labels: string[] = [];
  grid.forEach((cells, row) => {
    const label = cells[0]!;
    const value = cells[col]!;
    if (isBlankCell(value)) return;
    const h = numberOf(value);
    if (row === 0 && h === undefined) return;
    const cell = { arg, row, col };
    if (h === undefined) throw fail.value('targetNotHours', { cell, value: String(value) });
    if (!(h > 0)) throw fail.num('targetNotPositive', { cell, value: h });
    if (isBlankCell(label)) throw fail.value('targetNoPriority', { cell: { arg, row, col: 0 } });
    const key = priorityKey(label as string | number | boolean);
    if (hours.has(key)) return;
    hours.set(key, h);
    labels.push(String(label).trim());
  });
  if (hours.size === 0) throw fail.value('targetsEmpty', { arg });
  return { hours, labels };
}

/**
 * The priorities of a ticket grid's priority column, each once (as first written), in their natural
 * order (priorityRank), others by how many tickets carry them; empty without a priority column.
 */
export function dataPriorities(grid: Grid): string[] {
  const column = detectColumns(grid[0] ?? []).priority;
  if (!column) return [];
  const seen = new Map<string, { label: string; count: number }>();
  for (let r = 1; r < grid.length; r++) {
    const cell = grid[r]![column.index] ?? null;
    if (cell === null || typeof cell === 'object' || (typeof cell === 'string' && cell.trim() === '')) continue;
    const key = priorityKey(cell);
    const known = seen.get(key);
    if (known) known.count++;
    else seen.set(key, { label: String(cell).trim(), count: 1 });
  }
  return [...seen]
    .sort(([a, x], [b, y]) => priorityRank(a) - priorityRank(b) || y.count - x.count || (a < b ? -1 : 1))
    .map(([, v]) => v.label);
}
