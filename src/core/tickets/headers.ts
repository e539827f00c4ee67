import type { Language } from '../i18n';
import { foldText } from '../options';
/**
 * Column roles of a ticket export, found by header name (SPEC §2.2). The vocabulary is data: one
 * table per role, per language, so the README, the wizard and the i18n work can list it. Matching
 * folds case, accents, spaces, punctuation and camelCase (`dateEntered` = `Date Entered`).
 */

export type Role =
  | 'id'
  | 'client'
  | 'priority'
  | 'status'
  | 'created'
  | 'firstResponse'
  | 'firstResponseTime'
  | 'resolved'
  | 'closed'
  | 'resolutionTime'
  | 'due'
  | 'slaMet'
  | 'responseDue'
  | 'responseSlaMet'
  | 'firstContact'
  | 'hours';

type Words = Readonly<Record<Language, readonly string[]>>;

/**
 * The headers of one role. `headers` match the whole header; `stems` (duration roles only) match
 * a header once its unit is taken out: `First response time (in hrs)` is the stem
 * `First response time` with the unit `hrs`. Earlier entries win when several columns match.
 */
export interface HeaderTable {
  readonly role: Role;
  readonly headers: Words;
  readonly stems?: Words;
}

const none: Words = { en: [], fr: [], nl: [], it: [], de: [] };

export const ID_HEADERS: HeaderTable = {
  role: 'id',
  headers: {
    en: [
      'Ticket #',
      'Ticket ID',
      'Ticket Number',
      'Ticket No',
      'Ticket',
      'Id',
      'Number',
      'faultid',
      'Request ID',
      'Display ID',
      // Jira Service Management, SuperOps
      'Issue key',
      'Issue id',
      'Ticket Display ID',
    ],
    fr: ['N° de ticket', 'Numéro de ticket', 'Numéro du ticket', 'ID du ticket', 'Numéro'],
    nl: ['Ticketnummer', 'Ticketnr', 'Ticket-ID', 'Nummer'],
    it: ['Numero ticket', 'Numero del ticket', 'ID ticket', 'Numero'],
    de: ['Ticket-Nr.', 'Ticketnummer', 'Ticket-Nummer', 'Vorgangsnummer'],
  },
};

export const CLIENT_HEADERS: HeaderTable = {
  role: 'client',
  headers: {
    en: [
      'Company',
      'Company Name',
      'Client',
      'Client Name',
      'Customer',
      'Customer Name',
      'Customer Business',
      'Organization',
      'Organization Name',
      'Organisation',
      'Account',
      'Account Name',
      // Jira Service Management, Syncro, HaloPSA, SuperOps
      'Organizations',
      'Custom field (Organizations)',
      'customer_business_then_name',
      'Customer Business Name',
      'Client Name',
      'Client Site',
    ],
    fr: ['Société', 'Entreprise', 'Nom du client', 'Compte'],
    nl: ['Bedrijf', 'Bedrijfsnaam', 'Klant', 'Klantnaam', 'Organisatie'],
    it: ['Cliente', 'Azienda', 'Società', 'Organizzazione', 'Ragione sociale'],
    de: ['Kunde', 'Kundenname', 'Firma', 'Unternehmen', 'Konto'],
  },
};

export const PRIORITY_HEADERS: HeaderTable = {
  role: 'priority',
  headers: {
    en: ['Priority', 'Priority Name', 'Ticket Priority'],
    fr: ['Priorité'],
    nl: ['Prioriteit'],
    it: ['Priorità'],
    de: ['Priorität'],
  },
};

export const STATUS_HEADERS: HeaderTable = {
  role: 'status',
  headers: {
    en: ['Status', 'Ticket Status', 'Status Name', 'State', 'Incident state', 'Status Display Name'],
    fr: ['Statut', 'État', 'Statut du ticket'],
    nl: ['Ticketstatus', 'Toestand'],
    it: ['Stato', 'Stato ticket'],
    de: ['Zustand', 'Ticketstatus'],
  },
};

