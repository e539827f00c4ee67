import type { CliMessages } from './en';

export const nl: CliMessages = {
  usage: `msp-kpi — MSP-KPI’s en benchmarkwerkmappen uit PSA- en facturatie-exports

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
  /** MSP.COLUMNS's words: the layout and date-order rows, ledger roles, the problems cell. */
  workbookNotes: {
    value:
      'Waarde berekend door msp-kpi uit {formula}. Met de invoegtoepassing MSP KPI houdt deze formule haar actueel; zonder blijft de waarde zoals geschreven.',
    table:
      'Statische tabel berekend door msp-kpi uit {formula}. Met de invoegtoepassing MSP KPI loopt die formule hier over en werkt ze live bij.',
  },
  cliReport: {
    whatWasRead: 'Wat is gelezen',
    warnings: 'Waarschuwingen',
    assumedOrder:
      'numerieke datums gelezen als {order}: aangenomen, de gegevens bewijzen geen volgorde (geef --date-order op)',
    unreadable:
      '{header}: {count} cel(len) onleesbaar, de eerste in rij {row} ("{value}"); de KPI’s die deze kolom lezen zeggen waarom',
    tableUnreadable: 'de tabel kan niet worden gelezen: {reason}',
    markers: '{header}: {count} "geen waarde"-markering(en) zoals "{example}" gelezen als leeg',
    sheetNotWritten: 'blad "{sheet}" niet geschreven: {reason}',
    readCsv: '{file} ({encoding}, scheidingsteken {delimiter}, decimaalteken {decimal}{dates})',
    readSheet: '{file} (blad "{sheet}")',
    readDates: ', datums {order}',
    readDatesBoth: ', datums in beide volgordes: {conflict}',
    withBom: '{encoding} met BOM',
    tab: 'tab',
    decimalComma: 'komma',
    decimalPoint: 'punt',
  },
  cli: {
    noSuchFile: '{file}: bestand niet gevonden.',
    oldXls: '{file}: het oude .xls-formaat wordt niet ondersteund; sla het op als .xlsx of .csv.',
    unknownType: '{file}: onbekend bestandstype "{ext}"; gebruik .csv of .xlsx.',
    binaryCsv:
      '{file}: dit is geen tekst-CSV-bestand (binaire inhoud). Gebruik .csv (UTF-8, UTF-16 of Windows-1252) of .xlsx.',
    emptyFile: '{file}: het bestand is leeg.',
    noHeaderRow: '{file}: de eerste rij bevat geen kop; een tabel begint met de titels van haar kolommen.',
    openQuote: '{file}: {detail}. Is er een aanhalingsteken (") open gebleven?',
    openQuoteAtRow: '{file}: {detail} (rij {row}). Is er een aanhalingsteken (") open gebleven?',
    mixedDelimiter:
      '{file}: rij {row} is gescheiden door {used} terwijl de koprij {header} gebruikt; het bestand mengt twee scheidingstekens. Exporteer het opnieuw met één.',
    extraFields:
      '{file}: rij {row} heeft {fields} velden terwijl de koprij er {header} heeft; een scheidingsteken in een waarde moet tussen aanhalingstekens staan.',
    tooManyColumns: '{file}: {columns} kolommen; Excel bevat er hoogstens {limit}.',
    tooManyRows: '{file}: meer dan {limit} rijen, het maximum van een werkblad.',
    tooManyRowsForSheet:
      "{file}: {rows} rijen passen niet in een werkblad (hoogstens {limit}); de KPI's kunnen worden getoond (zonder --out), niet naar .xlsx geschreven.",
    cellTooLong: '{file}: cel {cell} bevat {length} tekens; een Excel-cel bevat er hoogstens {limit}.',
    notXlsx: '{file}: geen leesbare .xlsx-werkmap ({detail}).',
    encryptedXlsx:
      '{file}: de werkmap is met een wachtwoord beveiligd (versleuteld); open ze in Excel en sla een kopie op zonder wachtwoord.',
    cfbNotXlsx:
      '{file}: dit is een Excel-bestand in het oude formaat (.xls) met een .xlsx-naam; sla het op als .xlsx of .csv.',
    xlsxTooLarge:
      '{file}: de werkmap pakt uit tot {mib} MiB, meer dan de {limit} MiB die deze opdracht leest (een beschadigd bestand of een zipbom?).',
    xlsxTextsTooLarge:
      '{file}: de gedeelde teksten van de werkmap pakken uit tot {mib} MiB, meer dan de {limit} MiB die deze opdracht in het geheugen houdt.',
    emptySheet: '{file}: het eerste werkblad is leeg.',
    outputExists:
      '{file} bestaat al; het wordt niet overschreven. Gebruik --force om het te vervangen, of kies een andere --out.',
    outputFolderMissing: 'Kan {file} niet schrijven: de map {dir} bestaat niet.',
    outputNotXlsx: '--out {file}: de werkmap wordt als .xlsx geschreven; noem het bestand *.xlsx.',
    outputNotWritten: 'Kan {file} niet schrijven: {detail}',
    interrupted: 'onderbroken ({signal}); er is geen uitvoerbestand achtergebleven.',
    progress: '{file} lezen: {percent} %',
    badDateOrder: '--date-order "{value}" is niet een van dmy, mdy.',
    badLanguage: '--language "{value}" is niet een van {accepted}.',
    badEndpoints: '--endpoints moet een positief getal zijn, kreeg "{value}".',
    badTemplate: '--template "{value}" is niet een van {accepted}.',
    templateNeedsInput: '--template {template} vereist {option}.',
    reportNeedsInput: 'report vereist --tickets BESTAND en/of --ledger BESTAND.',
    onlyScorecard:
      'template: de enige sjabloon om te schrijven is "scorecard" (msp-kpi template scorecard --out scorecard.xlsx).',
    scorecardNeedsOut: 'template scorecard vereist --out BESTAND.xlsx.',
    unknownCommand: 'Onbekende opdracht "{command}".',
    unknownOption: 'Onbekende optie "{option}".',
    optionNeedsValue: 'Optie {option} heeft een waarde nodig: {option} WAARDE of {option}=WAARDE.',
    optionTakesNoValue: 'Optie {option} neemt geen waarde.',
    unexpectedArgument: 'Onverwacht argument "{value}".',
    optionProblem: '{option}: {problem}',
    holidayNotDate: '{file}: "{text}" is geen datum (rij {row}).',
    targetsNeedColumns: '{file}: doelen vereisen 3 kolommen: prioriteit, reactie-uren, oplossingsuren.',
    targetNoResponse: '{file}: prioriteit "{priority}" heeft geen reactie-uren.',
    rowCount: '{count} rijen',
    wroteReport: '{file} geschreven: bladen {sheets}.',
    wroteScorecardExamples:
      '{file} geschreven: een Scorecard met de uitgewerkte voorbeelden; vul uw cijfers in de gele invoercellen in.',
    wroteScorecardEmpty: '{file} geschreven: een lege Scorecard; vul uw cijfers in de gele invoercellen in.',
  },
};
