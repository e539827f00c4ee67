import type { CliMessages } from './en';

export const de: CliMessages = {
  usage: `msp-kpi — MSP-KPIs und Benchmark-Arbeitsmappen aus PSA- und Abrechnungsexporten

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
  /** MSP.COLUMNS's words: the layout and date-order rows, ledger roles, the problems cell. */
  workbookNotes: {
    value:
      'Wert von msp-kpi aus {formula} berechnet. Mit dem Add-In MSP KPI hält diese Formel ihn aktuell; ohne bleibt der Wert wie geschrieben.',
    table:
      'Statische Tabelle von msp-kpi aus {formula} berechnet. Mit dem Add-In MSP KPI läuft diese Formel hier über und wird live aktualisiert.',
  },
  cliReport: {
    whatWasRead: 'Was gelesen wurde',
    warnings: 'Warnungen',
    assumedOrder:
      'numerische Daten als {order} gelesen: angenommen, die Daten belegen keine Reihenfolge (--date-order angeben)',
    unreadable:
      '{header}: {count} Zelle(n) nicht lesbar, die erste in Zeile {row} („{value}“); die KPIs, die diese Spalte lesen, sagen warum',
    tableUnreadable: 'die Tabelle kann nicht gelesen werden: {reason}',
    markers: '{header}: {count} „kein Wert“-Markierung(en) wie „{example}“ als leer gelesen',
    sheetNotWritten: 'Blatt „{sheet}“ nicht geschrieben: {reason}',
    readCsv: '{file} ({encoding}, Trennzeichen {delimiter}, Dezimaltrennzeichen {decimal}{dates})',
    readSheet: '{file} (Blatt „{sheet}“)',
    readDates: ', Datumsangaben {order}',
    readDatesBoth: ', Datumsangaben in beiden Reihenfolgen: {conflict}',
    withBom: '{encoding} mit BOM',
    tab: 'Tabulator',
    decimalComma: 'Komma',
    decimalPoint: 'Punkt',
  },
  cli: {
    noSuchFile: '{file}: Datei nicht gefunden.',
    oldXls: '{file}: Das alte .xls-Format wird nicht unterstützt; speichern Sie die Datei als .xlsx oder .csv.',
    unknownType: '{file}: unbekannter Dateityp „{ext}“; verwenden Sie .csv oder .xlsx.',
    binaryCsv:
      '{file}: Dies ist keine CSV-Textdatei (binärer Inhalt). Verwenden Sie .csv (UTF-8, UTF-16 oder Windows-1252) oder .xlsx.',
    emptyFile: '{file}: Die Datei ist leer.',
    noHeaderRow: '{file}: Die erste Zeile enthält keine Überschrift; eine Tabelle beginnt mit ihren Spaltentiteln.',
    openQuote: '{file}: {detail}. Ist ein Anführungszeichen (") offen geblieben?',
    openQuoteAtRow: '{file}: {detail} (Zeile {row}). Ist ein Anführungszeichen (") offen geblieben?',
    mixedDelimiter:
      '{file}: Zeile {row} ist durch {used} getrennt, die Kopfzeile aber durch {header}; die Datei mischt zwei Trennzeichen. Exportieren Sie sie erneut mit einem.',
    extraFields:
      '{file}: Zeile {row} hat {fields} Felder, die Kopfzeile aber {header}; ein Trennzeichen in einem Wert muss in Anführungszeichen stehen.',
    tooManyColumns: '{file}: {columns} Spalten; Excel fasst höchstens {limit}.',
    tooManyRows: '{file}: mehr als {limit} Zeilen, das Maximum eines Arbeitsblatts.',
    tooManyRowsForSheet:
      '{file}: {rows} Zeilen passen nicht in ein Arbeitsblatt (höchstens {limit}); die KPIs können ausgegeben (ohne --out), aber nicht als .xlsx geschrieben werden.',
    cellTooLong: '{file}: Zelle {cell} enthält {length} Zeichen; eine Excel-Zelle fasst höchstens {limit}.',
    notXlsx: '{file}: keine lesbare .xlsx-Arbeitsmappe ({detail}).',
    encryptedXlsx:
      '{file}: Die Arbeitsmappe ist kennwortgeschützt (verschlüsselt); öffnen Sie sie in Excel und speichern Sie eine Kopie ohne Kennwort.',
    cfbNotXlsx:
      '{file}: Dies ist eine Excel-Datei im alten Format (.xls) mit einem .xlsx-Namen; speichern Sie sie als .xlsx oder .csv.',
    xlsxTooLarge:
      '{file}: Die Arbeitsmappe entpackt sich auf {mib} MiB, mehr als die {limit} MiB, die dieser Befehl liest (eine beschädigte Datei oder eine Zip-Bombe?).',
    xlsxTextsTooLarge:
      '{file}: Die gemeinsamen Texte der Arbeitsmappe entpacken sich auf {mib} MiB, mehr als die {limit} MiB, die dieser Befehl im Speicher hält.',
    emptySheet: '{file}: Das erste Arbeitsblatt ist leer.',
    outputExists:
      '{file} existiert bereits und wird nicht überschrieben. Verwenden Sie --force, um die Datei zu ersetzen, oder wählen Sie ein anderes --out.',
    outputFolderMissing: '{file} kann nicht geschrieben werden: Der Ordner {dir} existiert nicht.',
    outputNotXlsx: '--out {file}: Die Arbeitsmappe wird als .xlsx geschrieben; benennen Sie die Datei *.xlsx.',
    outputNotWritten: '{file} kann nicht geschrieben werden: {detail}',
    interrupted: 'abgebrochen ({signal}); es wurde keine Ausgabedatei zurückgelassen.',
    progress: '{file} wird gelesen: {percent} %',
    badDateOrder: '--date-order „{value}“ ist keiner der Werte dmy, mdy.',
    badLanguage: '--language „{value}“ ist keiner der Werte {accepted}.',
    badEndpoints: '--endpoints muss eine positive Zahl sein, erhalten: „{value}“.',
    badTemplate: '--template „{value}“ ist keiner der Werte {accepted}.',
    templateNeedsInput: '--template {template} erfordert {option}.',
    reportNeedsInput: 'report erfordert --tickets DATEI und/oder --ledger DATEI.',
    onlyScorecard: 'template: Die einzige Vorlage ist „scorecard“ (msp-kpi template scorecard --out scorecard.xlsx).',
    scorecardNeedsOut: 'template scorecard erfordert --out DATEI.xlsx.',
    unknownCommand: 'Unbekannter Befehl „{command}“.',
    unknownOption: 'Unbekannte Option „{option}“.',
    optionNeedsValue: 'Die Option {option} braucht einen Wert: {option} WERT oder {option}=WERT.',
    optionTakesNoValue: 'Die Option {option} nimmt keinen Wert.',
    unexpectedArgument: 'Unerwartetes Argument „{value}“.',
    optionProblem: '{option}: {problem}',
    holidayNotDate: '{file}: „{text}“ ist kein Datum (Zeile {row}).',
    targetsNeedColumns: '{file}: Ziele brauchen 3 Spalten: Priorität, Reaktionsstunden, Lösungsstunden.',
    targetNoResponse: '{file}: Priorität „{priority}“ hat keine Reaktionsstunden.',
    rowCount: '{count} Zeilen',
    wroteReport: '{file} geschrieben: Blätter {sheets}.',
    wroteScorecardExamples:
      '{file} geschrieben: eine Scorecard mit den Rechenbeispielen; tragen Sie Ihre Zahlen in die gelben Eingabezellen ein.',
    wroteScorecardEmpty:
      '{file} geschrieben: eine leere Scorecard; tragen Sie Ihre Zahlen in die gelben Eingabezellen ein.',
  },
};