export const CREATED_HEADERS: HeaderTable = {
  role: 'created',
  headers: {
    en: [
      'Created',
      'Created at',
      'Created time',
      'Created date',
      'Created on',
      'Created Date Time',
      'Creation date',
      'Date Created',
      'Date Entered',
      'Entered',
      'Date Opened',
      'Opened',
      'Opened at',
      'Open Date',
      'Date Logged',
      'Logged',
      'dateoccurred',
      'Date Occurred',
      'Create Date',
      'Create Date Time',
      'Submitted at',
      'Date Reported',
      'Reported at',
      // ServiceNow, Atera, NinjaOne, Kaseya BMS
      'sys_created_on',
      'Ticket Created Date',
      'Create Time',
      'Opened Date',
      'Created On Date',
    ],
    fr: [
      'Créé',
      'Créé le',
      'Date de création',
      'Date/heure de création',
      "Date d'ouverture",
      'Ouvert le',
      'Date de saisie',
    ],
    nl: [
      'Aangemaakt',
      'Aangemaakt op',
      'Datum aangemaakt',
      'Aanmaakdatum',
      'Geopend',
      'Geopend op',
      'Datum geopend',
      'Gemaakt op',
      'Gemeld op',
      'Datum gemeld',
    ],
    it: [
      'Creato',
      'Creato il',
      'Data creazione',
      'Data di creazione',
      'Aperto',
      'Aperto il',
      'Data apertura',
      "Data d'apertura",
      'Data di apertura',
    ],
    de: [
      'Erstellt',
      'Erstellt am',
      'Erstellungsdatum',
      'Erstelldatum',
      'Angelegt',
      'Angelegt am',
      'Eröffnet',
      'Eröffnet am',
      'Eröffnungsdatum',
      'Gemeldet am',
    ],
  },
};

export const FIRST_RESPONSE_HEADERS: HeaderTable = {
  role: 'firstResponse',
  headers: {
    en: [
      'First Response',
      'First Response Date',
      'First Response Date Time',
      'First Response at',
      'First Responded',
      'First Responded at',
      'Date Responded',
      'Responded',
      'Responded at',
      'First reply at',
      'First reply',
      'First replied at',
      'responsedate',
      'Response Date',
      'Initial response time',
      'Initial response',
      // Autotask, Atera
      'First Response Date Time Stamp',
      'Ticket First Response Date',
    ],
    fr: ['Première réponse', 'Date de première réponse', 'Première réponse le', 'Répondu le', 'Date de réponse'],
    nl: [
      'Eerste reactie',
      'Eerste reactie op',
      'Datum eerste reactie',
      'Eerste antwoord',
      'Eerste antwoord op',
      'Gereageerd op',
      'Datum reactie',
    ],
    it: ['Prima risposta', 'Data prima risposta', 'Data della prima risposta', 'Prima risposta il', 'Risposto il'],
    de: [
      'Erste Antwort',
      'Erste Antwort am',
      'Erste Reaktion',
      'Erstreaktion',
      'Erstreaktion am',
      'Beantwortet am',
      'Datum der ersten Antwort',
    ],
  },
};

export const FIRST_RESPONSE_TIME_HEADERS: HeaderTable = {
  role: 'firstResponseTime',
  headers: none,
  stems: {
    en: [
      'First response time',
      'First reply time',
      'Time to first response',
      'First response',
      'Response time',
      'Time to respond',
      'Respond',
      'Reply time',
    ],
    fr: [
      'Délai de première réponse',
      'Temps de première réponse',
      'Première réponse',
      'Délai de réponse',
      'Temps de réponse',
    ],
    nl: ['Eerste reactietijd', 'Tijd tot eerste reactie', 'Reactietijd', 'Eerste responstijd', 'Responstijd'],
    it: ['Tempo di prima risposta', 'Tempo prima risposta', 'Tempo di risposta'],
    de: ['Erste Antwortzeit', 'Erstreaktionszeit', 'Zeit bis zur ersten Antwort', 'Reaktionszeit', 'Antwortzeit'],
  },
};

export const RESOLVED_HEADERS: HeaderTable = {
  role: 'resolved',
  headers: {
    en: [
      'Resolved',
      'Resolved at',
      'Resolved time',
      'Resolved date',
      'Resolved Date Time',
      'Resolved on',
      'Date Resolved',
      'Resolution date',
      'Solved at',
      'Solved',
      'Date Solved',
      'Completed Date',
      'Completed',
      'Completed at',
      'Complete Date',
      'Date Completed',
      'datecleared',
      'Date Cleared',
      // Atera, Kaseya BMS
      'Ticket Resolved Date',
      'Resolution Time Stamp',
    ],
    fr: ['Résolu', 'Résolu le', 'Date de résolution'],
    nl: ['Opgelost', 'Opgelost op', 'Datum opgelost', 'Oplosdatum'],
    it: ['Risolto', 'Risolto il', 'Data risoluzione', 'Data di risoluzione'],
    de: ['Gelöst', 'Gelöst am', 'Lösungsdatum', 'Erledigt am'],
  },
};

