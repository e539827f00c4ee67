import { readArg } from './args';
import { type Arg, type Grid, type Out, type OutCell, rangeError } from './cells';
import { type DateOrder, defaultDateOrder, withDateOrder } from './dateOrder';
import { KpiError, fail, isKpiError, withFunction } from './errors';
import { type Language, spillLabel } from './i18n';
import { type FunctionSpec, headerRow } from './spec';
import { withWorkingMemory } from './workingMemory';

/**
 * Runs a registry function on raw arguments and returns its value or a KpiError: never throws.
 * Every adapter (Excel, HyperFormula, CLI, templates) goes through here. `dateOrder` is the order
 * of numeric text dates in tables that hold no evidence of their own (the workbook's locale); by
 * default the one a caller set around it (`withDateOrder`, as the CLI does for a whole report).
 */
export function evaluate(
  spec: FunctionSpec,
  raw: readonly Arg[],
  dateOrder: DateOrder = defaultDateOrder(),
): Out | KpiError {
  if (raw.length > spec.params.length) {
    return withFunction(fail.value('tooManyArgs', { max: spec.params.length, count: raw.length }), spec.id);
  }
  // The range arguments read so far, in parameter order.
  const ranges: Grid[] = [];
  let out: Out | KpiError;
  try {
    const args = spec.params.map((p, i) => {
      const v = readArg(p, raw[i]);
      if (p.kind === 'range') ranges.push(v as Grid);
      return v;
    });
    out = withWorkingMemory(() => checkResult(withDateOrder(dateOrder, () => spec.compute(...args))));
  } catch (e) {
    out = isKpiError(e)
      ? withFunction(e, spec.id)
      : // A bug, not bad input: still an Excel error value rather than a crash of the calculation.
        new KpiError('#VALUE!', 'unexpected', { detail: e instanceof Error ? e.message : String(e) }, spec.id);
  }
  // Whatever the function made of it, an Excel error in a range argument is the result (the first
  // one row by row, of the first range holding one), as if each range had been scanned before the
  // next argument was read. Ranges the function met every cell of are not scanned again.
  for (const grid of ranges) {
    const err = rangeError(grid);
    if (err) return err;
  }
  return out;
}

/**
 * `evaluate`, answering in a language: a spilled table's header row and the labels among its data
 * (`(blank)`, `Total`: SpillColumn.labels) in that language (error messages are rendered by the
 * adapter, from the same language). A function that takes its own `language` argument (KPIS) keeps
 * the one it was given.
 */
export function evaluateIn(
  spec: FunctionSpec,
  raw: readonly Arg[],
  lang: Language,
  dateOrder: DateOrder = defaultDateOrder(),
): Out | KpiError {
  const out = evaluate(spec, raw, dateOrder);
  const columns = spec.columns;
  if (lang === 'en' || !columns || !Array.isArray(out) || spec.params.some((p) => p.name === 'language')) return out;
  const header = headerRow(spec.id, columns, lang);
  const rows = [[...header, ...out[0]!.slice(header.length)], ...out.slice(1)];
  columns.forEach((column, c) => {
    for (const label of column.labels ?? []) {
      const english = spillLabel('en', label);
      const given = spillLabel(lang, label);
      // The total row is the last; the blank group's row may be any.
      for (let r = label === 'total' ? rows.length - 1 : 1; r < rows.length; r++) {
        if (rows[r]![c] === english) rows[r]![c] = given;
      }
    }
  });
  return rows;
}

function checkCell(v: OutCell | null | undefined): OutCell {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' && !Number.isFinite(v)) throw fail.num('notFinite');
  return v;
}

function checkResult(out: Out): Out {
  if (Array.isArray(out)) return out.map((row) => row.map((c) => checkCell(c)));
  return checkCell(out);
}
