import { fail } from './errors';

/**
 * The words a text option accepts, per canonical value, in English, French, Dutch, Italian and
 * German (SPEC §1). Matching ignores case, accents and surrounding spaces.
 */
export type OptionWords<T extends string> = Readonly<Record<T, readonly string[]>>;

export function foldText(s: string): string {
  // Plain ASCII (most words and client names) has no accent to strip: skip the NFD round trip.
  if (/^[\x20-\x7e]*$/.test(s)) return s.toLowerCase().trim();
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/**
 * Reads an option argument: `null` gives the default; an unknown word is #VALUE! listing the
 * accepted English words.
 */
export function readOption<T extends string>(
  param: string,
  value: string | null,
  words: OptionWords<T>,
  fallback: T,
): T {
  if (value === null) return fallback;
  const found = matchOption(value, words);
  if (found !== undefined) return found;
  const accepted = (Object.keys(words) as T[]).map((k) => `"${k}"`).join(', ');
  throw fail.value('notAnOption', { arg: param, value, accepted });
}

/** The option a word names, or undefined (for callers that report the cell themselves). */
export function matchOption<T extends string>(value: string, words: OptionWords<T>): T | undefined {
  const folded = foldText(value);
  return (Object.keys(words) as T[]).find(
    (key) => foldText(key) === folded || words[key].some((w) => foldText(w) === folded),
  );
}

export type Statistic = 'mean' | 'median' | 'p90' | 'max';
export const STATISTIC_WORDS: OptionWords<Statistic> = {
  mean: ['average', 'avg', 'moyenne', 'gemiddelde', 'media', 'durchschnitt', 'mittelwert'],
  median: ['médiane', 'mediaan', 'mediana', 'median', 'zentralwert'],
  p90: [
    'percentile90',
    '90th percentile',
    'centile90',
    'percentiel90',
    'percentile 90',
    'perzentil90',
    '90e centile',
    '90e percentiel',
    '90° percentile',
    '90. perzentil',
  ],
  max: ['maximum', 'massimo', 'maximaal', 'höchstwert'],
};

export type Basis = 'customers' | 'mrr';
export const BASIS_WORDS: OptionWords<Basis> = {
  customers: [
    'customer',
    'clients',
    'client',
    'klanten',
    'klant',
    'clienti',
    'cliente',
    'kunden',
    'kunde',
    'logos',
    'count',
  ],
  mrr: ['revenue', 'mrr', 'rmr', 'revenu', 'omzet', 'mrr-omzet', 'ricavi', 'fatturato', 'umsatz', 'money'],
};

export type Interval = 'month' | 'week' | 'day';
export const INTERVAL_WORDS: OptionWords<Interval> = {
  month: ['monthly', 'mois', 'mensuel', 'maand', 'maandelijks', 'mese', 'mensile', 'monat', 'monatlich'],
  week: ['weekly', 'semaine', 'hebdomadaire', 'week', 'wekelijks', 'settimana', 'settimanale', 'woche', 'wöchentlich'],
  day: ['daily', 'jour', 'quotidien', 'dag', 'dagelijks', 'giorno', 'giornaliero', 'tag', 'täglich'],
};

export type Level = 'healthy' | 'best';
export const LEVEL_WORDS: OptionWords<Level> = {
  healthy: ['target', 'good', 'sain', 'cible', 'gezond', 'doel', 'sano', 'obiettivo', 'gesund', 'ziel'],
  best: [
    'best in class',
    'best-in-class',
    'top',
    'meilleur',
    'excellence',
    'beste',
    'best',
    'migliore',
    'eccellenza',
    'spitze',
    'bestwert',
  ],
};

/** How often a subscription is billed (MSP.MRR's billing_months); `one-time` is not recurring. */
export type BillingTerm = 'monthly' | 'quarterly' | 'semiannual' | 'annual' | 'biennial' | 'triennial' | 'one-time';
export const BILLING_WORDS: OptionWords<BillingTerm> = {
  monthly: ['month', 'mensuel', 'mensuelle', 'mois', 'maandelijks', 'maand', 'mensile', 'mese', 'monatlich', 'monat'],
  quarterly: [
    'quarter',
    'trimestriel',
    'trimestrielle',
    'trimestre',
    'kwartaal',
    'driemaandelijks',
    'trimestrale',
    'vierteljährlich',
    'quartalsweise',
    'quartal',
  ],
  semiannual: [
    'semi-annual',
    'half-yearly',
    'semestriel',
    'semestrielle',
    'semestre',
    'halfjaarlijks',
    'halfjaar',
    'semestrale',
    'halbjährlich',
    'halbjahr',
  ],
  annual: [
    'yearly',
    'year',
    'annually',
    'annuel',
    'annuelle',
    'an',
    'année',
    'jaarlijks',
    'jaar',
    'annuale',
    'anno',
    'jährlich',
    'jahr',
  ],
  biennial: ['two-yearly', '2 years', 'biennal', 'biennale', 'bisannuel', 'tweejaarlijks', 'zweijährlich'],
  triennial: ['three-yearly', '3 years', 'triennal', 'triennale', 'driejaarlijks', 'dreijährlich'],
  'one-time': ['one time', 'once', 'one-off', 'ponctuel', 'ponctuelle', 'unique', 'eenmalig', 'una tantum', 'einmalig'],
};

/** Months per billing term; one-time charges are not recurring revenue. */
export const BILLING_MONTHS: Readonly<Record<BillingTerm, number | undefined>> = {
  monthly: 1,
  quarterly: 3,
  semiannual: 6,
  annual: 12,
  biennial: 24,
  triennial: 36,
  'one-time': undefined,
};
