import type { CliMessages } from './en';

export const fr: CliMessages = {
  usage: `msp-kpi — KPI de MSP et classeurs de benchmark à partir des exports de PSA et de facturation

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
  /** MSP.COLUMNS's words: the layout and date-order rows, ledger roles, the problems cell. */
  workbookNotes: {
    value:
      'Valeur calculée par msp-kpi à partir de {formula}. Avec le complément MSP KPI, cette formule la tient à jour ; sans lui, la valeur reste telle qu’écrite.',
    table:
      'Tableau statique calculé par msp-kpi à partir de {formula}. Avec le complément MSP KPI, cette formule se répand ici et se met à jour en direct.',
  },
  cliReport: {
    whatWasRead: 'Ce qui a été lu',
    warnings: 'Avertissements',
    assumedOrder:
      'dates numériques lues en {order} : supposé, les données ne prouvent aucun ordre (précisez --date-order)',
    unreadable:
      '{header} : {count} cellule(s) illisible(s), la première en ligne {row} (« {value} ») ; les KPI qui lisent cette colonne disent pourquoi',
    tableUnreadable: 'le tableau ne peut pas être lu : {reason}',
    markers: '{header} : {count} marqueur(s) « sans valeur » comme « {example} » lu(s) comme vide(s)',
    sheetNotWritten: 'feuille « {sheet} » non écrite : {reason}',
    readCsv: '{file} ({encoding}, séparateur {delimiter}, séparateur décimal {decimal}{dates})',
    readSheet: '{file} (feuille « {sheet} »)',
    readDates: ', dates {order}',
    readDatesBoth: ', dates dans les deux ordres : {conflict}',
    withBom: '{encoding} avec BOM',
    tab: 'tabulation',
    decimalComma: 'virgule',
    decimalPoint: 'point',
  },
  cli: {
    noSuchFile: '{file} : fichier introuvable.',
    oldXls: "{file} : l'ancien format .xls n'est pas pris en charge ; enregistrez-le en .xlsx ou .csv.",
    unknownType: '{file} : type de fichier inconnu « {ext} » ; utilisez .csv ou .xlsx.',
    binaryCsv:
      "{file} : ce n'est pas un fichier CSV texte (contenu binaire). Utilisez .csv (UTF-8, UTF-16 ou Windows-1252) ou .xlsx.",
    emptyFile: '{file} : le fichier est vide.',
    noHeaderRow:
      '{file} : la première ligne ne contient aucun en-tête ; un tableau commence par les titres de ses colonnes.',
    openQuote: '{file} : {detail}. Un guillemet (") est-il resté ouvert ?',
    openQuoteAtRow: '{file} : {detail} (ligne {row}). Un guillemet (") est-il resté ouvert ?',
    mixedDelimiter:
      "{file} : la ligne {row} est séparée par {used} alors que la ligne d'en-tête utilise {header} ; le fichier mélange deux séparateurs. Exportez-le à nouveau avec un seul.",
    extraFields:
      "{file} : la ligne {row} a {fields} champs alors que la ligne d'en-tête en a {header} ; un séparateur dans une valeur doit être entre guillemets.",
    tooManyColumns: '{file} : {columns} colonnes ; Excel en contient au plus {limit}.',
    tooManyRows: "{file} : plus de {limit} lignes, le maximum d'une feuille de calcul.",
    tooManyRowsForSheet:
      '{file} : {rows} lignes ne tiennent pas dans une feuille de calcul (au plus {limit}) ; les KPI peuvent être affichés (sans --out), pas écrits en .xlsx.',
    cellTooLong:
      '{file} : la cellule {cell} contient {length} caractères ; une cellule Excel en contient au plus {limit}.',
    notXlsx: '{file} : classeur .xlsx illisible ({detail}).',
    encryptedXlsx:
      '{file} : le classeur est protégé par mot de passe (chiffré) ; ouvrez-le dans Excel et enregistrez-en une copie sans mot de passe.',
    cfbNotXlsx:
      "{file} : c'est un fichier Excel de l'ancien format (.xls) nommé en .xlsx ; enregistrez-le en .xlsx ou .csv.",
    xlsxTooLarge:
      '{file} : le classeur décompressé fait {mib} Mio, plus que les {limit} Mio que cette commande lit (fichier endommagé ou bombe zip ?).',
    xlsxTextsTooLarge:
      '{file} : les textes partagés du classeur décompressés font {mib} Mio, plus que les {limit} Mio que cette commande garde en mémoire.',
    emptySheet: '{file} : la première feuille de calcul est vide.',
    outputExists:
      "{file} existe déjà ; il n'est pas écrasé. Utilisez --force pour le remplacer, ou choisissez un autre --out.",
    outputFolderMissing: "Impossible d'écrire {file} : le dossier {dir} n'existe pas.",
    outputNotXlsx: '--out {file} : le classeur est écrit en .xlsx ; nommez le fichier *.xlsx.',
    outputNotWritten: "Impossible d'écrire {file} : {detail}",
    interrupted: "interrompu ({signal}) ; aucun fichier de sortie n'a été laissé.",
    progress: 'Lecture de {file} : {percent} %',
    badDateOrder: "--date-order « {value} » n'est pas l'un de dmy, mdy.",
    badLanguage: "--language « {value} » n'est pas l'un de {accepted}.",
    badEndpoints: '--endpoints doit être un nombre positif, reçu « {value} ».',
    badTemplate: "--template « {value} » n'est pas l'un de {accepted}.",
    templateNeedsInput: '--template {template} demande {option}.',
    reportNeedsInput: 'report demande --tickets FICHIER et/ou --ledger FICHIER.',
    onlyScorecard:
      'template : le seul modèle à écrire est « scorecard » (msp-kpi template scorecard --out scorecard.xlsx).',
    scorecardNeedsOut: 'template scorecard demande --out FICHIER.xlsx.',
    unknownCommand: 'Commande inconnue « {command} ».',
    unknownOption: 'Option inconnue « {option} ».',
    optionNeedsValue: 'L’option {option} demande une valeur : {option} VALEUR ou {option}=VALEUR.',
    optionTakesNoValue: 'L’option {option} ne prend pas de valeur.',
    unexpectedArgument: 'Argument inattendu « {value} ».',
    optionProblem: '{option} : {problem}',
    holidayNotDate: "{file} : « {text} » n'est pas une date (ligne {row}).",
    targetsNeedColumns:
      '{file} : les objectifs demandent 3 colonnes : priorité, heures de réponse, heures de résolution.',
    targetNoResponse: "{file} : la priorité « {priority} » n'a pas d'heures de réponse.",
    rowCount: '{count} lignes',
    wroteReport: '{file} écrit : feuilles {sheets}.',
    wroteScorecardExamples:
      '{file} écrit : un Scorecard avec les exemples chiffrés ; saisissez vos chiffres dans les cellules jaunes.',
    wroteScorecardEmpty: '{file} écrit : un Scorecard vide ; saisissez vos chiffres dans les cellules jaunes.',
  },
};
