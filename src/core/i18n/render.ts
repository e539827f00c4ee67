import { columnName } from '../cellName';
import type { KpiError, Located, MessageValue } from '../errors';
import type { Messages } from './en';

/**
 * Error messages from the catalogue of one language: the key's template with its parameters filled,
 * after `MSP.<name>:` (the function's name in that language) unless `withFunction` is false (the task
 * pane, which says which KPI it is about in its own words). Parameters whose key starts with
 * `arg` are parameter names, shown as that language names them; a `Located` names an argument
 * and/or a cell of a range.
 */
export function renderError(table: Messages, e: KpiError, withFunction = true): string {
  const key = e.key;
  if (key === undefined) return '';
  if (typeof key !== 'string') return key.text;
  const fn = e.fn;
  const body = table.errors[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = e.params[name];
    if (v === undefined) return whole;
    if (typeof v === 'string') {
      if (name.startsWith('arg')) return paramName(table, fn, v);
      if (name.startsWith('role')) return table.columnRoles[v as keyof Messages['columnRoles']] ?? v;
    }
    return show(table, fn, v);
  });
  return fn === undefined || !withFunction ? body : `MSP.${table.functions[fn]?.name ?? fn}: ${body}`;
}

function show(table: Messages, fn: string | undefined, v: MessageValue): string {
  if (typeof v !== 'object') return String(v);
  return located(table, fn, v);
}

/** "tickets, row 4, column B (Created) of the range", or the parts of it that are known. */
function located(table: Messages, fn: string | undefined, l: Located): string {
  const parts: string[] = [];
  if (l.arg !== undefined) parts.push(paramName(table, fn, l.arg));
  if (l.row !== undefined && l.col !== undefined) {
    parts.push(
      table.errors.place
        .replace('{row}', String(l.row + 1))
        .replace('{col}', columnName(l.col))
        .replace('{header}', l.header ? ` (${l.header})` : ''),
    );
  } else if (l.row !== undefined) {
    parts.push(table.errors.row.replace('{row}', String(l.row + 1)));
  }
  return parts.join(', ');
}

/** A parameter, or a quantity of the catalogue, as the language names it; anything else as given. */
function paramName(table: Messages, fn: string | undefined, name: string): string {
  return (
    (fn !== undefined ? table.functions[fn]?.params?.[name]?.[0] : undefined) ??
    table.quantities[name as keyof Messages['quantities']] ??
    name
  );
}
