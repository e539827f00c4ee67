import type { Language } from '../../core/i18n';
import { de } from './de';
import { type CliMessages, en } from './en';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';

export type { CliMessages } from './en';

const TABLES: Readonly<Record<Language, CliMessages>> = { en, fr, nl, it, de };

/** The command line's texts in a language. */
export const cliMessages = (lang: Language): CliMessages => TABLES[lang];
