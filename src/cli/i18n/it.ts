import type { CliMessages } from './en';

export const it: CliMessages = {
  usage: `msp-kpi — KPI per MSP e cartelle di benchmark dagli export di PSA e fatturazione

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
  /** MSP.COLUMNS's words: the layout and date-order rows, ledger roles, the problems cell. */
  workbookNotes: {
    value:
      'Valore calcolato da msp-kpi con {formula}. Con il componente aggiuntivo MSP KPI questa formula lo mantiene aggiornato; senza, il valore resta come scritto.',
    table:
      'Tabella statica calcolata da msp-kpi con {formula}. Con il componente aggiuntivo MSP KPI, quella formula si espande qui e si aggiorna in tempo reale.',
  },
  cliReport: {
    whatWasRead: 'Cosa è stato letto',
    warnings: 'Avvisi',
    assumedOrder:
      'date numeriche lette come {order}: ipotizzato, i dati non provano alcun ordine (indicate --date-order)',
    unreadable:
      '{header}: {count} cella/e illeggibile/i, la prima alla riga {row} ("{value}"); i KPI che leggono questa colonna dicono perché',
    tableUnreadable: 'la tabella non può essere letta: {reason}',
    markers: '{header}: {count} indicatore/i "nessun valore" come "{example}" letto/i come vuoto/i',
    sheetNotWritten: 'foglio "{sheet}" non scritto: {reason}',
    readCsv: '{file} ({encoding}, separatore {delimiter}, separatore decimale {decimal}{dates})',
    readSheet: '{file} (foglio "{sheet}")',
    readDates: ', date {order}',
    readDatesBoth: ', date in entrambi gli ordini: {conflict}',
    withBom: '{encoding} con BOM',
    tab: 'tabulazione',
    decimalComma: 'virgola',
    decimalPoint: 'punto',
  },
  cli: {
    noSuchFile: '{file}: file inesistente.',
    oldXls: '{file}: il vecchio formato .xls non è supportato; salvalo come .xlsx o .csv.',
    unknownType: '{file}: tipo di file sconosciuto "{ext}"; usa .csv o .xlsx.',
    binaryCsv:
      '{file}: questo non è un file CSV di testo (contenuto binario). Usa .csv (UTF-8, UTF-16 o Windows-1252) o .xlsx.',
    emptyFile: '{file}: il file è vuoto.',
    noHeaderRow: '{file}: la prima riga non contiene intestazioni; una tabella inizia con i titoli delle sue colonne.',
    openQuote: '{file}: {detail}. È rimasta aperta una virgoletta (")?',
    openQuoteAtRow: '{file}: {detail} (riga {row}). È rimasta aperta una virgoletta (")?',
    mixedDelimiter:
      "{file}: la riga {row} è separata da {used} mentre la riga d'intestazione usa {header}; il file mescola due separatori. Esportalo di nuovo con uno solo.",
    extraFields:
      "{file}: la riga {row} ha {fields} campi mentre la riga d'intestazione ne ha {header}; un separatore dentro un valore va messo tra virgolette.",
    tooManyColumns: '{file}: {columns} colonne; Excel ne contiene al massimo {limit}.',
    tooManyRows: '{file}: più di {limit} righe, il massimo di un foglio di lavoro.',
    tooManyRowsForSheet:
      '{file}: {rows} righe non entrano in un foglio di lavoro (al massimo {limit}); i KPI si possono stampare (senza --out), non scrivere in .xlsx.',
    cellTooLong: '{file}: la cella {cell} contiene {length} caratteri; una cella Excel ne contiene al massimo {limit}.',
    notXlsx: '{file}: cartella di lavoro .xlsx illeggibile ({detail}).',
    encryptedXlsx:
      '{file}: la cartella di lavoro è protetta da password (cifrata); aprila in Excel e salvane una copia senza password.',
    cfbNotXlsx:
      '{file}: questo è un file Excel nel vecchio formato (.xls) con un nome .xlsx; salvalo come .xlsx o .csv.',
    xlsxTooLarge:
      '{file}: la cartella di lavoro decompressa occupa {mib} MiB, più dei {limit} MiB che questo comando legge (un file danneggiato o una zip bomb?).',
    xlsxTextsTooLarge:
      '{file}: i testi condivisi della cartella di lavoro decompressi occupano {mib} MiB, più dei {limit} MiB che questo comando tiene in memoria.',
    emptySheet: '{file}: il primo foglio di lavoro è vuoto.',
    outputExists: '{file} esiste già; non viene sovrascritto. Usa --force per sostituirlo, o scegli un altro --out.',
    outputFolderMissing: 'Impossibile scrivere {file}: la cartella {dir} non esiste.',
    outputNotXlsx: '--out {file}: la cartella di lavoro è scritta in .xlsx; chiama il file *.xlsx.',
    outputNotWritten: 'Impossibile scrivere {file}: {detail}',
    interrupted: 'interrotto ({signal}); nessun file di output è stato lasciato.',
    progress: 'Lettura di {file}: {percent} %',
    badDateOrder: '--date-order "{value}" non è uno tra dmy, mdy.',
    badLanguage: '--language "{value}" non è uno tra {accepted}.',
    badEndpoints: '--endpoints deve essere un numero positivo, ricevuto "{value}".',
    badTemplate: '--template "{value}" non è uno tra {accepted}.',
    templateNeedsInput: '--template {template} richiede {option}.',
    reportNeedsInput: 'report richiede --tickets FILE e/o --ledger FILE.',
    onlyScorecard:
      'template: l\'unico modello da scrivere è "scorecard" (msp-kpi template scorecard --out scorecard.xlsx).',
    scorecardNeedsOut: 'template scorecard richiede --out FILE.xlsx.',
    unknownCommand: 'Comando sconosciuto "{command}".',
    unknownOption: 'Opzione sconosciuta "{option}".',
    optionNeedsValue: 'L’opzione {option} richiede un valore: {option} VALORE o {option}=VALORE.',
    optionTakesNoValue: 'L’opzione {option} non accetta valori.',
    unexpectedArgument: 'Argomento inatteso "{value}".',
    optionProblem: '{option}: {problem}',
    holidayNotDate: '{file}: "{text}" non è una data (riga {row}).',
    targetsNeedColumns: '{file}: gli obiettivi richiedono 3 colonne: priorità, ore di risposta, ore di risoluzione.',
    targetNoResponse: '{file}: la priorità "{priority}" non ha ore di risposta.',
    rowCount: '{count} righe',
    wroteReport: 'Scritto {file}: fogli {sheets}.',
    wroteScorecardExamples:
      'Scritto {file}: uno Scorecard con gli esempi svolti; inserisci i tuoi dati nelle celle gialle.',
    wroteScorecardEmpty: 'Scritto {file}: uno Scorecard vuoto; inserisci i tuoi dati nelle celle gialle.',
  },
};
