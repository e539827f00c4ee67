import type { Cell } from '../cells';
import { foldText } from '../options';

/** The three columns a long-layout ledger needs. */
export type LedgerRole = 'customer' | 'period' | 'amount';

/**
 * Header names per role in English, French, Dutch, Italian and German, most specific first: when
 * several columns match a role, the one whose name comes first here wins (an export with both
 * `MRR` and `Amount` is read from `MRR`).
 */
export const LEDGER_HEADERS: Readonly<Record<LedgerRole, readonly string[]>> = {
  customer: [
    'customer',
    'customer name',
    'customer id',
    'client',
    'client name',
    'company',
    'company name',
    'account',
    'account name',
    'organization',
    'organisation',
    'customer number',
    'nom du client',
    'société',
    'entreprise',
    'raison sociale',
    'numéro client',
    'klant',
    'klantnaam',
    'klantnummer',
    'bedrijf',
    'relatie',
    'debiteur',
    'cliente',
    'nome cliente',
    'azienda',
    'ragione sociale',
    'codice cliente',
    'kunde',
    'kundenname',
    'kundennummer',
    'firma',
    'unternehmen',
  ],
  period: [
    'period',
    'month',
    'billing month',
    'billing period',
    'invoice date',
    'billing date',
    'date',
    'période',
    'mois',
    'date de facture',
    'date de facturation',
    'date facture',
    'periode',
    'maand',
    'factuurdatum',
    'factuurmaand',
    'datum',
    'periodo',
    'mese',
    'data fattura',
    'data di fatturazione',
    'data',
    'zeitraum',
    'monat',
    'rechnungsdatum',
    'abrechnungsmonat',
  ],
  amount: [
    'mrr',
    'monthly recurring revenue',
    'monthly amount',
    'recurring revenue',
    'monthly revenue',
    'amount',
    'revenue',
    'montant mensuel',
    'revenu récurrent mensuel',
    'montant',
    'revenu',
    "chiffre d'affaires",
    'maandbedrag',
    'maandelijkse omzet',
    'bedrag',
    'omzet',
    'importo mensile',
    'ricavo ricorrente mensile',
    'importo',
    'ricavi',
    'fatturato',
    'monatsbetrag',
    'monatlicher umsatz',
    'betrag',
    'umsatz',
  ],
};

/**
 * A header reduced to what identifies it: case, accents, spaces and punctuation dropped, as well
 * as a bracketed or trailing currency (`Amount (EUR)`, `MRR €` are `amount`, `mrr`).
 */
export function headerKey(text: string): string {
  return foldText(text.replace(/\([^)]*\)/g, ' '))
    .replace(/(?:\s|^)(?:eur|usd|gbp|chf|€|\$|£)\s*$/, '')
    .replace(/[^a-z0-9]/g, '');
}

const ROLE_KEYS = Object.fromEntries(
  (Object.keys(LEDGER_HEADERS) as LedgerRole[]).map((role) => [role, LEDGER_HEADERS[role].map(headerKey)]),
) as Record<LedgerRole, string[]>;

/** The column of each role found in a header row (most specific name first, then leftmost). */
export function findRoles(header: readonly Cell[]): Partial<Record<LedgerRole, number>> {
  const found: Partial<Record<LedgerRole, number>> = {};
  const rank: Partial<Record<LedgerRole, number>> = {};
  header.forEach((cell, col) => {
    if (typeof cell !== 'string') return;
    const key = headerKey(cell);
    // The word lists do not overlap, so a header names at most one role.
    for (const role of Object.keys(ROLE_KEYS) as LedgerRole[]) {
      const r = ROLE_KEYS[role].indexOf(key);
      if (r >= 0 && (rank[role] === undefined || r < rank[role]!)) {
        found[role] = col;
        rank[role] = r;
      }
    }
  });
  return found;
}