/**
 * When the ticket was closed: read where the resolved cell of a row is blank (SPEC §2.2), since
 * many tools fill only one of the two (ServiceNow's `closed_at` without `resolved_at`).
 */
export const CLOSED_HEADERS: HeaderTable = {
  role: 'closed',
  headers: {
    en: [
      'Closed',
      'Closed at',
      'Closed time',
      'Closed date',
      'Closed on',
      'Date Closed',
      'Close Date',
      'Closed Date Time',
      // Atera, Kaseya BMS
      'Ticket Closed Date',
      'Closed Date Time Stamp',
    ],
    fr: ['Fermé', 'Fermé le', 'Date de fermeture', 'Clôturé', 'Clôturé le', 'Date de clôture', 'Clos le'],
    nl: ['Gesloten', 'Gesloten op', 'Afgesloten', 'Afgesloten op', 'Datum gesloten', 'Sluitdatum'],
    it: ['Chiuso', 'Chiuso il', 'Data chiusura', 'Data di chiusura'],
    de: ['Geschlossen', 'Geschlossen am', 'Abgeschlossen', 'Abgeschlossen am', 'Schließdatum'],
  },
};

export const RESOLUTION_TIME_HEADERS: HeaderTable = {
  role: 'resolutionTime',
  headers: none,
  stems: {
    en: [
      'Full resolution time',
      'Resolution time',
      'Time to resolution',
      'Time to resolve',
      'Resolve',
      'Resolution',
      'Time to close',
      'First resolution time',
    ],
    fr: ['Délai de résolution', 'Temps de résolution', 'Durée de résolution'],
    nl: ['Oplostijd', 'Oplossingstijd', 'Tijd tot oplossing', 'Doorlooptijd'],
    it: ['Tempo di risoluzione', 'Tempo risoluzione', 'Durata risoluzione'],
    de: ['Lösungszeit', 'Zeit bis zur Lösung', 'Lösungsdauer'],
  },
};

export const DUE_HEADERS: HeaderTable = {
  role: 'due',
  headers: {
    en: [
      'Due by',
      'Due by Time',
      'Resolve By',
      'Resolve By Date',
      'Resolution Due',
      'Resolution Due by',
      'Resolution Due Date',
      'SLA Due',
      'SLA Due Date',
      'fixbydate',
      'Fix by',
      'Resolved Due',
      'Resolved Due Date',
      'Resolved Due Date Time',
      'Due',
      'Due Date',
      'Due Date Time',
      'Due at',
      'Target resolution date',
      'Target date',
      'Deadline',
      // SuperOps, Autotask
      'Resolution Due Time',
      'Resolution Due Date',
      'Resolved Due Date',
      'Due Date Time',
    ],
    fr: [
      'Échéance',
      "Date d'échéance",
      'Échéance SLA',
      'À résoudre avant',
      'Résoudre avant',
      'Date limite',
      'Date limite de résolution',
      'Date cible',
    ],
    nl: [
      'Vervaldatum',
      'Uiterste datum',
      'Op te lossen voor',
      'Oplossen voor',
      'Streefdatum',
      'SLA-deadline',
      'Deadline',
    ],
    it: [
      'Scadenza',
      'Data scadenza',
      'Data di scadenza',
      'Scadenza SLA',
      'Risolvere entro',
      'Da risolvere entro',
      'Data obiettivo',
    ],
    de: [
      'Fällig',
      'Fällig am',
      'Fälligkeit',
      'Fälligkeitsdatum',
      'Lösen bis',
      'Zu lösen bis',
      'SLA-Frist',
      'Frist',
      'Zieldatum',
    ],
  },
};

