import type { Language } from '../core/i18n';

/**
 * The reference text of `msp-kpi --help`, in the five languages; option names and values stay in
 * English, as the command reads them. Kept here rather than in the core's catalogue, which the
 * Excel bundle carries: no add-in shows it. `{templates}` is filled in with the report templates.
 */
export const USAGE: Readonly<Record<Language, string>> = {
  en: `msp-kpi — MSP KPIs and benchmark workbooks from PSA and billing exports

Usage:
  msp-kpi report [--tickets FILE] [--ledger FILE] [--out report.xlsx] [options]
  msp-kpi template scorecard --out scorecard.xlsx [--language xx] [--currency SYM] [--examples] [--force]

report options:
  --tickets FILE    ticket export (.csv or .xlsx; first sheet), PSA headers detected
  --ledger FILE     billing ledger (.csv or .xlsx), wide or long layout
  --out FILE        write the benchmark workbook (.xlsx)
  --template LIST   sheets to write, comma-separated: {templates}
                    (default: servicedesk with --tickets, revenue with --ledger, benchmarks)
  --endpoints N     managed endpoints, for tickets per endpoint per month
  --business-hours TEXT  the contract clock, e.g. "Mon-Fri 08:00-18:00 Europe/Paris" (default 24x7)
  --holidays FILE   dates closed all day (.csv or .xlsx, one date per row)
  --targets FILE    SLA targets per priority (.csv or .xlsx): priority, response h, resolution h
  --language xx     messages, labels and ratings: en, fr, nl, it, de (default: the system's
                    language, from LC_ALL, LC_MESSAGES or LANG; else en)
  --date-order dmy|mdy  order of numeric dates when a file does not prove it (default: mdy
                    in English, else dmy)
  --currency SYM    currency symbol for money formats (default none)
  --json            print the results as JSON instead of a table
  --force           replace the --out file if it exists

template options:
  --examples        keep the seeds' worked examples in the input cells (default: empty form)

CSV files: the delimiter (, ; tab), decimal comma and byte-order mark are detected; dates may be
ISO (2025-03-05 14:30) or numeric (05/03/2025): one order per file, proven by a day above 12,
else --date-order (the report says when it was assumed).
Exit codes: 0 report done (KPI errors are listed), 1 bad command line, 2 an input that cannot be
read at all, 3 output not written.`,
  fr: `msp-kpi — KPI de MSP et classeurs de benchmark à partir des exports de PSA et de facturation

Utilisation :
  msp-kpi report [--tickets FICHIER] [--ledger FICHIER] [--out rapport.xlsx] [options]
  msp-kpi template scorecard --out scorecard.xlsx [--language xx] [--currency SYM] [--examples] [--force]

Options de report :
  --tickets FICHIER  export de tickets (.csv ou .xlsx ; première feuille), en-têtes de PSA reconnus
  --ledger FICHIER  registre de facturation (.csv ou .xlsx), disposition large ou longue
  --out FICHIER     écrit le classeur de benchmark (.xlsx)
  --template LISTE  feuilles à écrire, séparées par des virgules : {templates}
                    (par défaut : servicedesk avec --tickets, revenue avec --ledger, benchmarks)
  --endpoints N     postes gérés, pour les tickets par poste et par mois
  --business-hours TEXTE  l’horloge du contrat, p. ex. "Mon-Fri 08:00-18:00 Europe/Paris" (24x7 par défaut)
  --holidays FICHIER  jours fermés toute la journée (.csv ou .xlsx, une date par ligne)
  --targets FICHIER  objectifs SLA par priorité (.csv ou .xlsx) : priorité, h de réponse, h de résolution
  --language xx     messages, libellés et évaluations : en, fr, nl, it, de (par défaut : la langue
                    du système, d’après LC_ALL, LC_MESSAGES ou LANG ; sinon en)
  --date-order dmy|mdy  ordre des dates numériques quand un fichier ne le prouve pas (par défaut :
                    mdy en anglais, sinon dmy)
  --currency SYM    symbole monétaire des formats de montant (aucun par défaut)
  --json            affiche les résultats en JSON plutôt qu’en tableau
  --force           remplace le fichier --out s’il existe

Options de template :
  --examples        garde les exemples chiffrés des sources dans les cellules de saisie (par défaut :
                    formulaire vide)

Fichiers CSV : le séparateur (, ; tabulation), la virgule décimale et la marque d’ordre des octets sont
détectés ; les dates peuvent être ISO (2025-03-05 14:30) ou numériques (05/03/2025) : un seul ordre par
fichier, prouvé par un jour supérieur à 12, sinon --date-order (le rapport dit quand il a été supposé).
Codes de sortie : 0 rapport fait (les erreurs de KPI sont listées), 1 ligne de commande erronée, 2 une
entrée illisible, 3 sortie non écrite.`,
  nl: `msp-kpi — MSP-KPI’s en benchmarkwerkmappen uit PSA- en facturatie-exports

Gebruik:
  msp-kpi report [--tickets BESTAND] [--ledger BESTAND] [--out rapport.xlsx] [opties]
  msp-kpi template scorecard --out scorecard.xlsx [--language xx] [--currency SYM] [--examples] [--force]

Opties van report:
  --tickets BESTAND  ticketexport (.csv of .xlsx; eerste blad), PSA-kolomkoppen herkend
  --ledger BESTAND  facturatieregister (.csv of .xlsx), brede of lange indeling
  --out BESTAND     schrijft de benchmarkwerkmap (.xlsx)
  --template LIJST  te schrijven bladen, gescheiden door komma’s: {templates}
                    (standaard: servicedesk met --tickets, revenue met --ledger, benchmarks)
  --endpoints N     beheerde endpoints, voor tickets per endpoint per maand
  --business-hours TEKST  de contractklok, bv. "Mon-Fri 08:00-18:00 Europe/Amsterdam" (standaard 24x7)
  --holidays BESTAND  dagen die de hele dag gesloten zijn (.csv of .xlsx, één datum per rij)
  --targets BESTAND  SLA-doelen per prioriteit (.csv of .xlsx): prioriteit, reactie-uren, oplossingsuren
  --language xx     meldingen, labels en beoordelingen: en, fr, nl, it, de (standaard: de taal van
                    het systeem, uit LC_ALL, LC_MESSAGES of LANG; anders en)
  --date-order dmy|mdy  volgorde van numerieke datums als een bestand die niet bewijst (standaard:
                    mdy in het Engels, anders dmy)
  --currency SYM    valutasymbool voor geldnotaties (standaard geen)
  --json            toont de resultaten als JSON in plaats van als tabel
  --force           vervangt het bestand van --out als het al bestaat

Opties van template:
  --examples        houdt de uitgewerkte voorbeelden van de bronnen in de invoercellen (standaard:
                    een leeg formulier)

CSV-bestanden: het scheidingsteken (, ; tab), de decimale komma en de byte-order mark worden herkend;
datums mogen ISO (2025-03-05 14:30) of numeriek (05/03/2025) zijn: één volgorde per bestand, bewezen
door een dag boven 12, anders --date-order (het rapport zegt wanneer die werd aangenomen).
Afsluitcodes: 0 rapport klaar (KPI-fouten worden vermeld), 1 foute opdrachtregel, 2 een invoer die
helemaal niet te lezen is, 3 uitvoer niet geschreven.`,
  it: `msp-kpi — KPI per MSP e cartelle di benchmark dagli export di PSA e fatturazione

Uso:
  msp-kpi report [--tickets FILE] [--ledger FILE] [--out report.xlsx] [opzioni]
  msp-kpi template scorecard --out scorecard.xlsx [--language xx] [--currency SIM] [--examples] [--force]

Opzioni di report:
  --tickets FILE    export dei ticket (.csv o .xlsx; primo foglio), intestazioni PSA riconosciute
  --ledger FILE     registro di fatturazione (.csv o .xlsx), formato largo o lungo
  --out FILE        scrive la cartella di benchmark (.xlsx)
  --template ELENCO  fogli da scrivere, separati da virgole: {templates}
                    (predefinito: servicedesk con --tickets, revenue con --ledger, benchmarks)
  --endpoints N     endpoint gestiti, per i ticket per endpoint al mese
  --business-hours TESTO  l’orario del contratto, es. "Mon-Fri 08:00-18:00 Europe/Rome" (predefinito 24x7)
  --holidays FILE   giorni di chiusura per l’intera giornata (.csv o .xlsx, una data per riga)
  --targets FILE    obiettivi SLA per priorità (.csv o .xlsx): priorità, ore di risposta, ore di risoluzione
  --language xx     messaggi, etichette e valutazioni: en, fr, nl, it, de (predefinita: la lingua del
                    sistema, da LC_ALL, LC_MESSAGES o LANG; altrimenti en)
  --date-order dmy|mdy  ordine delle date numeriche quando un file non lo dimostra (predefinito:
                    mdy in inglese, altrimenti dmy)
  --currency SIM    simbolo di valuta per i formati monetari (predefinito nessuno)
  --json            stampa i risultati in JSON invece che in tabella
  --force           sostituisce il file --out se esiste

Opzioni di template:
  --examples        mantiene gli esempi svolti delle fonti nelle celle di input (predefinito: modulo
                    vuoto)

File CSV: il separatore (, ; tab), la virgola decimale e il byte order mark sono riconosciuti; le date
possono essere ISO (2025-03-05 14:30) o numeriche (05/03/2025): un solo ordine per file, dimostrato da
un giorno oltre il 12, altrimenti --date-order (il report dice quando è stato presunto).
Codici di uscita: 0 report completato (gli errori dei KPI sono elencati), 1 riga di comando errata,
2 un input che non si può leggere affatto, 3 output non scritto.`,
  de: `msp-kpi — MSP-KPIs und Benchmark-Arbeitsmappen aus PSA- und Abrechnungsexporten

Aufruf:
  msp-kpi report [--tickets DATEI] [--ledger DATEI] [--out bericht.xlsx] [Optionen]
  msp-kpi template scorecard --out scorecard.xlsx [--language xx] [--currency SYM] [--examples] [--force]

Optionen von report:
  --tickets DATEI   Ticket-Export (.csv oder .xlsx; erstes Blatt), PSA-Spaltenköpfe werden erkannt
  --ledger DATEI    Abrechnungsjournal (.csv oder .xlsx), breites oder langes Layout
  --out DATEI       schreibt die Benchmark-Arbeitsmappe (.xlsx)
  --template LISTE  zu schreibende Blätter, durch Kommas getrennt: {templates}
                    (Standard: servicedesk mit --tickets, revenue mit --ledger, benchmarks)
  --endpoints N     verwaltete Endgeräte, für Tickets pro Endgerät und Monat
  --business-hours TEXT  die Vertragsuhr, z. B. "Mon-Fri 08:00-18:00 Europe/Berlin" (Standard 24x7)
  --holidays DATEI  ganztägig geschlossene Tage (.csv oder .xlsx, ein Datum pro Zeile)
  --targets DATEI   SLA-Ziele pro Priorität (.csv oder .xlsx): Priorität, Reaktions-h, Lösungs-h
  --language xx     Meldungen, Beschriftungen und Bewertungen: en, fr, nl, it, de (Standard: die
                    Sprache des Systems, aus LC_ALL, LC_MESSAGES oder LANG; sonst en)
  --date-order dmy|mdy  Reihenfolge numerischer Datumsangaben, wenn eine Datei sie nicht belegt
                    (Standard: mdy auf Englisch, sonst dmy)
  --currency SYM    Währungssymbol für Geldformate (Standard: keines)
  --json            gibt die Ergebnisse als JSON statt als Tabelle aus
  --force           ersetzt die Datei von --out, falls sie existiert

Optionen von template:
  --examples        behält die Rechenbeispiele der Quellen in den Eingabezellen (Standard: leeres
                    Formular)

CSV-Dateien: Trennzeichen (, ; Tab), Dezimalkomma und Byte-Order-Mark werden erkannt; Datumsangaben
dürfen ISO (2025-03-05 14:30) oder numerisch (05/03/2025) sein: eine Reihenfolge pro Datei, belegt
durch einen Tag über 12, sonst --date-order (der Bericht sagt, wann sie angenommen wurde).
Exit-Codes: 0 Bericht erstellt (KPI-Fehler werden aufgeführt), 1 fehlerhafte Befehlszeile, 2 eine
Eingabe, die gar nicht lesbar ist, 3 Ausgabe nicht geschrieben.`,
};
