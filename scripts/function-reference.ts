/**
 * The README's function reference, generated from the registry so the docs cannot drift:
 * `npx tsx scripts/function-reference.ts` rewrites the section between the markers, and
 * test/readme.test.ts fails when the README is out of date.
 */
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import type { Out } from '../src/core/cells';
import { LANGUAGES } from '../src/core/i18n';
import { FUNCTIONS } from '../src/core/registry';
import type { ParamSpec } from '../src/core/args';
import { type Benchmark, type Family, type FunctionSpec, type Threshold, type Unit, headerRow } from '../src/core/spec';
import { buildMetadata } from './metadata';

export const START = '<!-- function-reference:start -->';
export const END = '<!-- function-reference:end -->';

const FAMILY_TITLES: Record<Family, string> = {
  revenue: 'Recurring revenue and customers',
  finance: 'Finance',
  operations: 'Sales, marketing, people, operations',
  servicedesk: 'Service desk (ticket table)',
  benchmarks: 'Benchmarks',
};

const UNIT_TEXT: Record<Unit, string> = {
  percent: 'fraction (format as %)',
  currency: 'money, in the workbook currency',
  number: 'number',
  count: 'count',
  hours: 'hours',
  days: 'days',
  months: 'months',
  text: 'text',
  table: 'spilled table',
};

const signature = (f: FunctionSpec) =>
  `MSP.${f.id}(${f.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;

function showResult(r: Out | string): string {
  if (Array.isArray(r)) return `a ${r.length}-row table starting ${JSON.stringify(r[0])}`;
  if (typeof r === 'number') return String(Math.round(r * 1e9) / 1e9);
  return typeof r === 'string' && !r.startsWith('#') ? `"${r}"` : String(r);
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The names Excel shows in each UI language (the id typed in English works everywhere). */
function localizedNames(): string {
  const names = LANGUAGES.map((lang) => new Map(buildMetadata(lang).functions.map((f) => [f.id, f.name])));
  const rows = FUNCTIONS.map((f) => `| ${f.id} | ${names.map((m) => `MSP.${m.get(f.id)}`).join(' | ')} |`);
  return [
    `### Localized names\n`,
    `| id | ${LANGUAGES.join(' | ')} |`,
    `|---|${LANGUAGES.map(() => '---').join('|')}|`,
    ...rows,
    '',
  ].join('\n');
}

/** A parameter's declared bounds and default, as the evaluator checks them (outside: #NUM!). */
function bounds(p: ParamSpec): string {
  const parts = [
    p.min !== undefined ? `≥ ${p.min}` : '',
    p.greaterThan !== undefined ? `> ${p.greaterThan}` : '',
    p.max !== undefined ? `≤ ${p.max}` : '',
    p.integer ? 'whole number' : '',
    p.defaultValue !== undefined ? `default ${p.defaultValue}` : '',
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** The catalogue row a function's result is rated against (SPEC §4). */
function benchmarkLine(b: Benchmark): string {
  const cmp = (t: Threshold): string =>
    `${b.better === 'higher' ? (t.strict ? '>' : '≥') : t.strict ? '<' : '≤'} ${t.value}`;
  const window = b.windowMonths === undefined ? '' : `, for a ${b.windowMonths}-month window`;
  const best = b.best ? `, best in class ${cmp(b.best)}` : '';
  return `Benchmark: healthy ${cmp(b.healthy)}${best}${window} (${b.source}).`;
}

export function functionReference(): string {
  const parts: string[] = [localizedNames()];
  for (const family of Object.keys(FAMILY_TITLES) as Family[]) {
    const fns = FUNCTIONS.filter((f) => f.family === family);
    if (fns.length === 0) continue;
    parts.push(`### ${FAMILY_TITLES[family]}\n`);
    for (const f of fns) {
      parts.push(`#### \`${signature(f)}\`\n`);
      parts.push(`${f.description} Returns: ${UNIT_TEXT[f.unit]}.\n`);
      parts.push('| argument | |\n|---|---|');
      for (const p of f.params)
        parts.push(`| \`${p.name}\`${p.optional ? ' (optional)' : ''} | ${cell(p.description)}${bounds(p)} |`);
      parts.push('');
      if (f.notes) parts.push(`${f.notes}\n`);
      if (f.columns) parts.push(`Columns: ${headerRow(f.id, f.columns).join(', ')}.\n`);
      if (f.benchmark) parts.push(`${benchmarkLine(f.benchmark)}\n`);
      parts.push(f.examples.map((ex) => `- \`${ex.formula}\` → ${showResult(ex.result)}`).join('\n') + '\n');
    }
  }
  return parts.join('\n');
}

export function withReference(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}.`);
  return `${readme.slice(0, start + START.length)}\n${functionReference()}\n${readme.slice(end)}`;
}

if (require.main === module) {
  const file = path.join(__dirname, '..', 'README.md');
  writeFileSync(file, withReference(readFileSync(file, 'utf8')));
}
