import type { Scalar } from '../cells';
import { fail } from '../errors';
import { divide } from '../formula/expr';
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

/**
 * Reads the `period` argument and a window length `k` (a whole number ≥ 1: the parameter's declared
 * bounds) into a window that fits inside the ledger.
 */
export function readWindow(ledger: Ledger, period: Scalar, k: number): Window {
  const p = resolvePeriod(ledger, period);
  if (p - k < 0) {
    throw fail.na(k === 1 ? 'windowTooLongOne' : 'windowTooLong', {
      months: k,
      period: headerText(ledger.periods[p]),
      first: headerText(ledger.periods[0]),
    });
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

/** Customers of the cohort lost by the end of the window ÷ the cohort. */
export const customerChurn = (s: WindowStats): number => divide(['customersLost', s.lost], ['atStart', s.cohort]);

export const customerRetention = (s: WindowStats): number =>
  divide(['customersKept', s.cohort - s.lost], ['atStart', s.cohort]);

/** Net revenue retention: the cohort's MRR at the end ÷ at the start. */
export const netRetention = (s: WindowStats): number => divide(['mrrAtEnd', s.endMrr], ['mrrAtStart', s.startMrr]);

/** Gross revenue retention: as NRR with each customer capped at its starting MRR. */
export const grossRetention = (s: WindowStats): number => divide(['mrrKept', s.keptMrr], ['mrrAtStart', s.startMrr]);

/** Gross MRR churn = 1 − GRR, computed as lost ÷ start so that no rounding of 1 − x shows. */
export const mrrChurn = (s: WindowStats): number =>
  divide(['mrrLost', s.startMrr - s.keptMrr], ['mrrAtStart', s.startMrr]);