export const SLA_MET_HEADERS: HeaderTable = {
  role: 'slaMet',
  headers: {
    en: [
      'SLA Met',
      'Met SLA',
      'SLA Achieved',
      'Within SLA',
      'In SLA',
      'isInSla',
      'SLA Compliant',
      'Resolution status',
      'Resolution SLA',
      'Service Level Agreement Met',
      'Service Level Agreement Has Been Met',
      'slastate',
      'slaresponsestate',
      // ServiceNow
      'Made SLA',
      'made_sla',
    ],
    fr: [
      'SLA respecté',
      'Respect du SLA',
      'Respect SLA',
      'Dans le SLA',
      'Dans les délais',
      'Conforme SLA',
      'Statut de résolution',
    ],
    nl: [
      'SLA gehaald',
      'SLA behaald',
      'Binnen SLA',
      'Binnen de SLA',
      'SLA nageleefd',
      'Binnen termijn',
      'Oplossingsstatus',
    ],
    it: [
      'SLA rispettato',
      'Entro SLA',
      'Nello SLA',
      'Rispetto SLA',
      'Entro i tempi',
      'Stato risoluzione',
      'Stato della risoluzione',
    ],
    de: ['SLA eingehalten', 'SLA erfüllt', 'Innerhalb SLA', 'Im SLA', 'SLA-Einhaltung', 'Lösungsstatus'],
  },
};

/** The first-response target of a ticket (MSP.RESPONSESLA), as due columns give the resolution one. */
export const RESPONSE_DUE_HEADERS: HeaderTable = {
  role: 'responseDue',
  headers: {
    en: [
      'First Response Due',
      'First Response Due by',
      'First Response Due Date',
      'First Response Due Date Time',
      'Response Due',
      'Response Due by',
      'Response Due Date',
      'Respond By',
      'Respond By Date',
      'Response Target',
      'responsetargetdate',
      'Target response date',
    ],
    fr: ['Échéance de première réponse', 'Échéance de réponse', 'Répondre avant', 'Date limite de réponse'],
    nl: ['Reactie vóór', 'Reageren voor', 'Deadline eerste reactie', 'Uiterste reactiedatum'],
    it: ['Scadenza prima risposta', 'Scadenza risposta', 'Rispondere entro'],
    de: ['Erstreaktion fällig', 'Antwort fällig', 'Antworten bis', 'Reaktionsfrist'],
  },
};

/** Whether the first response met its SLA (Freshdesk's "First response status": Within SLA / SLA Violated). */
export const RESPONSE_SLA_MET_HEADERS: HeaderTable = {
  role: 'responseSlaMet',
  headers: {
    en: [
      'Response SLA Met',
      'First Response SLA Met',
      'First Response SLA',
      'Response SLA',
      'First response status',
      'Response status',
      'Response within SLA',
      'Responded within SLA',
    ],
    fr: ['SLA de réponse respecté', 'Statut de première réponse', 'Réponse dans le SLA', 'SLA de réponse'],
    nl: ['Reactie-SLA gehaald', 'Reactie binnen SLA', 'Status eerste reactie', 'Reactie-SLA'],
    it: ['SLA di risposta rispettato', 'Stato prima risposta', 'Risposta entro SLA', 'SLA di risposta'],
    de: ['Reaktions-SLA eingehalten', 'Status der ersten Antwort', 'Antwort innerhalb SLA', 'Reaktions-SLA'],
  },
};

export const FIRST_CONTACT_HEADERS: HeaderTable = {
  role: 'firstContact',
  headers: {
    en: [
      'First Contact Resolution',
      'FCR',
      'Resolved on first contact',
      'First Contact Resolved',
      'Resolved First Contact',
      'First call resolution',
      'First Time Fix',
      'Fixed first time',
      'One Touch Resolution',
    ],
    fr: [
      'Résolu au premier contact',
      'Résolution au premier contact',
      'Résolution dès le premier contact',
      'Résolu au premier appel',
      'Résolution au premier appel',
    ],
    nl: [
      'Opgelost bij eerste contact',
      'Oplossing bij eerste contact',
      'Eerste contact oplossing',
      'Eerstelijnsoplossing',
      'First time right',
    ],
    it: ['Risolto al primo contatto', 'Risoluzione al primo contatto', 'Risolto alla prima chiamata'],
    de: [
      'Beim ersten Kontakt gelöst',
      'Beim Erstkontakt gelöst',
      'Erstkontaktlösung',
      'Lösung beim Erstkontakt',
      'Erstlösung',
    ],
  },
};

