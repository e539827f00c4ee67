import type { Ledger } from './parse';

/** MRR and number of active customers in one period (0-based), without classifying movements. */
export function periodTotals(ledger: Ledger, p: number): { mrr: number; customers: number } {
  const n = ledger.periods.length;
  let mrr = 0;
  let customers = 0;
  for (let i = p; i < ledger.mrr.length; i += n) {
    const m = ledger.mrr[i]!;
    if (m > 0) {
      mrr += m;
      customers++;
    }
  }
  return { mrr, customers };
}
