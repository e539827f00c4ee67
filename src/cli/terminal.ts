import type { Unit } from '../core/spec';
import { cliMessages } from './i18n';
import type { Headline } from './headline';
import type { Language } from '../templates/sheetPlan';
import type { ReadBlock } from './whatWasRead';

/** Plain-text rendering of the headline KPIs; colour only when writing to a terminal. */

const COLOURS = { good: '\u001b[32m', watch: '\u001b[33m', bad: '\u001b[31m', reset: '\u001b[0m' };

export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'percent':
      return `${(value * 100).toFixed(1)} %`;
    case 'count':
      return String(Math.round(value));
    case 'currency':
      return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    default:
      return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  }
}

export interface RatingWords {
  readonly good: readonly string[];
  readonly watch: string;
}

/** One aligned line per KPI: label, value, rating (or why there is no value). */
export function formatHeadlines(
  title: string,
  lines: readonly Headline[],
  words: RatingWords,
  colour: boolean,
): string {
  const width = Math.max(...lines.map((l) => l.label.length), 10);
  const paint = (rating: string): string => {
    if (!colour) return rating;
    const c = words.good.includes(rating) ? COLOURS.good : rating === words.watch ? COLOURS.watch : COLOURS.bad;
    return `${c}${rating}${COLOURS.reset}`;
  };
  const body = lines.map((l) => {
    const label = l.label.padEnd(width);
    if (l.error) return `  ${label}  —  ${l.error.code} ${l.error.message.replace(/^MSP\.[A-Z.]+: /, '')}`;
    const value = l.value === null ? '—' : formatValue(l.value, l.unit);
    return `  ${label}  ${value.padStart(12)}${l.rating ? `  ${paint(l.rating)}` : ''}`;
  });
  return [title, ...body].join('\n');
}

/** The "what was read" block: MSP.COLUMNS's table in aligned columns, then the warnings. */
export function formatRead(title: string, block: ReadBlock, lang: Language): string {
  const rows = block.table.map((r) => r.map(String));
  const widths = rows.reduce<number[]>((w, r) => r.map((c, i) => Math.max(w[i] ?? 0, c.length)), []);
  const lines = rows.map(
    (r) =>
      `  ${r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd()}`,
  );
  const warnings = block.warnings.length
    ? [`  ${cliMessages(lang).cliReport.warnings}:`, ...block.warnings.map((w) => `  ! ${w}`)]
    : [];
  return [title, ...lines, ...warnings].join('\n');
}
