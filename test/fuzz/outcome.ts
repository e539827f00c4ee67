import type { Out } from '../../src/core/cells';
import { ERROR_CODES, KpiError } from '../../src/core/errors';

/**
 * What a function may give back (SPEC §1): a finite number, text or a logical; an Excel error
 * value; or a spilled table — rectangular, a header row of labels, `""` rather than null in empty
 * cells. Returns what is wrong, or undefined; the caller shows it with the input that caused it.
 */
export function badOutcome(id: string, out: Out | KpiError): string | undefined {
  if (out instanceof KpiError) {
    if (!ERROR_CODES.includes(out.code)) return `unknown error code ${String(out.code)}`;
    // evaluate() turns a thrown non-KpiError into this message: a bug, not a verdict on the input.
    if (/unexpected error/.test(out.message)) return `crash: ${out.message}`;
    return undefined;
  }
  if (Array.isArray(out)) {
    if (out.length === 0) return 'spill with no rows';
    const width = out[0]!.length;
    if (width === 0) return 'spill with an empty header row';
    for (const [r, row] of out.entries()) {
      if (!Array.isArray(row) || row.length !== width) return `spill not rectangular at row ${r}`;
      for (const [c, v] of row.entries()) {
        const bad = badCell(v);
        if (bad) return `spill cell [${r}][${c}]: ${bad}`;
      }
    }
    const header = out[0]!.findIndex((h) => typeof h !== 'string' || h === '');
    if (header >= 0) return `spill header cell ${header} is not a label: ${JSON.stringify(out[0]![header])}`;
    return undefined;
  }
  const bad = badCell(out);
  return bad && `${id}: ${bad}`;
}

function badCell(v: unknown): string | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? undefined : `non-finite number ${v}`;
  if (typeof v === 'string' || typeof v === 'boolean') return undefined;
  return `not a cell value: ${v === null ? 'null' : typeof v}`;
}
