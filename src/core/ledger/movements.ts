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

/** Classifies every customer's change in every period, in one pass over the ledger. */
export function ledgerMovements(ledger: Ledger): Movements {
  const p = ledger.periods.length;
  const m: Movements = {
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
  };
  const mrr = ledger.mrr;
  const customers = ledger.customers.length;
  for (let c = 0; c < customers && p > 0; c++) {
    const base = c * p;
    let prev = mrr[base]!;
    let everActive = prev > 0;
    if (everActive) {
      m.end[0]! += prev;
      m.customersEnd[0]!++;
    }
    for (let t = 1; t < p; t++) {
      const cur = mrr[base + t]!;
      if (prev > 0) {
        m.start[t]! += prev;
        m.customersStart[t]!++;
        if (cur <= 0) {
          m.churn[t]! -= prev;
          m.churnedCustomers[t]!++;
        } else if (cur > prev) m.expansion[t]! += cur - prev;
        else if (cur < prev) m.contraction[t]! -= prev - cur;
      } else if (cur > 0) {
        if (everActive) m.reactivation[t]! += cur;
        else m.newMrr[t]! += cur;
      }
      if (cur > 0) {
        m.end[t]! += cur;
        m.customersEnd[t]!++;
        everActive = true;
      }
      prev = cur;
    }
  }
  return m;
}
