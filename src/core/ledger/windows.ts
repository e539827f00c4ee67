import type { Scalar } from '../cells';
import { fail } from '../errors';
import { ratio } from '../kpis/ratio';
import type { Ledger } from './parse';
import { headerText } from './parse';
import { resolvePeriod } from './period';

/** A window of k periods ending at period p (0-based), over the customers active at p − k. */
export interface Window {
  readonly p: number;
  readonly k: number;
}

/** Sums over the cohort C of customers active at p − k (SPEC §2.1, window metrics). */
export interface WindowStats {
  /** |C| */
  readonly cohort: number;
  /** Customers of C with no MRR at p. */
  readonly lost: number;
  /** Σ m_c(p − k) over C. */
  readonly startMrr: number;
  /** Σ m_c(p) over C. */
  readonly endMrr: number;
  /** Σ min(m_c(p), m_c(p − k)) over C. */
  readonly keptMrr: number;
}

/** Reads the `period` and `months` arguments into a window that fits inside the ledger. */
export function readWindow(fn: string, ledger: Ledger, period: Scalar, months: number | null): Window {
  const k = months ?? 1;
  if (!Number.isInteger(k) || k < 1)
    throw fail.num(fn, `months must be a whole number of periods, 1 or more (got ${k}).`);
  const p = resolvePeriod(fn, ledger, period);
  if (p - k < 0) {
    throw fail.na(
      fn,
      `a window of ${k} period${k > 1 ? 's' : ''} ending at ${headerText(ledger.periods[p])} starts before the first period of the ledger (${headerText(ledger.periods[0])}).`,
    );
  }
  return { p, k };
}

export function windowStats(ledger: Ledger, { p, k }: Window): WindowStats {
  const n = ledger.periods.length;
  const mrr = ledger.mrr;
  let cohort = 0;
  let lost = 0;
  let startMrr = 0;
  let endMrr = 0;
  let keptMrr = 0;
  for (let base = 0; base < mrr.length; base += n) {
    const before = mrr[base + p - k]!;
    if (before <= 0) continue;
    const after = mrr[base + p]!;
    cohort++;
    startMrr += before;
    endMrr += after;
    keptMrr += Math.min(before, after);
    if (after <= 0) lost++;
  }
  return { cohort, lost, startMrr, endMrr, keptMrr };
}

const AT_START = 'customers active at the start of the window';
const MRR_AT_START = 'MRR of the customers active at the start of the window';

/** Customers of the cohort lost by the end of the window ÷ the cohort. */
export const customerChurn = (fn: string, s: WindowStats): number =>
  ratio(fn, ['customers lost', s.lost], [AT_START, s.cohort]);

export const customerRetention = (fn: string, s: WindowStats): number =>
  ratio(fn, ['customers kept', s.cohort - s.lost], [AT_START, s.cohort]);

/** Net revenue retention: the cohort's MRR at the end ÷ at the start. */
export const netRetention = (fn: string, s: WindowStats): number =>
  ratio(fn, ['MRR of those customers at the end', s.endMrr], [MRR_AT_START, s.startMrr]);

/** Gross revenue retention: as NRR with each customer capped at its starting MRR. */
export const grossRetention = (fn: string, s: WindowStats): number =>
  ratio(fn, ['MRR kept', s.keptMrr], [MRR_AT_START, s.startMrr]);

/** Gross MRR churn = 1 − GRR, computed as lost ÷ start so that no rounding of 1 − x shows. */
export const mrrChurn = (fn: string, s: WindowStats): number =>
  ratio(fn, ['MRR lost', s.startMrr - s.keptMrr], [MRR_AT_START, s.startMrr]);
