import { type KpiError, fail } from '../errors';
import { foldText } from '../options';
import { de } from './de';
import { en, type Messages } from './en';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { renderError } from './render';

export type { FunctionText, Messages, ParamText } from './en';

export const LANGUAGES = ['en', 'fr', 'nl', 'it', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

const TABLES: Readonly<Record<Language, Messages>> = { en, fr, nl, it, de };

export function messages(lang: Language): Messages {
  return TABLES[lang];
}

/** Every way a user may name a language: its code and its name in each of the five languages. */
const NAMES: ReadonlyMap<string, Language> = new Map(
  LANGUAGES.flatMap((lang) => [
    [lang, lang] as const,
    ...LANGUAGES.map((shownIn) => [foldText(TABLES[shownIn].languages[lang]), lang] as const),
  ]),
);

/**
 * Reads a `language` argument: blank → English; a code (`fr`), a tag with region (`fr-FR`,
 * `nl_BE`) or a language name in any of the five languages (`français`, `Nederlands`, `German`).
 * Anything else is #VALUE!: answering in English to a misspelt code would hide the mistake.
 */
export function parseLanguage(value: string | null): Language {
  if (value === null || value.trim() === '') return 'en';
  const folded = foldText(value);
  const found = NAMES.get(folded) ?? NAMES.get(folded.split(/[-_]/)[0]!);
  if (!found) throw fail.value('unknownLanguage', { arg: 'language', value, accepted: LANGUAGES.join(', ') });
  return found;
}

/** `fr-FR`, `nl-BE`, `de` … (an Office or browser language tag) → one of the five languages; else English. */
export function languageOf(tag: string | undefined): Language {
  const code = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(code ?? '') ? (code as Language) : 'en';
}

/**
 * An error's message in a language: `MSP.<localized name>: <text>` (English: `e.message`); only
 * `<text>` when `withFunction` is false.
 */
export function errorMessage(e: KpiError, lang: Language, withFunction = true): string {
  return renderError(TABLES[lang], e, withFunction);
}

/**
 * A rated KPI's name and advice in a language. Every catalogue row has both in every language (a
 * test checks it); the id itself stands in only should that ever fail.
 */
export function kpiName(m: Messages, kpi: string): string {
  return (m.kpiNames as Readonly<Record<string, string>>)[kpi] ?? kpi;
}

/** A spilled table's column header in a language (the id itself should a translation ever lack). */
export function spillHeader(lang: Language, fn: string, column: string): string {
  const table = TABLES[lang].spillHeaders as Readonly<Record<string, Readonly<Record<string, string>>>>;
  return table[fn]?.[column] ?? column;
}

/**
 * A label of a spilled table's data, written by the core in English and given in the answer's
 * language like the header row: `blank` names the group of blank cells, on any row (no group is
 * named so by its cells: "(blank)" is a "no value" marker, read as a blank); `total` names the total
 * row, always the last one.
 */
export type SpillLabel = keyof Messages['spillLabels'];

/** A label of a spilled table's data in a language. */
export const spillLabel = (lang: Language, label: SpillLabel): string => TABLES[lang].spillLabels[label];

export function kpiAdvice(m: Messages, kpi: string): string {
  return (m.advice as Readonly<Record<string, string>>)[kpi] ?? '';
}

/** Fills `{name}` placeholders; a placeholder without a value is left as written. */
export function format(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
