import { type Cell, errorOf } from '../cells';
import { type KpiError, type Located, fail } from '../errors';
import type { Language } from '../i18n';
import type { WordMemo } from '../wordMemo';

/** A yes/no cell of a ticket table: 1 yes, 0 no, -1 unknown (blank: the row is left out of that metric). */
export type Flag = 1 | 0 | -1;

/**
 * The words a flag cell may hold (SPEC §2.2), per answer and language. The word "SLA" is ignored
 * when matching, so `Within SLA`, `SLA Violated`, `Hors SLA` are `within`, `violated`, `hors`.
 */
export const FLAG_WORDS: Readonly<Record<'yes' | 'no', Readonly<Record<Language, readonly string[]>>>> = {
  yes: {
    en: ['true', '1', 'yes', 'y', 'met', 'within', 'in', 'i', 'ok', 'achieved', 'compliant', 'pass', 'passed'],
    fr: ['vrai', 'oui', 'respecté', 'respectée', 'dans', 'dans le', 'dans les délais', 'atteint', 'conforme'],
    nl: ['waar', 'ja', 'j', 'gehaald', 'behaald', 'binnen', 'binnen de', 'voldaan', 'nageleefd'],
    it: ['vero', 'sì', 'si', 's', 'rispettato', 'rispettata', 'entro', 'entro lo', 'nello', 'raggiunto'],
    de: ['wahr', 'ja', 'j', 'eingehalten', 'erfüllt', 'innerhalb', 'im', 'erreicht'],
  },
  no: {
    en: [
      'false',
      '0',
      'no',
      'n',
      'breached',
      'breach',
      'violated',
      'out',
      'o',
      'out of',
      'outside',
      'missed',
      'failed',
      'fail',
      'not met',
    ],
    fr: [
      'faux',
      'non',
      'dépassé',
      'dépassée',
      'violé',
      'non respecté',
      'non respectée',
      'hors',
      'hors du',
      'manqué',
      'hors délai',
    ],
    nl: [
      'onwaar',
      'nee',
      'overschreden',
      'geschonden',
      'buiten',
      'buiten de',
      'niet gehaald',
      'niet behaald',
      'gemist',
    ],
    it: ['falso', 'no', 'violato', 'violata', 'superato', 'fuori', 'fuori dallo', 'non rispettato', 'mancato'],
    de: ['falsch', 'nein', 'verletzt', 'überschritten', 'außerhalb', 'nicht eingehalten', 'verfehlt', 'nicht erfüllt'],
  },
};

/** Folded words of a flag text, "SLA" dropped. */
function flagKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && w !== 'sla')
    .join(' ');
}

const FLAG_INDEX = new Map<string, Flag>();
for (const [answer, flag] of [
  ['yes', 1],
  ['no', 0],
] as const) {
  for (const words of Object.values(FLAG_WORDS[answer])) for (const w of words) FLAG_INDEX.set(flagKey(w), flag);
}

/** The flag a text means, undefined when it is no flag word; blank text is unknown. */
export function flagFromText(text: string): Flag | undefined {
  const key = flagKey(text);
  if (key === '') return text.trim() === '' ? -1 : undefined;
  return FLAG_INDEX.get(key);
}

/**
 * The flag of a cell: TRUE/FALSE, 1/0 and the words of FLAG_WORDS; undefined when it is none of
 * them. A 0 is "no", not a blank: in a flag column it is the usual spelling of FALSE. An Excel error
 * in the cell is thrown as it is. `memo` caches text already seen (exports repeat a handful of
 * words down 100 000 rows).
 */
export function flagOf(cell: Cell, memo?: Pick<WordMemo<string, Flag>, 'get' | 'set'>): Flag | undefined {
  if (cell === null) return -1;
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  if (typeof cell === 'number') return cell === 1 || cell === 0 ? cell : undefined;
  if (typeof cell === 'object') throw errorOf(cell);
  const known = memo?.get(cell);
  if (known !== undefined) return known;
  const flag = flagFromText(cell);
  if (flag !== undefined) memo?.set(cell, flag);
  return flag;
}

export const notAFlag = (cell: Located, value: Cell): KpiError =>
  fail.value('notAFlag', { cell, value: String(value) });
