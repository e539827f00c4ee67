import type { Messages, ParamText } from './en';

/** Parameter texts shared by the functions in which the parameter means exactly the same. */
const LEDGER: ParamText = ['registro', 'Registro abbonamenti: clienti × periodi, o una riga per cliente e periodo.'];
const PERIOD: ParamText = [
  'periodo',
  'Periodo: numero di colonna (1 = prima) o etichetta / data; predefinito l’ultimo.',
];
const WINDOW: ParamText = ['mesi', 'Lunghezza della finestra in periodi (k); predefinito 1.'];
const TICKET_TABLE: ParamText = ['ticket', 'Tabella dei ticket con la riga di intestazione (export PSA).'];
const STATISTIC: ParamText = ['statistica', '"mean" (media, predefinito), "median", "p90" o "max".'];
const TARGET_HOURS: ParamText = [
  'ore_obiettivo',
  'Obiettivo in ore: un numero, o un intervallo di 2 colonne priorità → ore (P1 = 1 = Priorità 1).',
];
const BUSINESS_HOURS: ParamText = [
  'orario_lavorativo',
  'Orario del contratto: testo come "lun-ven 08:00-18:00 Europe/Rome", o 7 righe (lunedì…domenica) × ora di apertura e di chiusura; predefinito 24x7.',
];
const HOLIDAYS: ParamText = [
  'festivi',
  'Giorni di chiusura (intervallo di date, come per GIORNI.LAVORATIVI.TOT.INTL).',
];
const KPI: ParamText = ['kpi', 'Codice del KPI, per esempio "CHURN" o "SLA" (vedi MSP.KPIS).'];
const KPI_VALUE: ParamText = ['valore', 'Valore del KPI da valutare.'];
const LANGUAGE: ParamText = ['lingua', 'Lingua: en, fr, nl, it o de (predefinito en).'];
const GROSS_MARGIN: ParamText = ['margine_lordo', 'Margine lordo (frazione); predefinito 1.'];
const PERIOD_REVENUE: ParamText = ['ricavi', 'Ricavi totali del periodo (numero o intervallo, sommato).'];

