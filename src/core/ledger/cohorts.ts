import type { OutCell } from '../cells';
import type { Basis } from '../options';
import type { Ledger } from './parse';
import { type SpillColumn, headerRow } from '../spec';

/** MSP.COHORTS's fixed columns; one `M{k}` column per period since the cohort's first follows them. */
export const COHORT_COLUMNS: readonly SpillColumn[] = [
  { id: 'cohort', unit: 'period' },
  { id: 'customers', unit: 'count' },
];

/**
 * The cohort triangle (SPEC §3.1 COHORTS): one row per period of the ledger, `Cohort, Customers,
 * M0 … M(N−1)`. A cohort is the customers whose first active period is that row's period; cell k
 * is the share of them active at cohort + k (`customers`) or their MRR then ÷ their MRR at the
 * start (`mrr`). Cells past the end of the data, and every cell of a cohort nobody started in,
 * are "".
 */
export function cohortTable(ledger: Ledger, basis: Basis): OutCell[][] {
  const n = ledger.periods.length;
  const mrr = ledger.mrr;
  const size = new Int32Array(n);
  // value[cohort * n + k]: customers active, or their MRR, at cohort + k.
  const value = new Float64Array(n * n);
  for (let base = 0; base < mrr.length; base += n) {
    let first = 0;
    while (first < n && !(mrr[base + first]! > 0)) first++;
    if (first === n) continue;
    size[first]!++;
    const row = first * n - first;
    for (let t = first; t < n; t++) {
      const m = mrr[base + t]!;
      if (m > 0) value[row + t]! += basis === 'mrr' ? m : 1;
    }
  }
  const header: OutCell[] = [...headerRow('COHORTS', COHORT_COLUMNS), ...Array.from({ length: n }, (_, k) => `M${k}`)];
  const rows: OutCell[][] = [header];
  for (let c = 0; c < n; c++) {
    const row: OutCell[] = [ledger.periods[c]!, size[c]!];
    const whole = basis === 'mrr' ? value[c * n]! : size[c]!;
    for (let k = 0; k < n; k++) row.push(c + k < n && whole > 0 ? value[c * n + k]! / whole : '');
    rows.push(row);
  }
  return rows;
}
