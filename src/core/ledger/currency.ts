import type { Cell, Grid } from '../cells';
import { fail } from '../errors';
import { isNoValueText } from '../noValue';
import { foldText } from '../options';

/** Headers of a currency column, in the five languages. */
const CURRENCY_HEADERS = new Set(
  ['currency', 'currency code', 'devise', 'monnaie', 'valuta', 'valutacode', 'währung', 'waehrung', 'währungscode'].map(
    (h) => foldText(h).replace(/[^a-z0-9]/g, ''),
  ),
);

/** Symbols written for a currency, as its ISO code: `€` and `EUR` are one currency. */
const SYMBOLS: Readonly<Record<string, string>> = { '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₣': 'CHF' };

const codeOf = (text: string): string => {
  const t = text.trim().toUpperCase();
  return SYMBOLS[t] ?? t;
};

/** ISO 4217 codes an MSP ledger is likely to name in a header (a three-letter word such as `MRR` is not one). */
const KNOWN_CODES = new Set([
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'CAD',
  'AUD',
  'NZD',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'HUF',
  'RON',
  'JPY',
  'ZAR',
  'INR',
  'SGD',
]);

/** `Amount (EUR)`, `MRR €`, `EUR amount`: the currency an amount header names, if any. */
function headerCurrency(header: Cell | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  return header
    .split(/[\s()[\]]+/)
    .map(codeOf)
    .find((code) => KNOWN_CODES.has(code));
}

/** The position of a ledger's currency column in its header row; -1 when there is none. */
export const currencyColumn = (header: readonly Cell[]): number =>
  header.findIndex((h) => typeof h === 'string' && CURRENCY_HEADERS.has(foldText(h).replace(/[^a-z0-9]/g, '')));

/**
 * Amounts in different currencies are never added (SPEC §2.1): a long ledger whose currency column,
 * together with a currency named in its amount header, holds more than one currency is #VALUE!
 * naming them. Blank cells and "no value" markers name no currency.
 */
export function checkOneCurrency(grid: Grid, amountCol: number): void {
  const header = grid[0] ?? [];
  const col = currencyColumn(header);
  if (col < 0) return;
  const found = new Set<string>();
  const named = headerCurrency(header[amountCol]);
  if (named !== undefined) found.add(named);
  let last: Cell | undefined;
  for (let r = 1; r < grid.length; r++) {
    const v = grid[r]![col];
    if (v === last || typeof v !== 'string' || v.trim() === '' || isNoValueText(v)) continue;
    last = v;
    found.add(codeOf(v));
  }
  if (found.size > 1) {
    throw fail.value('currencyMix', {
      cell: { row: 0, col, header: String(header[col]) },
      currencies: [...found].join(', '),
    });
  }
}