export const HOURS_HEADERS: HeaderTable = {
  role: 'hours',
  // Without a unit these are read as hours; `Time spent (min)` is matched through the stems.
  headers: {
    en: ['Time tracked', 'Time spent', 'Time taken', 'Time worked', 'Time logged', 'Logged time'],
    fr: ['Temps passé', 'Temps consacré', 'Temps de travail', 'Temps saisi', 'Durée'],
    nl: ['Bestede tijd', 'Gewerkte tijd', 'Tijdsbesteding', 'Geregistreerde tijd'],
    it: ['Tempo impiegato', 'Tempo speso', 'Tempo lavorato', 'Tempo registrato'],
    de: ['Aufwand', 'Zeitaufwand', 'Arbeitszeit', 'Gebuchte Zeit', 'Erfasste Zeit'],
  },
  // "" is a bare unit: `Hours`, `Heures`, `Uren`, `Ore`, `Stunden`, `Minutes`.
  stems: {
    en: [
      '',
      'Actual',
      'Total',
      'Worked',
      'Total Worked',
      'Logged',
      'Time spent',
      'Time tracked',
      'Time taken',
      'Time worked',
      'Billable',
    ],
    fr: ['Réelles', 'Travaillées', 'Passées', 'Temps passé'],
    nl: ['Gewerkte', 'Bestede', 'Werkelijke', 'Bestede tijd'],
    it: ['Lavorate', 'Effettive', 'Totali', 'Tempo impiegato'],
    de: ['Gearbeitete', 'Geleistete', 'Gebuchte', 'Ist', 'Aufwand'],
  },
};

/** Every role's table, in the order detection reports them. */
export const HEADER_TABLES: readonly HeaderTable[] = [
  ID_HEADERS,
  CLIENT_HEADERS,
  PRIORITY_HEADERS,
  STATUS_HEADERS,
  CREATED_HEADERS,
  FIRST_RESPONSE_HEADERS,
  FIRST_RESPONSE_TIME_HEADERS,
  RESOLVED_HEADERS,
  CLOSED_HEADERS,
  RESOLUTION_TIME_HEADERS,
  DUE_HEADERS,
  SLA_MET_HEADERS,
  RESPONSE_DUE_HEADERS,
  RESPONSE_SLA_MET_HEADERS,
  FIRST_CONTACT_HEADERS,
  HOURS_HEADERS,
];

/** Units that make a header a duration, and what one unit is in hours. */
export const DURATION_UNITS: Readonly<Record<string, number>> = Object.fromEntries([
  ...[
    'h',
    'hr',
    'hrs',
    'hour',
    'hours',
    'heure',
    'heures',
    'hres',
    'uur',
    'uren',
    'ora',
    'ore',
    'std',
    'stunde',
    'stunden',
  ].map((u) => [u, 1]),
  ...['min', 'mins', 'minute', 'minutes', 'minuten', 'minuut', 'minuti', 'minuto'].map((u) => [u, 1 / 60]),
]);

/** Little words around a unit: `(in hrs)`, `en heures`, `op uren`, `in Stunden`. */
const UNIT_FILLERS = new Set(['in', 'en', 'op', 'im', 'em']);
/** Time-zone tags some exports append (`Created (UTC)`): they do not change the role. */
const ZONE_TAGS = new Set(['utc', 'gmt', 'cet', 'cest']);

/** A header as lower-case ASCII words: accents, punctuation and camelCase boundaries removed. */
export function headerWords(header: string): string[] {
  return foldText(header.replace(/([a-z])([A-Z])/g, '$1 $2'))
    .replace(/ß/g, 'ss')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !ZONE_TAGS.has(w));
}

export const headerKey = (header: string): string => headerWords(header).join('');

/** A duration header's key once its unit and the little words around it are taken out. */
const stemKey = (words: readonly string[]): string =>
  words.filter((w) => DURATION_UNITS[w] === undefined && !UNIT_FILLERS.has(w)).join('');

interface Match {
  readonly role: Role;
  /** Position in the role's vocabulary: lower is a better match. */
  readonly rank: number;
}

function vocabularyIndex(
  pick: (t: HeaderTable) => Words | undefined,
  key: (words: string[]) => string,
): Map<string, Match> {
  const index = new Map<string, Match>();
  for (const table of HEADER_TABLES) {
    const words = pick(table);
    if (!words) continue;
    let rank = 0;
    for (const lang of Object.keys(words) as Language[]) {
      for (const w of words[lang]) {
        const k = key(headerWords(w));
        if (!index.has(k)) index.set(k, { role: table.role, rank });
        rank++;
      }
    }
  }
  return index;
}