/** Italiano — vocabulary of the Domotz/Achab (IT) article. */
export const it: Messages = {
  languages: { en: 'inglese', fr: 'francese', nl: 'olandese', it: 'italiano', de: 'tedesco' },
  ratings: { best: 'Eccellente', healthy: 'Sano', watch: 'Da monitorare', act: 'Intervenire ora' },
  better: { higher: 'Più alto', lower: 'Più basso' },
  units: {
    percent: '%',
    percentPerYear: '% annuo',
    usd: 'USD',
    ratio: 'rapporto (×)',
    perEndpointMonth: 'ticket per endpoint al mese',
  },
  basis: { secondary: 'fonte secondaria', projectDefault: 'valore predefinito del progetto' },
  basisNote: '{level}: {basis}',
  kpiNames: {
    CHURN: 'Tasso di abbandono dei clienti (annuo)',
    SLA: 'Rispetto degli SLA',
    CSAT: 'Soddisfazione del cliente (CSAT)',
    NOIMARGIN: 'Margine operativo netto',
    ADMINRATIO: 'Spese amministrative / ricavi',
    GROSSMARGIN: 'Margine lordo (servizi gestiti)',
    CPL: 'Costo per lead',
    CONVERSION: 'Tasso di conversione',
    COSTPERHIRE: 'Costo per assunzione',
    TURNOVER: 'Turnover dei dipendenti (annuo)',
    TICKETSPERENDPOINT: 'Ticket per endpoint al mese',
    FCR: 'Risoluzione al primo contatto',
    UTILIZATION: 'Tasso di utilizzo delle risorse',
    RECURRINGSHARE: 'Quota di ricavi ricorrenti',
    NRR: 'Net revenue retention (NRR)',
    LTVCAC: 'Rapporto LTV / CAC',
    QUICKRATIO: 'Quick ratio SaaS',
  },
  advice: {
    CHURN:
      "Un tasso di abbandono crescente è un campanello d'allarme: siediti e capiscine il motivo. È dovuto alle caratteristiche del servizio, ai prezzi o all'assistenza clienti? Cerca schemi negli abbandoni, rivedi i clienti target se se ne vanno soprattutto i piccoli clienti non redditizi, parla regolarmente con i clienti, migliora l'onboarding e rinnova la tua offerta.",
    SLA: 'Analizza la gestione dei ticket e i tuoi team: come stabilisci le priorità dei ticket? La risoluzione dei problemi ricorrenti è documentata o, meglio ancora, automatizzata? I tecnici sono sovraccarichi e si possono ribilanciare i carichi di lavoro?',
    CSAT: 'Parla con i tuoi clienti: chiedi la loro opinione, sentili regolarmente e abbi conversazioni oneste e trasparenti. Usa i loro riscontri per formare i tecnici nelle capacità relazionali e condividi il punteggio CSAT con il team di assistenza.',
    NOIMARGIN:
      'Il reddito operativo netto è inferiore al 10 % dei ricavi: cerca modi per ridurre i costi o aumentare i ricavi.',
    ADMINRATIO:
      'Le spese amministrative superano il 20 % dei ricavi: tieni sotto controllo i costi generali (locali, IT interno, spese di ufficio) per garantire una redditività più alta.',
    GROSSMARGIN:
      'Tieni sotto controllo i costi di erogazione (licenze, manodopera, consegna), ottimizza i processi e rivedi i prezzi per aumentare i margini.',
    CPL: 'Punta su segmenti di clienti ad alto valore, investi di più nei canali che generano più conversioni, ottimizza messaggi e sito web e concentra le vendite sulle strategie più efficaci per il tuo MSP.',
    CONVERSION:
      "Valuta i processi di marketing e vendita: il sito web è ottimizzato per la conversione, con inviti all'azione chiari? Segui i lead con azioni personalizzate e il processo di vendita li porta rapidamente a una decisione? Moduli più semplici e script di vendita allineati ai problemi degli acquirenti fanno una grande differenza.",
    COSTPERHIRE:
      "Standardizza il processo di assunzione, smetti di spendere in siti di annunci e cacciatori di teste che non portano risultati a favore delle segnalazioni, crea un'esperienza di inserimento positiva e investi nel tuo bacino di talenti per assumere meno spesso.",
    TURNOVER:
      'Capisci perché le persone se ne vanno: colloqui di uscita, sondaggi sul coinvolgimento e incontri regolari. I tecnici sono sommersi dai ticket, i responsabili li supportano, i percorsi di carriera sono chiari? Crea una cultura in cui i dipendenti si sentano supportati, valorizzati e liberi di crescere.',
    TICKETSPERENDPOINT:
      "Analizza clienti, tecnici e tecnologia: i clienti seguono le buone pratiche, l'onboarding e la formazione possono migliorare, gli stessi problemi si ripresentano? Automatizzali o documentali per una risoluzione più rapida.",
    FCR: 'Dai al primo livello ciò che serve per risolvere alla prima chiamata: documenta i problemi ricorrenti, automatizza le soluzioni comuni e assegna subito i ticket alle competenze giuste.',
    UTILIZATION:
      'Calcola quanto tempo si perde in lavoro non fatturabile e impiega le risorse con giudizio; automatizza le attività di routine per liberare i tecnici per il lavoro fatturabile.',
    RECURRINGSHARE:
      "Fai crescere l'MRR: studia la base clienti e le opportunità di upselling, porta i clienti su contratti gestiti, raggruppa i servizi in pacchetti e rinnova l'offerta.",
    NRR: 'I ricavi dai clienti esistenti calano: riduci abbandoni e contrazioni, organizza revisioni trimestrali con i clienti e proponi upselling quando il cliente ne trae vantaggio.',
    LTVCAC:
      'Il CAC deve essere notevolmente inferiore al CLV per non perdere denaro acquisendo nuovi clienti: migliora marketing, vendite e fidelizzazione (onboarding, revisioni trimestrali, upselling, prezzi allineati al valore offerto).',
    QUICKRATIO:
      'Le perdite (abbandoni e contrazioni) assorbono gran parte della crescita: capisci perché i clienti se ne vanno o spendono meno e rafforza nuove vendite ed espansione.',
  },
  functions: {
    MRR: {
      name: 'MRR',
      description: 'Ricavi mensili ricorrenti: somma degli importi ÷ mesi fatturati.',
      params: {
        amounts: ['importi', 'Importi fatturati (numero o intervallo).'],
        billing_months: [
          'mesi_fatturazione',
          'Mesi coperti da ogni importo (1, 3, 12 … o mensile, trimestrale, annuale, una tantum); predefinito 1.',
        ],
      },
    },
    MRRMOVES: {
      name: 'MRR.MOVIMENTI',
      description:
        'Tabella dei movimenti MRR per periodo: nuove attivazioni, espansione, riattivazione, contrazione, abbandono.',
      params: {
        ledger: LEDGER,
      },
    },
    CHURN: {
      name: 'ABBANDONO',
      description:
        'Tasso di abbandono dei clienti (o dell’MRR) nella finestra che termina nel periodo, da un registro abbonamenti.',
      params: {
        ledger: LEDGER,
        period: PERIOD,
        months: WINDOW,
        basis: ['base', '"customers" (clienti, predefinito) o "mrr" per l’abbandono lordo dell’MRR (1 − GRR).'],
      },
    },
    CHURNRATE: {
      name: 'TASSO.ABBANDONO',
      description: "Clienti persi ÷ clienti all'inizio del periodo.",
      params: {
        lost: ['persi', 'Clienti persi nel periodo.'],
        at_start: ['iniziali', "Clienti all'inizio del periodo."],
      },
    },
    RETENTION: {
      name: 'MANTENIMENTO.CLIENTI',
      description: 'Tasso di mantenimento dei clienti: 1 − tasso di abbandono.',
      params: {
        ledger: LEDGER,
        period: PERIOD,
        months: WINDOW,
      },
    },
    NRR: {
      name: 'NRR',
      description: "Net revenue retention dei clienti attivi all'inizio della finestra.",
      params: {
        ledger: LEDGER,
        period: PERIOD,
        months: WINDOW,
      },
    },
    GRR: {
      name: 'GRR',
      description: 'Gross revenue retention: espansione esclusa, perdite contate.',
      params: {
        ledger: LEDGER,
        period: PERIOD,
        months: WINDOW,
      },
    },
    QUICKRATIO: {
      name: 'QUICK.RATIO',
      description: '(Nuove attivazioni + espansione + riattivazione) ÷ (contrazione + abbandono) del periodo.',
      params: {
        ledger: LEDGER,
        period: PERIOD,
      },
    },
    COHORTS: {
      name: 'COORTI',
      description: 'Triangolo delle coorti: quota di clienti (o di MRR) di ogni coorte ancora attivi dopo k mesi.',
      params: {
        ledger: LEDGER,
        basis: ['base', '"customers" (quota di clienti, predefinito) o "mrr" (quota di MRR).'],
      },
    },
    ARPA: {
      name: 'ARPA',
      description: 'Ricavo medio ricorrente mensile per cliente attivo.',
      params: {
        mrr_or_ledger: [
          'mrr_o_registro',
          'MRR (numero, o una riga o colonna sommata) — oppure un registro abbonamenti con la riga di intestazione.',
        ],
        customers_or_period: [
          'clienti_o_periodo',
          'Con un MRR: il numero di clienti. Con un registro: il periodo (predefinito l’ultimo).',
        ],
      },
    },
    CLV: {
      name: 'CLV',
      description: 'Customer lifetime value: ARPA × margine ÷ tasso di abbandono.',
      params: {
        arpa: ['arpa', 'Ricavo medio per cliente in un periodo (mese o anno).'],
        churn: [
          'abbandono',
          'Tasso di abbandono dei clienti su un periodo della stessa durata, come frazione in (0, 1].',
        ],
        gross_margin: GROSS_MARGIN,
      },
    },
    CUSTOMERVALUE: {
      name: 'VALORE.CLIENTE',
      description: 'Valore semplice del cliente: ricavi dal cliente − costo di acquisizione.',
      params: {
        revenue: ['ricavi', 'Ricavi generati dal cliente (numero o intervallo, sommato).'],
        acquisition_cost: ['costo_acquisizione', 'Costo per acquisire il cliente.'],
      },
    },
    CAC: {
      name: 'CAC',
      description: 'Costo di acquisizione clienti: costi per acquisire nuovi clienti ÷ nuovi clienti.',
      params: {
        acquisition_spend: ['spese_acquisizione', 'Costi di marketing e vendita per acquisire nuovi clienti.'],
        new_customers: ['nuovi_clienti', 'Numero di nuovi clienti acquisiti.'],
      },
    },
    LTVCAC: {
      name: 'LTV.CAC',
      description: 'Rapporto customer lifetime value ÷ costo di acquisizione.',
      params: {
        clv: ['clv', 'Customer lifetime value.'],
        cac: ['cac', 'Costo di acquisizione clienti.'],
      },
    },
    PAYBACK: {
      name: 'RECUPERO.CAC',
      description: 'Mesi per recuperare il costo di acquisizione: CAC ÷ (ARPA × margine).',
      params: {
        cac: ['cac', 'Costo di acquisizione clienti.'],
        arpa: ['arpa', 'Ricavo mensile per cliente (ARPA).'],
        gross_margin: GROSS_MARGIN,
      },
    },
    CONTRIBUTION: {
      name: 'CONTRIBUTO.CLIENTE',
      description: 'Contributo del cliente: ricavo medio per cliente − costo medio del venduto.',
      params: {
        revenue_per_customer: ['ricavo_per_cliente', 'Ricavo medio per cliente.'],
        cogs_per_customer: ['costo_per_cliente', 'Costo medio del venduto per cliente.'],
      },
    },
    RECURRINGSHARE: {
      name: 'QUOTA.RICORRENTE',
      description: 'Quota dei ricavi che è ricorrente.',
      params: {
        recurring_revenue: ['ricavi_ricorrenti', 'Ricavi ricorrenti del periodo.'],
        total_revenue: ['ricavi_totali', 'Ricavi totali del periodo.'],
      },
    },
    COGS: {
      name: 'COSTO.VENDUTO',
      description: 'Costo del venduto: licenze + manodopera + consegna.',
      params: {
        licensing: ['licenze', 'Costi delle licenze (numero o intervallo, sommato).'],
        labour: ['manodopera', 'Costi della manodopera (numero o intervallo, sommato).'],
        delivery: ['consegna', 'Costi di consegna (numero o intervallo, sommato).'],
      },
    },
    GROSSMARGIN: {
      name: 'MARGINE.LORDO',
      description: 'Margine lordo: (ricavi − costo del venduto) ÷ ricavi.',
      params: {
        revenue: PERIOD_REVENUE,
        cogs: ['costo_venduto', 'Costo del venduto dello stesso periodo.'],
      },
    },
    NOI: {
      name: 'REDDITO.OPERATIVO',
      description: 'Reddito operativo netto: ricavi totali − spese operative.',
      params: {
        revenue: PERIOD_REVENUE,
        operating_expenses: ['spese_operative', 'Spese operative dello stesso periodo.'],
      },
    },
    NOIMARGIN: {
      name: 'MARGINE.OPERATIVO',
      description: 'Reddito operativo netto ÷ ricavi.',
      params: {
        revenue: PERIOD_REVENUE,
        operating_expenses: ['spese_operative', 'Spese operative dello stesso periodo.'],
      },
    },
    ADMINRATIO: {
      name: 'INCIDENZA.AMMINISTRATIVA',
      description: 'Spese amministrative ÷ ricavi.',
      params: {
        admin_expenses: ['spese_amministrative', 'Spese amministrative: locali, IT interno, spese di ufficio …'],
        revenue: PERIOD_REVENUE,
      },
    },
    WORKINGCAPITAL: {
      name: 'CAPITALE.CIRCOLANTE',
      description: 'Capitale circolante: attività correnti − passività correnti.',
      params: {
        current_assets: ['attivita_correnti', 'Attività correnti (numero o intervallo, sommato).'],
        current_liabilities: ['passivita_correnti', 'Passività correnti (numero o intervallo, sommato).'],
      },
    },
    CPL: {
      name: 'COSTO.PER.LEAD',
      description: 'Costo per lead: spese di marketing ÷ lead.',
      params: {
        marketing_spend: ['spese_marketing', 'Spese di marketing totali.'],
        leads: ['lead', 'Numero di lead generati.'],
      },
    },
    CONVERSION: {
      name: 'TASSO.CONVERSIONE',
      description: 'Tasso di conversione: conversioni ÷ opportunità.',
      params: {
        conversions: ['conversioni', 'Numero di conversioni.'],
        opportunities: ['opportunita', "Numero di persone o lead che ne hanno avuto l'occasione."],
      },
    },
    COSTPERHIRE: {
      name: 'COSTO.PER.ASSUNZIONE',
      description: 'Costo per assunzione: costi di selezione ÷ assunzioni.',
      params: {
        hiring_costs: ['costi_selezione', 'Costi di selezione, colloqui, inserimento e formazione.'],
        hires: ['assunzioni', 'Numero di assunzioni.'],
      },
    },
    TURNOVER: {
      name: 'TURNOVER.PERSONALE',
      description: 'Turnover dei dipendenti: uscite ÷ organico medio.',
      params: {
        departures: ['uscite', 'Numero di dipendenti usciti nel periodo.'],
        average_headcount: ['organico_medio', 'Organico medio nello stesso periodo.'],
      },
    },
    UTILIZATION: {
      name: 'TASSO.UTILIZZO',
      description: 'Tasso di utilizzo delle risorse: ore fatturabili ÷ ore disponibili.',
      params: {
        billable_hours: ['ore_fatturabili', 'Totale delle ore fatturabili.'],
        available_hours: ['ore_disponibili', 'Totale delle ore disponibili delle risorse.'],
      },
    },
    AVAILABILITY: {
      name: 'DISPONIBILITA',
      description: 'Disponibilità: 1 − minuti di fermo ÷ minuti del periodo.',
      params: {
        downtime_minutes: ['minuti_fermo', 'Minuti di fermo.'],
        period_minutes: ['minuti_periodo', 'Minuti del periodo misurato.'],
      },
    },
    ONBOARDINGTIME: {
      name: 'TEMPO.ONBOARDING',
      description: "Giorni dall'avvio dell'onboarding di un cliente all'operatività.",
      params: {
        start_dates: ['date_inizio', "Date di inizio dell'onboarding."],
        live_dates: ['date_operativita', 'Date di entrata in esercizio, nello stesso ordine.'],
        statistic: STATISTIC,
      },
    },
    PROACTIVERATE: {
      name: 'TASSO.PROATTIVO',
      description: "Quota di problemi risolti prima che colpiscano l'utente.",
      params: {
        resolved_before_failure: ['risolti_prima_guasto', "Problemi risolti prima che colpissero l'utente."],
        total_issues: ['problemi_totali', 'Numero totale di problemi.'],
      },
    },
    ACTIVERATIO: {
      name: 'QUOTA.UTENTI.ATTIVI',
      description: 'Utenti attivi ÷ utenti totali.',
      params: {
        active_users: ['utenti_attivi', 'Numero di utenti attivi.'],
        total_users: ['utenti_totali', 'Numero totale di utenti.'],
      },
    },
    SLA: {
      name: 'RISPETTO.SLA',
      description: 'Quota di ticket risolti entro lo SLA, da una tabella di ticket.',
      params: {
        tickets: TICKET_TABLE,
        target_hours: TARGET_HOURS,
        business_hours: BUSINESS_HOURS,
        holidays: HOLIDAYS,
      },
    },
    RESPONSESLA: {
      name: 'RISPETTO.SLA.RISPOSTA',
      description: 'Quota dei ticket con prima risposta entro lo SLA.',
      params: {
        tickets: TICKET_TABLE,
        target_hours: TARGET_HOURS,
        business_hours: BUSINESS_HOURS,
        holidays: HOLIDAYS,
      },
    },
    SLARATE: {
      name: 'TASSO.SLA',
      description: 'Ticket risolti entro lo SLA ÷ ticket totali.',
      params: {
        met: ['rispettati', 'Ticket risolti entro lo SLA.'],
        total: ['totale', 'Ticket totali.'],
      },
    },
    FRT: {
      name: 'TEMPO.PRIMA.RISPOSTA',
      description: 'Tempo di prima risposta in ore (media, mediana, p90 o max).',
      params: {
        tickets: TICKET_TABLE,
        statistic: STATISTIC,
        business_hours: BUSINESS_HOURS,
        holidays: HOLIDAYS,
      },
    },
    TTR: {
      name: 'TEMPO.RISOLUZIONE',
      description: 'Tempo di risoluzione in ore sui ticket risolti (media, mediana, p90 o max).',
      params: {
        tickets: TICKET_TABLE,
        statistic: STATISTIC,
        business_hours: BUSINESS_HOURS,
        holidays: HOLIDAYS,
      },
    },
    FCR: {
      name: 'RISOLUZIONE.PRIMO.CONTATTO',
      description: 'Quota di ticket risolti al primo contatto.',
      params: {
        tickets: TICKET_TABLE,
      },
    },
    BACKLOG: {
      name: 'TICKET.APERTI',
      description: 'Ticket creati e non risolti a una data (predefinito: i ticket aperti).',
      params: {
        tickets: TICKET_TABLE,
        as_of: ['alla_data', 'Data di riferimento; predefinita l’ultima data della tabella.'],
      },
    },
    TICKETSPERENDPOINT: {
      name: 'TICKET.PER.ENDPOINT',
      description: 'Ticket per endpoint al mese.',
      params: {
        tickets: ['ticket', 'Un numero di ticket, o la tabella dei ticket con la riga di intestazione.'],
        endpoints: ['endpoint', 'Numero di endpoint gestiti.'],
        months: [
          'mesi',
          'Mesi coperti dai ticket; con una tabella, predefinito (ultima − prima creazione) ÷ (365,25/12), almeno 1.',
        ],
      },
    },
    TICKETSBYPERIOD: {
      name: 'TICKET.PER.PERIODO',
      description: 'Tabella dei ticket per mese, settimana o giorno: aperti, chiusi, arretrati, SLA, tempi.',
      params: {
        tickets: TICKET_TABLE,
        interval: ['intervallo', '"month" (mese, predefinito), "week" (settimana) o "day" (giorno).'],
      },
    },
    TICKETSBYCLIENT: {
      name: 'TICKET.PER.CLIENTE',
      description: 'Tabella dei ticket per cliente: numero, aperti, ore, tempo di risoluzione, SLA.',
      params: {
        tickets: TICKET_TABLE,
      },
    },
    TICKETSBY: {
      name: 'TICKET.PER',
      description:
        'Tabella dei ticket per valore di una colonna (priorità, tecnico, cliente…): numero, aperti, SLA, tempi mediani, ore e un totale.',
      params: {
        tickets: TICKET_TABLE,
        column: ['colonna', 'Intestazione della colonna da raggruppare (testo) o il suo numero (1 = prima).'],
        target_hours: TARGET_HOURS,
        business_hours: BUSINESS_HOURS,
        holidays: HOLIDAYS,
      },
    },
    CSAT: {
      name: 'SODDISFAZIONE.CLIENTE',
      description: 'Punteggio CSAT: risposte positive ÷ risposte al sondaggio.',
      params: {
        responses: ['risposte', 'Risposte al sondaggio: punteggi o parole (positivo, neutro, negativo …).'],
        positive_min: ['minimo_positivo', 'Punteggio minimo di una risposta positiva (predefinito 4, scala 1–5).'],
      },
    },
    CES: {
      name: 'SFORZO.CLIENTE',
      description: 'Customer effort score medio.',
      params: {
        scores: ['punteggi', 'Punteggi di sforzo del cliente.'],
      },
    },
    BENCHMARK: {
      name: 'VALUTAZIONE.KPI',
      description: 'Valutazione di un valore KPI: eccellente, sano, da monitorare o intervenire ora.',
      params: {
        kpi: KPI,
        value: KPI_VALUE,
        language: LANGUAGE,
      },
    },
    TARGET: {
      name: 'OBIETTIVO.KPI',
      description: 'Soglia di un KPI: sano (predefinito) o eccellente.',
      params: {
        kpi: KPI,
        level: ['livello', '"healthy" (sano, predefinito) o "best" (eccellente).'],
      },
    },
    ADVICE: {
      name: 'CONSIGLIO',
      description: 'Cosa fare quando un KPI è da monitorare o richiede un intervento ("" altrimenti).',
      params: {
        kpi: KPI,
        value: KPI_VALUE,
        language: LANGUAGE,
      },
    },
    COLUMNS: {
      name: 'COLONNE.LETTE',
      description:
        'Ciò che le funzioni leggono in una tabella di ticket o in un registro: struttura, ordine delle date, colonne, valori, vuote, problemi.',
      params: {
        table: ['tabella', 'Una tabella di ticket o un registro degli abbonamenti, con la riga di intestazione.'],
        language: LANGUAGE,
      },
    },
    KPIS: {
      name: 'INDICATORI',
      description: 'Tabella del catalogo dei benchmark: KPI, nome, unità, direzione, soglie, fonte.',
      params: {
        language: LANGUAGE,
      },
    },
  },
  errors: {
    place: 'riga {row}, colonna {col}{header} dell’intervallo',
    row: 'riga {row}',
    tooManyArgs: 'accetta al massimo {max} argomenti, ricevuti {count}.',
    notFinite: 'il risultato non è un numero finito.',
    overflow: 'la somma di {arg} supera quanto Excel può contenere.',
    notANumber: '{arg} deve essere un numero, ricevuto "{value}".',
    notSingle: '{arg} deve essere un singolo valore, non un intervallo.',
    unsupportedCell:
      'una cella contiene un valore di tipo {value}, che qui non si può leggere: usa un testo, un numero o una data.',
    required: '{arg} è obbligatorio.',
    notAnOption: '{arg} "{value}" non è uno tra {accepted}.',
    negative: '{arg} non può essere negativo (ricevuto {value}).',
    zero: '{arg} è zero.',
    exceeds: '{arg} ({value}) non può superare {arg2} ({value2}).',
    belowMin: '{arg} deve essere almeno {min} (ricevuto {value}).',
    notAbove: '{arg} deve essere maggiore di {min} (ricevuto {value}).',
    aboveMax: '{arg} deve essere al massimo {max} (ricevuto {value}).',
    notWhole: '{arg} deve essere un numero intero (ricevuto {value}).',
    dateArg: '{arg} deve essere una data (una data di Excel o un testo ISO come 2025-03-31), ricevuto "{value}".',
    cellNotADate: '{cell}: "{value}" non è una data (usa una data di Excel o un testo ISO come 2025-03-05).',
    ticketDate: '{cell}: "{value}" non è una data; usa una data di Excel o un testo ISO come 2025-03-05 14:30.',
    dateOrderConflict:
      '{cell} ("{value}") può essere solo giorno/mese/anno e {cell2} ("{value2}") solo mese/giorno/anno: una tabella non può mescolare i due ordini.',
    currencyMix:
      '{cell}: la colonna della valuta contiene più valute ({currencies}); importi in valute diverse non vengono mai sommati.',
    ticketDuration: '{cell}: "{value}" non è una durata (un numero, o h:mm).',
    negativeDuration: '{cell}: una durata non può essere negativa (ricevuto {value}).',
    notAFlag: '{cell}: "{value}" non è un valore sì/no (usa VERO/FALSO, 1/0, sì/no, rispettato/violato, entro/fuori).',
    earlierThanCreated: '{cell}: {header} ({when}) è precedente a {header2} ({start}).',
    notAnAnswer:
      '{cell}: "{value}" non è un punteggio né una parola di soddisfazione (positivo/neutro/negativo, soddisfatto/insoddisfatto, buono/cattivo, 👍/👎 …).',
    notAScore: '{cell}: "{value}" non è un numero.',
    unknownLanguage: '{arg} "{value}" non è uno tra {accepted}.',
    missingColumn: 'la tabella dei ticket non ha una colonna "{role}": è attesa un’intestazione come {headers}.',
    missingColumnOr:
      'la tabella dei ticket non ha una colonna "{role}": è attesa un’intestazione come {headers} o una colonna "{role2}" ({headers2}).',
    ticketsNotCount:
      '{arg} deve essere un numero di ticket o una tabella dei ticket con la riga di intestazione, ricevuto "{value}".',
    noHeaderRecognised:
      '{arg} deve essere un numero di ticket o una tabella dei ticket con le intestazioni nella prima riga; nessuna intestazione riconosciuta (attese ad es. {headers}).',
    noFirstResponse: 'nessun ticket ha un tempo di prima risposta.',
    noResolution: 'nessun ticket ha un tempo di risoluzione.',
    noCreationDate: 'nessun ticket ha una data di creazione.',
    noMonthsCovered: 'nessun ticket ha una data di creazione per misurare i mesi coperti; indica {arg}.',
    tooManyTicketPeriods:
      'i ticket vanno dal {first} al {last}: {count} periodi, più di {max} righe. Controlla queste date, o usa un intervallo più lungo.',
    noSlaData:
      'nessun dato SLA: indica {arg}, o aggiungi una colonna "SLA rispettato" ({slaHeaders}) o una colonna di scadenza ({dueHeaders}) con una colonna di risoluzione.',
    noSlaYet: 'nessun ticket ha ancora dati SLA (nessun indicatore, o nessuno risolto o scaduto).',
    noFirstContact: 'nessun ticket ha un indicatore di risoluzione al primo contatto.',
    noSurveyAnswer: '{arg} non contiene alcuna risposta al sondaggio.',
    noScores: '{arg} non contiene alcun numero.',
    sameShape: '{arg} e {arg2} devono avere la stessa forma.',
    liveBeforeStart: '{cell}: la data è precedente alla data di inizio.',
    noOnboardingPair: 'nessun cliente ha sia una data di inizio sia una data di entrata in esercizio.',
    singlePeriod: 'il registro ha un solo periodo: i movimenti partono dal secondo periodo.',
    baselinePeriod: 'il primo periodo del registro è la base di partenza: non ha movimenti.',
    billingNotWord: '{cell} "{value}" non è né un numero di mesi né uno tra {accepted}.',
    billingNotNumber: '{cell} deve essere un numero di mesi o una parola di fatturazione, non {value}.',
    billingNotPositive: '{cell} deve essere maggiore di 0 (ricevuto {value}).',
    billingShape:
      '{arg} deve essere un solo valore o un intervallo della stessa forma di {arg2} ({rows}×{cols}), ricevuto {gotRows}×{gotCols}.',
    noBenchmark: 'nessun benchmark per il kpi "{value}"; il catalogo contiene {accepted} (vedi MSP.KPIS).',
    benchmarkValue: '{arg} deve essere un numero, ricevuto {value}.',
    benchmarkNegative: '{arg} {value} è impossibile per {kpi}, che non può essere negativo.',
    benchmarkShare: '{arg} {value} supera il 100 %: {kpi} è una frazione (digita 0,95 o 95 %, non 95).',
    noBestThreshold: '{kpi} non ha una soglia "eccellente" nel catalogo.',
    periodNotValue: '{arg} deve essere un numero, un’etichetta o una data di periodo, non {value}.',
    notAPeriod:
      '{arg} {value} non è un periodo del registro: indica da 1 a {count}, o un periodo della sua intestazione ({first} … {last}).',
    windowTooLong:
      'una finestra di {months} periodi che termina a {period} inizia prima del primo periodo del registro ({first}).',
    windowTooLongOne:
      'una finestra di 1 periodo che termina a {period} inizia prima del primo periodo del registro ({first}).',
    noCustomers: 'il registro non ha righe di clienti sotto l’intestazione.',
    negativeAmount: 'l’importo del registro in {cell} è negativo ({value}); l’MRR deve essere 0 o più.',
    amountNotNumber: 'l’importo del registro in {cell} non è un numero ("{value}").',
    noCustomerName: 'la riga {row} del registro ha importi ma nessun cliente in {cell}.',
    customerNotName: 'il cliente del registro in {cell} deve essere un nome o un numero, ricevuto {value}.',
    ledgerDate:
      'la data del registro in {cell} è {value}: usa una data di Excel o un testo ISO come 2025-03-05 o 2025-03.',
    ledgerDateBlank:
      'la data del registro in {cell} è vuota: usa una data di Excel o un testo ISO come 2025-03-05 o 2025-03.',
    ledgerSpan:
      'le date del registro vanno dal {first} (riga {firstRow}) al {last} (riga {lastRow}), più di {years} anni: cerca una data digitata male.',
    longLayoutMissing:
      'il registro sembra in formato lungo (trovato {found}) ma non ha una colonna {missing}. Un registro lungo richiede {hint}; un registro largo ha i clienti nella prima colonna e i periodi nell’intestazione.',
    noLedgerHeader:
      'il registro ha bisogno di una riga di intestazione: i clienti nella prima colonna e i periodi (date o testo come 2025-01) a seguire.',
    headerNotPeriod:
      'l’intestazione del registro in {cell} deve essere un periodo (una data o un testo come 2025-01), ricevuto {value}.',
    headerBlank:
      'l’intestazione del registro in {cell} deve essere un periodo (una data o un testo come 2025-01), ma è vuota.',
    periodTwice: 'il periodo "{value}" compare due volte nell’intestazione del registro ({cell}).',
    periodsOutOfOrder:
      'i periodi del registro devono andare da sinistra a destra nel tempo: "{value}" in {cell} viene prima del periodo alla sua sinistra.',
    valueWithoutPeriod:
      'la cella del registro in {cell} contiene un valore ma la sua colonna non ha un periodo nell’intestazione.',
    hoursUnknownWord:
      '{arg}: "{value}" non è un giorno, un orario né un fuso orario (scrivere per esempio "lun-ven 08:00-18:00 Europe/Rome").',
    hoursUnexpected: '{arg}: "{value}" è fuori posto (scrivere per esempio "lun-ven 08:00-18:00; sab 09:00-12:00").',
    hoursBadTime: '{arg}: "{value}" non è un\'ora del giorno (da 00:00 a 24:00).',
    hoursIncompleteRange: '{arg}: a "{value}" manca l\'ora di chiusura (per esempio 08:00-18:00).',
    hoursInvertedRange: '{arg}: in "{value}" l\'ora di chiusura deve seguire quella di apertura.',
    hoursOverlap: '{arg}: "{value}" si sovrappone a un\'altra fascia dello stesso giorno.',
    hoursMissingDays: '{arg}: "{value}" non è preceduto da alcun giorno (per esempio "lun-ven 08:00-18:00").',
    hoursMissingTimes: '{arg}: "{value}" non è seguito da alcun orario (per esempio "lun-ven 08:00-18:00").',
    hoursNeverOpen: '{arg} non è mai aperto: indicare almeno un giorno con orario.',
    hoursUnknownZone:
      '{arg}: "{value}" non è un fuso orario noto (usare per esempio Europe/Rome o UTC+01:00, al massimo ±14 h).',
    hoursBadGrid:
      '{arg} deve essere un testo o un intervallo di 7 righe (da lunedì a domenica) × 2 colonne (apertura, chiusura), ricevuto {value}.',
    hoursBadCell: '{cell}: "{value}" non è un\'ora del giorno.',
    holidayNotADate: '{cell}: "{value}" non è una data.',
    targetsShape: '{arg} deve essere un numero o un intervallo di 2 colonne (priorità, ore), ricevuto {rows}×{cols}.',
    targetNotHours: '{cell}: "{value}" non è un numero di ore.',
    targetNotPositive: '{cell} deve superare 0 ore (ricevuto {value}).',
    targetNoPriority: '{cell}: un obiettivo richiede la sua priorità.',
    targetsEmpty: '{arg} non contiene alcun obiettivo.',
    priorityNotListed: '{cell}: la priorità "{value}" non ha un obiettivo in {arg} (che elenca {accepted}).',
    noResponseSlaData:
      'nessun dato di SLA di risposta: indicare {arg}, o aggiungere una colonna di SLA di risposta ({slaHeaders}) o di scadenza della risposta ({dueHeaders}) con una colonna di prima risposta.',
    noSuchColumn: '{arg} "{value}" non è un\'intestazione dei ticket (intestazioni: {accepted}).',
    columnOutside: "{arg} {value} non è una colonna dei ticket: indicare da 1 a {count}, o un'intestazione.",
    unexpected: 'errore imprevisto: {detail}',
    referencedError: 'una cella a cui si fa riferimento contiene {code}.',
  },
  quantities: {
    revenueMinusCogs: 'ricavi − costo_venduto',
    revenueMinusOpex: 'ricavi − spese_operative',
    arpaTimesMargin: 'arpa × margine_lordo',
    customersLost: 'clienti persi',
    customersKept: 'clienti mantenuti',
    atStart: 'clienti attivi all’inizio della finestra',
    mrrAtEnd: 'MRR di quei clienti alla fine',
    mrrKept: 'MRR mantenuto',
    mrrLost: 'MRR perso',
    mrrGained: 'MRR acquisito (nuovo + espansione + riattivazione)',
    mrrShrunk: 'MRR perso (contrazione + abbandono)',
    mrrAtStart: 'MRR dei clienti attivi all’inizio della finestra',
    periodMrr: 'MRR del periodo',
    activeCustomers: 'clienti attivi nel periodo',
  },
  inputColumns: {
    layout: 'Struttura',
    tickets: 'Tabella dei ticket',
    ledgerLong: 'Registro, una riga per cliente e periodo',
    ledgerWide: 'Registro, una colonna per periodo',
    dateOrder: 'Ordine delle date',
    dmy: 'giorno/mese/anno',
    mdy: 'mese/giorno/anno',
    proven: '{order} (provato)',
    assumed: '{order} (presunto)',
    noTextDates: 'nessuna data scritta come testo numerico',
    problems: '{count}; la prima: {place}: "{value}"',
    ledgerRoles: {
      customer: 'cliente',
      period: 'periodo',
      amount: 'importo',
      currency: 'valuta',
      periods: 'periodi',
    },
  },
  columnRoles: {
    id: 'numero di ticket',
    client: 'cliente',
    priority: 'priorità',
    status: 'stato',
    created: 'data di creazione',
    firstResponse: 'data di prima risposta',
    firstResponseTime: 'tempo di prima risposta',
    resolved: 'data di risoluzione',
    closed: 'data di chiusura',
    resolutionTime: 'tempo di risoluzione',
    due: 'scadenza di risoluzione',
    slaMet: 'SLA rispettato',
    responseDue: 'scadenza della prima risposta',
    responseSlaMet: 'SLA di risposta rispettato',
    firstContact: 'risolto al primo contatto',
    hours: 'ore lavorate',
  },
  manifest: {
    displayName: 'MSP KPI per Excel',
    description:
      'Funzioni KPI e fogli di benchmark per gli MSP: abbandono, movimenti MRR, SLA, tempi di risposta, margini.',
    getStartedTitle: 'MSP KPI è pronto',
    groupLabel: 'KPI MSP',
    buttonLabel: 'KPI MSP',
    getStartedDescription:
      'Digita =MSP. in una cella per le funzioni KPI, oppure apri KPI MSP nella scheda Home per creare un foglio di benchmark.',
    buttonTooltip: 'Apri la procedura guidata MSP KPI per creare scorecard e fogli di benchmark.',
  },
  wizard: {
    title: 'KPI per MSP',
    stepOf: 'Passo {step} di {total}',
    steps: { template: 'Modello', data: 'Dati', options: 'Opzioni', build: 'Crea' },
    templates: {
      scorecard: 'Scorecard',
      scorecardHelp: 'Tutti i KPI semplici con celle di input, valutati rispetto ai benchmark.',
      serviceDesk: 'Service desk',
      serviceDeskHelp: "SLA, tempi di risposta e risoluzione, arretrato e tendenze da un'esportazione di ticket.",
      recurringRevenue: 'Ricavi ricorrenti',
      recurringRevenueHelp: 'Movimenti MRR, abbandono, mantenimento e coorti da un registro abbonamenti.',
      benchmarks: 'Benchmark di riferimento',
      benchmarksHelp: 'Il catalogo dei benchmark con soglie e fonti.',
    },
    data: {
      selection: "Usa l'intervallo selezionato",
      table: 'Usa una tabella di Excel',
      sample: 'Usa dati di esempio',
      sampleHelp: 'Prima viene scritta una tabella di esempio realistica in un nuovo foglio.',
      pickTable: 'Scegli una tabella',
      noTables: 'Questa cartella di lavoro non contiene tabelle di Excel.',
      noSelection: "Seleziona l'intervallo con i tuoi dati, intestazioni comprese.",
      detected: 'Cosa è stato trovato',
      range: 'Intervallo: {address}',
      tableRange: 'Tabella: {name} ({address})',
      columnsFound: 'Colonne trovate: {columns}',
      columnFor: '{role}: {header}',
      ticketsOne: '{count} ticket',
      customersOne: '{count} cliente',
      periodsOne: '{count} periodo: {first}',
      kpisBuilt: 'Sul foglio',
      eachFrom: 'Ciascuno da: {columns}',
      kpisNotBuilt: 'Non sul foglio con questi dati',
      kpiNeedsColumn: 'serve una colonna: {roles}',
      dataNeedsColumn: 'Nessuna colonna trovata per: {roles}. Il foglio ne ha bisogno.',
      waitsForEndpoints:
        'mostrato quando indicate il numero di endpoint gestiti (passaggio Opzioni, o la sua cella di input sul foglio)',
      acceptedHeaders: 'Intestazioni riconosciute per le colonne mancanti',
      periodsAcross: 'periodi nell’intestazione ({first} … {last})',
      layoutWide: 'Struttura: una riga per cliente, una colonna per periodo',
      layoutLong: 'Struttura: una riga per cliente e periodo',
      periods: '{count} periodi, da {first} a {last}',
      customers: '{count} clienti',
      tickets: '{count} ticket',
      dateOrder: 'Ordine delle date: {order}',
      asOf: 'Ultima data: {date}',
      problems: 'Problemi trovati',
      noProblem: 'Nessun problema trovato.',
      onePeriod: 'Il registro ha un solo periodo: movimenti, abbandono e retention ne richiedono almeno due.',
    },
    roles: {
      id: 'N. ticket',
      client: 'Cliente',
      priority: 'Priorità',
      status: 'Stato',
      created: 'Creazione',
      firstResponse: 'Prima risposta',
      firstResponseDuration: 'Tempo di prima risposta',
      resolved: 'Risoluzione',
      closed: 'Chiuso',
      due: 'Scadenza',
      slaMet: 'SLA rispettato',
      responseDue: 'Scadenza risposta',
      responseSlaMet: 'SLA di risposta rispettato',
      firstContact: 'Risolto al primo contatto',
      hours: 'Ore',
      customer: 'Cliente',
      period: 'Periodo',
      amount: 'Importo',
      resolutionDuration: 'Tempo di risoluzione',
      csat: 'Soddisfazione (CSAT)',
    },
    options: {
      period: 'Periodo',
      periodLatest: 'Ultimo periodo',
      window: 'Finestra (mesi)',
      interval: 'Raggruppa i ticket per',
      intervalMonth: 'Mese',
      intervalWeek: 'Settimana',
      intervalDay: 'Giorno',
      currency: 'Simbolo di valuta',
      endpoints: 'Numero di endpoint gestiti',
      endpointsHelp: 'Necessario per i ticket per endpoint.',
      businessHours: 'Orario lavorativo',
      businessHoursHelp: 'Come nel contratto, per esempio lun-ven 08:00-18:00 Europe/Rome. Vuoto: 24 ore su 24 (24x7).',
      holidays: 'Festivi',
      holidaysHelp: 'Giorni di chiusura, separati da virgole o spazi (2025-12-25, 2025-12-26).',
      targets: 'Obiettivi SLA per priorità',
      targetsHelp: 'Ore per rispondere e per risolvere; modificabili poi nel foglio.',
      language: 'Lingua delle etichette',
    },
    buttons: {
      next: 'Avanti',
      back: 'Indietro',
      build: 'Crea',
      refresh: 'Aggiorna',
      startOver: 'Ricomincia',
    },
    build: {
      building: 'Creazione del foglio…',
      built: 'Foglio "{sheet}" creato.',
      refreshed: 'Foglio "{sheet}" aggiornato.',
      nothingToRefresh: 'Questo foglio non è stato creato dalla procedura guidata: non c’è nulla da aggiornare.',
      reportFormulas: 'Formule: {count}',
      reportTables: 'Tabelle dinamiche: {count}',
      reportCharts: 'Grafici: {count}',
    },
    errors: {
      notFound: 'I dati o il foglio necessari non esistono più (rinominati o eliminati?). Scegliete di nuovo i dati.',
      nameTaken: 'Un altro foglio ha preso lo stesso nome nello stesso momento. Riprovate.',
      protected: 'La cartella di lavoro è protetta o di sola lettura: non si può aggiungere un foglio.',
      tooLarge:
        'Una sola riga di questi dati supera ciò che Excel può trasmettere in una risposta (5 MB in Excel per il web): una cella contiene probabilmente un testo molto lungo. Selezionate solo le colonne che servono al modello, oppure usate la riga di comando msp-kpi.',
      oldExcel:
        'Questa versione di Excel non ha una funzione necessaria alla procedura guidata (Excel API 1.12). Aggiornate Excel o usate Excel per il web.',
      unexpected: 'Excel non è riuscito a terminare ({detail}). Riprovate tra un momento.',
      settingsNotStored:
        'Le impostazioni di creazione non sono state salvate sul foglio, quindi Aggiorna non funzionerebbe.',
      leftover: 'Il foglio incompleto "{sheet}" non è stato rimosso: eliminatelo a mano.',
      nothingChanged: 'Non è stato scritto nulla: la cartella di lavoro è com’era.',
      noSample: 'Questo modello non ha bisogno di dati.',
    },
    pane: {
      stepsLabel: 'Passaggi della procedura guidata',
      templateTitle: 'Scegliete un modello',
      templateCaption: 'Ogni modello crea un nuovo foglio con formule MSP.* sempre aggiornate.',
      dataTitle: 'Scegliete i dati',
      dataCaption: 'Non viene creato nulla prima dell’ultimo passaggio.',
      noDataScorecard:
        'La scorecard ha celle di input: digiterete le vostre cifre nel foglio creato. Non servono dati.',
      noDataBenchmarks: 'Il benchmark di riferimento elenca il catalogo con le fonti. Non servono dati.',
      selectionHelp:
        'L’intervallo selezionato in Excel, con la riga di intestazione. Una sola cella indica la tabella che la circonda.',
      tableHelp: 'Una tabella Excel formattata di questa cartella di lavoro.',
      checkAgain: 'Controlla di nuovo',
      checking: 'Lettura dei dati…',
      writeSample: 'Scrivi i dati di esempio',
      sampleWritten: 'Dati di esempio scritti in "{sheet}" ({rows} righe).',
      optionsTitle: 'Impostate le opzioni',
      optionsCaption: 'Potrete modificare le celle di input nel foglio creato.',
      periodHint: 'Lasciate vuoto per l’ultimo periodo ({last}). I periodi vanno da {first} a {last}.',
      buildTitle: 'Create il foglio',
      buildCaption: 'Viene aggiunto e attivato un nuovo foglio; nessuno dei vostri fogli viene modificato.',
      dataNone: 'Nessuno',
      buildsTitle: 'Fogli creati dalla procedura guidata',
      buildsHelp:
        'Aggiorna ricrea un foglio dai dati attuali con le impostazioni salvate nella cartella di lavoro: funziona per chiunque apra la cartella.',
      noBuilds: 'Nessun foglio creato dalla procedura guidata finora.',
      refreshing: 'Aggiornamento di "{sheet}"…',
      refreshLabel: 'Aggiorna "{sheet}"',
      needTemplate: 'Scegliete un modello per continuare.',
      needSource: 'Scegliete da dove provengono i dati.',
      needTable: 'Scegliete una tabella.',
      needCheck: 'Non è stato ancora possibile leggere i dati. Selezionateli e scegliete Controlla di nuovo.',
      needSample: 'Scrivete prima i dati di esempio.',
      stillChecking: 'Attendete la fine della lettura dei dati.',
      dataUnusable: 'Questi dati non sono utilizzabili così come sono: vedete i problemi trovati.',
      badCurrency: 'Digitate un simbolo di valuta (da 1 a 5 caratteri), per esempio € o CHF.',
      badEndpoints:
        'Digitate un numero intero maggiore di zero, oppure lasciate vuoto e compilatelo più tardi nel foglio.',
      badBusinessHours: 'Questo orario non è leggibile: {reason}',
      badHolidays: 'Scrivere i festivi come date, per esempio 2025-12-25, separate da virgole.',
      badTarget: 'Digitare un numero di ore maggiore di zero.',
      noOffice: 'Aprite questa pagina da Excel: la procedura guidata ha bisogno di Excel.',
    },
  },
  /** Column headers of the spilled tables, per function and column id (the declarations' `columns`). */
  spillHeaders: {
    MRRMOVES: {
      period: 'Periodo',
      startingMrr: 'MRR iniziale',
      new: 'Nuove attivazioni',
      expansion: 'Espansione',
      reactivation: 'Riattivazione',
      contraction: 'Contrazione',
      churn: 'Abbandono',
      endingMrr: 'MRR finale',
      customers: 'Clienti',
      churnedCustomers: 'Clienti persi',
      customerChurn: 'Tasso di abbandono',
    },
    COHORTS: { cohort: 'Coorte', customers: 'Clienti' },
    TICKETSBYPERIOD: {
      periodStart: 'Inizio periodo',
      opened: 'Aperti',
      resolved: 'Risolti',
      net: 'Saldo',
      backlog: 'Arretrato',
      slaMet: 'SLA rispettato',
      avgFirstResponse: 'Prima risposta media (h)',
      avgResolution: 'Risoluzione media (h)',
    },
    TICKETSBYCLIENT: {
      client: 'Cliente',
      tickets: 'Ticket',
      open: 'Aperti',
      hours: 'Ore',
      avgResolution: 'Risoluzione media (h)',
      slaMet: 'SLA rispettato',
    },
    TICKETSBY: {
      group: 'Gruppo',
      tickets: 'Ticket',
      open: 'Aperti',
      slaMet: 'SLA rispettato',
      responseSlaMet: 'SLA di risposta rispettato',
      medianFirstResponse: 'Prima risposta mediana (h)',
      medianResolution: 'Risoluzione mediana (h)',
      hours: 'Ore',
    },
    COLUMNS: {
      role: 'Ruolo',
      column: 'Colonna',
      header: 'Intestazione',
      values: 'Valori',
      blank: 'Vuote',
      problems: 'Problemi',
    },
    KPIS: {
      kpi: 'KPI',
      name: 'Nome',
      unit: 'Unità',
      better: 'Meglio se',
      healthy: 'Sano',
      best: 'Eccellente',
      source: 'Fonte',
    },
  },
  spillLabels: { blank: '(vuoto)', total: 'Totale' },
  sheet: {
    titles: {
      scorecard: 'Scorecard MSP',
      serviceDesk: 'KPI del service desk',
      recurringRevenue: 'KPI dei ricavi ricorrenti',
      benchmarks: 'Benchmark MSP di riferimento',
    },
    asOf: 'Al {date}',
    dataSource: 'Dati: {source}',
    kpi: 'KPI',
    value: 'Valore',
    healthyTarget: 'Obiettivo sano',
    bestInClass: 'Eccellente',
    rating: 'Valutazione',
    advice: 'Consiglio',
    inputs: 'Dati di input',
    input: 'Input',
    sources: 'Fonti',
    sourceLine: '{kpi}: {source}',
    notRated: 'Nessun benchmark',
    movementsTitle: 'Movimenti MRR',
    cohortsTitle: 'Coorti',
    ticketsByPeriodTitle: 'Ticket per periodo',
    ticketsByClientTitle: 'Ticket per cliente',
    endpoints: 'Endpoint gestiti',
    businessHours: 'Orario lavorativo (vuoto = 24x7)',
    holidays: 'Festivi (date)',
    targetsTitle: 'Obiettivi SLA per priorità (ore)',
    targetPriority: 'Priorità',
    targetResponse: 'Risposta (h)',
    targetResolution: 'Risoluzione (h)',
    ticketsByPriorityTitle: 'Ticket per priorità',
    window: 'Finestra: {months} mesi',
    kpiLabels: {
      RESPONSESLA: 'Rispetto dello SLA di risposta',
      FRT: 'Tempo di prima risposta (ore)',
      TTR: 'Tempo di risoluzione (ore)',
      BACKLOG: 'Ticket aperti (arretrato)',
      MRR: 'MRR del periodo',
      ARPA: 'Ricavo medio per cliente (ARPA)',
      GRR: 'Retention lorda dei ricavi (GRR)',
      churnWindow: 'Abbandono clienti (finestra di {months} mesi)',
      churnYear: 'Abbandono clienti (ultimi 12 mesi)',
      churnAnnualised: 'Abbandono clienti (annualizzato)',
      windowed: '{kpi} (finestra di {months} mesi)',
      lastYear: '{kpi} (ultimi 12 mesi)',
    },
    annualisedNote: 'Meno di un anno di storico: l’abbandono della finestra composto su 12 mesi.',
    notComputed: '{kpi}: non calcolato da questi dati ({reason})',
    inputLabels: {
      csatPositive: 'Risposte positive',
      csatResponses: 'Risposte al sondaggio',
      fcrFirstContact: 'Risolti al primo contatto',
      fcrTickets: 'Ticket',
    },
    scorecardHelp: 'Inserite i vostri dati nelle celle gialle: valori, valutazioni e consigli si aggiornano subito.',
    thresholdsUsd:
      'Le soglie di costo (costo per lead, costo per assunzione) sono gli importi in USD delle fonti: confrontate con cautela in un’altra valuta.',
    otherKpis: 'Altri KPI (senza benchmark)',
    benchmarksHelp: 'Le soglie di riferimento con le loro fonti, come le usano le funzioni di valutazione.',
    sampleTicketsSheet: 'Ticket di esempio',
    sampleLedgerSheet: 'Abbonamenti di esempio',
  },
};
