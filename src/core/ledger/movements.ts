import type { Ledger } from './parse';

/**
 * MRR movements of every period against the one before (SPEC §2.1), one typed array per column,
 * indexed by period. Index 0 is the baseline: only `end` and `customersEnd` are filled there.
 * Contraction and churn are negative amounts.
 */
export interface Movements {
  readonly start: Float64Array;
  readonly newMrr: Float64Array;
  readonly expansion: Float64Array;
  readonly reactivation: Float64Array;
  readonly contraction: Float64Array;
  readonly churn: Float64Array;
  readonly end: Float64Array;
  /** Customers active at t − 1. */
  readonly customersStart: Int32Array;
  /** Customers active at t. */
  readonly customersEnd: Int32Array;
  /** Customers active at t − 1 and not at t. */
  readonly churnedCustomers: Int32Array;
}

const emptyMovements = (p: number): Movements => ({
  start: new Float64Array(p),
  newMrr: new Float64Array(p),
  expansion: new Float64Array(p),
  reactivation: new Float64Array(p),
  contraction: new Float64Array(p),
  churn: new Float64Array(p),
  end: new Float64Array(p),
  customersStart: new Int32Array(p),
  customersEnd: new Int32Array(p),
  churnedCustomers: new Int32Array(p),
});

/**
 * Adds one customer's change of MRR from `prev` to `cur` to the movements at index `t` (the
 * classification of SPEC §2.1). `everActive`: the customer had MRR in some period before `prev`'s.
 */
function classify(m: Movements, t: number, prev: number, cur: number, everActive: boolean): void {
  if (prev > 0) {
    if (cur <= 0) {
      m.churn[t]! -= prev;
      m.churnedCustomers[t]!++;
    } else if (cur > prev) m.expansion[t]! += cur - prev;
    else if (cur < prev) m.contraction[t]! -= prev - cur;
  } else if (cur > 0) {
    if (everActive) m.reactivation[t]! += cur;
    else m.newMrr[t]! += cur;
  }
}

/** Classifies every customer's change in every period, in one pass over the ledger. */
export function ledgerMovements(ledger: Ledger): Movements {
  const p = ledger.periods.length;
  const m = emptyMovements(p);
  const { end, customersEnd } = m;
  const mrr = ledger.mrr;
  const customers = ledger.customers.length;
  for (let c = 0; c < customers && p > 0; c++) {
    const base = c * p;
    let prev = mrr[base]!;
    let everActive = prev > 0;
    if (everActive) {
      end[0]! += prev;
      customersEnd[0]!++;
    }
    for (let t = 1; t < p; t++) {
      const cur = mrr[base + t]!;
      // Most months repeat the month before: only a change is classified, which keeps this loop's
      // branches predictable (an unchanged MRR is no movement, whether active or not).
      if (cur !== prev) classify(m, t, prev, cur, everActive);
      if (cur > 0) {
        end[t]! += cur;
        customersEnd[t]!++;
        everActive = true;
      }
      prev = cur;
    }
  }
  // The customers active at t − 1 and their MRR are the end of t − 1: the same additions in the
  // same order, so the same sums to the last bit.
  for (let t = 1; t < p; t++) {
    m.start[t] = end[t - 1]!;
    m.customersStart[t] = customersEnd[t - 1]!;
  }
  return m;
}

/**
 * The movements of period t (≥ 1) alone, at index 0 of a one-period Movements: the same sums as
 * `ledgerMovements(ledger)` at t, reading two periods per customer instead of all of them (the
 * periods before only to tell a reactivation from a new customer).
 */
export function periodMovements(ledger: Ledger, t: number): Movements {
  const p = ledger.periods.length;
  const m = emptyMovements(1);
  const mrr = ledger.mrr;
  for (let base = 0; base < mrr.length; base += p) {
    const prev = mrr[base + t - 1]!;
    const cur = mrr[base + t]!;
    if (prev > 0) {
      m.start[0]! += prev;
      m.customersStart[0]!++;
    }
    if (cur > 0) {
      m.end[0]! += cur;
      m.customersEnd[0]!++;
    }
    if (cur === prev) continue;
    let everActive = false;
    if (!(prev > 0) && cur > 0) for (let s = base; s < base + t - 1 && !everActive; s++) everActive = mrr[s]! > 0;
    classify(m, 0, prev, cur, everActive);
  }
  return m;
}