const BY_HEADER = vocabularyIndex(
  (t) => t.headers,
  (w) => w.join(''),
);
const BY_STEM = vocabularyIndex((t) => t.stems, stemKey);

export interface DetectedColumn {
  /** 0-based column inside the range. */
  readonly index: number;
  /** The header as written. */
  readonly header: string;
  /** Hours per unit of the cells (1 for hours, 1/60 for minutes); 1 for columns that are not durations. */
  readonly hoursPerUnit: number;
}

export type DetectedColumns = Partial<Record<Role, DetectedColumn>>;

type Classified = (Match & { hoursPerUnit: number }) | undefined;
/** Headers already classified: Excel recalculates with the same headers again and again. */
const classified = new Map<string, Classified>();

/** The role and unit of one header, or undefined when it names no role. */
export function classifyHeader(header: string): Classified {
  if (classified.has(header)) return classified.get(header);
  // Bounded: a sheet of random text in header rows must not grow it for ever.
  if (classified.size > 10_000) classified.clear();
  const found = classifyWords(headerWords(header));
  classified.set(header, found);
  return found;
}

/**
 * Headers one tool writes with a fixed unit that the header does not name: ServiceNow's durations
 * are seconds, Jira Service Management's SLA columns hours (or its `2h 30m` text). They take the
 * place of a vocabulary match, and rank before every unit-named header of their role.
 */
const FIXED_UNITS: ReadonlyMap<string, Match & { hoursPerUnit: number }> = new Map(
  (
    [
      ['calendar_duration', 'resolutionTime', 1 / 3600],
      ['business_duration', 'resolutionTime', 1 / 3600],
      ['Time to first response', 'firstResponseTime', 1],
      ['Time to resolution', 'resolutionTime', 1],
    ] as const
  ).map(([header, role, hoursPerUnit], i) => [headerWords(header).join(''), { role, rank: i - 100, hoursPerUnit }]),
);

function classifyWords(words: string[]): Classified {
  const fixed = FIXED_UNITS.get(words.join(''));
  if (fixed) return fixed;
  const whole = BY_HEADER.get(words.join(''));
  if (whole) return { ...whole, hoursPerUnit: 1 };
  const unit = words.find((w) => DURATION_UNITS[w] !== undefined);
  if (unit === undefined) return undefined;
  const stem = BY_STEM.get(stemKey(words));
  return stem ? { ...stem, hoursPerUnit: DURATION_UNITS[unit]! } : undefined;
}

/**
 * Finds each role's column in a header row. When several columns fit a role, the one whose header
 * comes first in the role's vocabulary wins, then the leftmost (Zendesk's calendar-hours column
 * before its business-hours twin).
 */
export function detectColumns(headerRow: readonly unknown[]): DetectedColumns {
  const found: Partial<Record<Role, DetectedColumn & { rank: number }>> = {};
  headerRow.forEach((cell, index) => {
    if (typeof cell !== 'string' && typeof cell !== 'number') return;
    const header = String(cell).trim();
    const m = classifyHeader(header);
    if (!m) return;
    const prev = found[m.role];
    if (!prev || m.rank < prev.rank) found[m.role] = { index, header, hoursPerUnit: m.hoursPerUnit, rank: m.rank };
  });
  const out: DetectedColumns = {};
  for (const [role, { index, header, hoursPerUnit }] of Object.entries(found) as [Role, DetectedColumn][]) {
    out[role] = { index, header, hoursPerUnit };
  }
  return out;
}

export const tableOf = (role: Role): HeaderTable => HEADER_TABLES.find((t) => t.role === role)!;

/** "Created, Created at, … (or the same in French, Dutch, Italian or German)" for messages. */
export function acceptedHeaders(role: Role): string {
  const t = tableOf(role);
  const plain = t.headers.en.map((h) => `"${h}"`);
  const withUnit = (t.stems?.en ?? []).filter((s) => s !== '').map((s) => `"${s} (hrs)"`);
  const bare = t.stems?.en.includes('') ? ['"Hours"', '"Minutes"'] : [];
  return `${[...plain, ...bare, ...withUnit].join(', ')} (or the same in French, Dutch, Italian or German${t.stems ? '; a duration header names its unit: hrs, hours, min, minutes…' : ''})`;
}
