import type { Messages, ParamText } from './en';

/** Parameter texts shared by the functions in which the parameter means exactly the same. */
const LEDGER: ParamText = ['register', 'Abonnementregister: Kunden × Perioden oder eine Zeile je Kunde und Periode.'];
const PERIOD: ParamText = [
  'periode',
  'Periode: Spaltennummer (1 = erste) oder Beschriftung / Datum; Standard die letzte.',
];
const WINDOW: ParamText = ['monate', 'Länge des Zeitfensters in Perioden (k); Standard 1.'];
const TICKET_TABLE: ParamText = ['tickets', 'Tickettabelle mit Kopfzeile (PSA-Export).'];
const STATISTIC: ParamText = ['statistik', '"mean" (Mittelwert, Standard), "median", "p90" oder "max".'];
const TARGET_HOURS: ParamText = [
  'zielstunden',
  'Ziel in Stunden: eine Zahl oder ein Bereich mit 2 Spalten Priorität → Stunden (P1 = 1 = Priorität 1).',
];
const BUSINESS_HOURS: ParamText = [
  'servicezeiten',
  'Vertragliche Servicezeiten: Text wie "Mo-Fr 08:00-18:00 Europe/Berlin" oder 7 Zeilen (Montag…Sonntag) × Öffnungs- und Schließzeit; Standard 24x7.',
];
const HOLIDAYS: ParamText = ['feiertage', 'Ganztägig geschlossene Tage (Datumsbereich wie bei NETTOARBEITSTAGE.INTL).'];
const KPI: ParamText = ['kpi', 'KPI-Kennung, zum Beispiel "CHURN" oder "SLA" (siehe MSP.KPIS).'];
const KPI_VALUE: ParamText = ['wert', 'Zu bewertender KPI-Wert.'];
const LANGUAGE: ParamText = ['sprache', 'Sprache: en, fr, nl, it oder de (Standard en).'];
const GROSS_MARGIN: ParamText = ['bruttomarge', 'Bruttomarge (Anteil); Standard 1.'];
const PERIOD_REVENUE: ParamText = ['umsatz', 'Gesamtumsatz der Periode (Zahl oder Bereich, summiert).'];

/** Deutsch — translated from the English and French seed texts (there is no German seed). */
export const de: Messages = {
  languages: { en: 'Englisch', fr: 'Französisch', nl: 'Niederländisch', it: 'Italienisch', de: 'Deutsch' },
  ratings: { best: 'Spitzenklasse', healthy: 'Gesund', watch: 'Beobachten', act: 'Jetzt handeln' },
  better: { higher: 'Höher', lower: 'Niedriger' },
  units: {
    percent: '%',
    percentPerYear: '% pro Jahr',
    usd: 'USD',
    ratio: 'Verhältnis (×)',
    perEndpointMonth: 'Tickets pro Endgerät und Monat',
  },
  basis: { secondary: 'Sekundärquelle', projectDefault: 'Projektvorgabe' },
  basisNote: '{level}: {basis}',
  kpiNames: {
    CHURN: 'Kundenabwanderung (jährlich)',
    SLA: 'SLA-Einhaltung',
    CSAT: 'Kundenzufriedenheit (CSAT)',
    NOIMARGIN: 'Netto-Betriebsergebnismarge',
    ADMINRATIO: 'Verwaltungskosten / Umsatz',
    GROSSMARGIN: 'Bruttomarge (Managed Services)',
    CPL: 'Kosten pro Lead',
    CONVERSION: 'Konversionsrate',
    COSTPERHIRE: 'Kosten pro Einstellung',
    TURNOVER: 'Mitarbeiterfluktuation (jährlich)',
    TICKETSPERENDPOINT: 'Tickets pro Endgerät und Monat',
    FCR: 'Lösung beim Erstkontakt',
    UTILIZATION: 'Ressourcenauslastung',
    RECURRINGSHARE: 'Anteil wiederkehrender Umsätze',
    NRR: 'Netto-Umsatzbindung (NRR)',
    LTVCAC: 'Verhältnis CLV / CAC',
    QUICKRATIO: 'SaaS-Quick-Ratio',
  },
  advice: {
    CHURN:
      'Finden Sie heraus, warum Kunden Ihren Service nicht mehr wollen, und beheben Sie die Probleme schnell. Suchen Sie nach Mustern bei den Abgängen: vor allem kleine, unrentable Kunden? Überprüfen Sie Ihre Zielkunden. Beschwerden über den Support? Prüfen Sie Ticket-Triage und Customer Success. Sprechen Sie regelmäßig mit Kunden, führen Sie vierteljährliche Business Reviews durch, verbessern Sie das Onboarding und modernisieren Sie Ihr Angebot.',
    SLA: 'Prüfen Sie Ihr Ticketmanagement und Ihre Teams: Wie priorisieren Sie Tickets? Ist die Lösung wiederkehrender Probleme dokumentiert oder, besser noch, automatisiert? Sind Ihre Techniker überlastet, und lässt sich die Arbeitslast neu verteilen?',
    CSAT: 'Sprechen Sie mit Ihren Kunden: Fragen Sie nach ihrer Meinung, melden Sie sich regelmäßig und führen Sie ehrliche, offene Gespräche. Nutzen Sie das Feedback, um Ihre Techniker in sozialen Kompetenzen zu schulen, und teilen Sie den CSAT-Wert mit Ihrem Support-Team.',
    NOIMARGIN:
      'Das Netto-Betriebsergebnis liegt unter 10 % des Umsatzes: Suchen Sie nach Wegen, die Kosten zu senken oder den Umsatz zu steigern.',
    ADMINRATIO:
      'Die Verwaltungskosten übersteigen 20 % des Umsatzes: Bringen Sie die Gemeinkosten (Räume, interne IT, Bürokosten) unter Kontrolle, um eine höhere Rentabilität zu sichern.',
    GROSSMARGIN:
      'Halten Sie die Lieferkosten (Lizenzen, Arbeit, Bereitstellung) unter Kontrolle, optimieren Sie Ihre Prozesse und überprüfen Sie Ihre Preise, um die Marge zu erhöhen.',
    CPL: 'Sprechen Sie Kundensegmente mit hohem Wert an, investieren Sie mehr in die Kanäle mit den meisten Konversionen, optimieren Sie Botschaften und Website und konzentrieren Sie den Vertrieb auf die Strategien, die für Ihr MSP am besten funktionieren.',
    CONVERSION:
      'Überprüfen Sie Marketing und Vertrieb: Ist Ihre Website mit klaren Handlungsaufforderungen auf Konversion optimiert? Verfolgen Sie Leads mit persönlichen Maßnahmen, und führt Ihr Vertriebsprozess schnell zu einer Entscheidung? Kürzere Formulare und Verkaufsskripte, die auf die Probleme der Käufer eingehen, machen einen großen Unterschied.',
    COSTPERHIRE:
      'Standardisieren Sie den Einstellungsprozess, geben Sie weniger für Jobbörsen und Headhunter aus, die nichts bringen, und setzen Sie auf eigene Empfehlungen, schaffen Sie ein positives Onboarding und investieren Sie in Ihren Talentpool, damit Sie seltener einstellen müssen.',
    TURNOVER:
      'Verstehen Sie, warum Mitarbeitende gehen: Austrittsgespräche, Engagement-Umfragen und regelmäßige Gespräche. Werden Ihre Techniker von Tickets überrollt, unterstützen die Führungskräfte sie, gibt es klare Entwicklungswege? Schaffen Sie eine Kultur, in der sich Mitarbeitende unterstützt und wertgeschätzt fühlen und wachsen können.',
    TICKETSPERENDPOINT:
      'Analysieren Sie Ihre Kunden, Techniker und Technologie: Halten Kunden bewährte Praktiken ein, lassen sich Onboarding und Schulung verbessern, kehren dieselben Probleme immer wieder? Automatisieren oder dokumentieren Sie sie für eine schnellere Lösung.',
    FCR: 'Geben Sie dem First-Level-Support, was er braucht, um Anfragen beim ersten Kontakt zu lösen: Dokumentieren Sie wiederkehrende Probleme, automatisieren Sie gängige Lösungen und leiten Sie Tickets von Anfang an zu den richtigen Fähigkeiten.',
    UTILIZATION:
      'Ermitteln Sie, wie viel Zeit für nicht abrechenbare Arbeit verloren geht, und setzen Sie Ihre Ressourcen gezielt ein; automatisieren Sie Routineaufgaben, damit Techniker mehr abrechenbare Arbeit leisten.',
    RECURRINGSHARE:
      'Steigern Sie den wiederkehrenden Umsatz: Analysieren Sie Ihren Kundenstamm und Upselling-Möglichkeiten, überführen Sie Kunden in Managed-Verträge, bündeln Sie Ihre Dienste in Paketen und modernisieren Sie Ihr Angebot.',
    NRR: 'Der Umsatz mit Bestandskunden schrumpft: Verringern Sie Abwanderung und Kontraktion, führen Sie vierteljährliche Business Reviews durch und betreiben Sie Upselling, wo der Kunde davon profitiert.',
    LTVCAC:
      'Der Kundenwert (CLV) muss deutlich über den Akquisitionskosten liegen: Verbessern Sie Marketing, Vertrieb und Kundenbindung (Onboarding, vierteljährliche Reviews, Upselling, Preise im Einklang mit dem gelieferten Wert).',
    QUICKRATIO:
      'Verluste (Abwanderung und Kontraktion) zehren den Großteil Ihres Wachstums auf: Finden Sie heraus, warum Kunden gehen oder weniger ausgeben, und stärken Sie Neugeschäft und Expansion.',
  },
  functions: {
    MRR: {
      name: 'MRR',
      description: 'Monatlich wiederkehrender Umsatz: Summe der Beträge ÷ abgerechnete Monate.',
      params: {
        amounts: ['beträge', 'Abgerechnete Beträge (Zahl oder Bereich).'],
        billing_months: [
          'abrechnungsmonate',
          'Monate, die jeder Betrag abdeckt (1, 3, 12 … oder monatlich, vierteljährlich, jährlich, einmalig); Standard 1.',
        ],
      },
    },
    MRRMOVES: {
      name: 'MRR.BEWEGUNGEN',
      description: 'Tabelle der MRR-Bewegungen je Periode: neu, Expansion, Reaktivierung, Kontraktion, Abwanderung.',
      params: {
        ledger: LEDGER,
      },
    },
    CHURN: {
      name: 'ABWANDERUNG',
      description:
        'Kundenabwanderung (oder MRR-Abwanderung) im Zeitfenster bis zur Periode, aus einem Abonnementregister.',
      params: {
        ledger: LEDGER,
        period: PERIOD,
        months: WINDOW,
        basis: ['basis', '"customers" (Kunden, Standard) oder "mrr" für die Brutto-MRR-Abwanderung (1 − GRR).'],
      },
    },
    CHURNRATE: {
      name: 'ABWANDERUNGSRATE',
      description: 'Verlorene Kunden ÷ Kunden zu Beginn der Periode.',
      params: {
        lost: ['verloren', 'In der Periode verlorene Kunden.'],
        at_start: ['zu_beginn', 'Kunden zu Beginn der Periode.'],
      },
    },
    RETENTION: {
      name: 'KUNDENBINDUNG',
      description: 'Kundenbindungsrate: 1 − Abwanderungsrate.',
      params: {
        ledger: LEDGER,
        period: PERIOD,
        months: WINDOW,
      },
    },
    NRR: {
      name: 'NRR',
      description: 'Netto-Umsatzbindung der Kunden, die zu Beginn des Zeitfensters aktiv waren.',
      params: {
        ledger: LEDGER,
        period: PERIOD,
        months: WINDOW,
      },
    },
    GRR: {
      name: 'GRR',
      description: 'Brutto-Umsatzbindung: ohne Expansion, Verluste mitgezählt.',
      params: {
        ledger: LEDGER,
        period: PERIOD,
        months: WINDOW,
      },
    },
    QUICKRATIO: {
      name: 'QUICK.RATIO',
      description: '(Neu + Expansion + Reaktivierung) ÷ (Kontraktion + Abwanderung) der Periode.',
      params: {
        ledger: LEDGER,
        period: PERIOD,
      },
    },
    COHORTS: {
      name: 'KOHORTEN',
      description:
        'Kohortendreieck: Anteil der Kunden (oder des MRR) jeder Kohorte, der nach k Monaten noch aktiv ist.',
      params: {
        ledger: LEDGER,
        basis: ['basis', '"customers" (Anteil der Kunden, Standard) oder "mrr" (Anteil am MRR).'],
      },
    },
    ARPA: {
      name: 'ARPA',
      description: 'Durchschnittlicher monatlicher Umsatz je aktivem Kunden.',
      params: {
        mrr_or_ledger: [
          'mrr_oder_register',
          'MRR (Zahl oder eine summierte Zeile bzw. Spalte) — oder ein Abonnementregister mit Kopfzeile.',
        ],
        customers_or_period: [
          'kunden_oder_periode',
          'Mit einem MRR: die Anzahl der Kunden. Mit einem Register: die Periode (Standard die letzte).',
        ],
      },
    },
    CLV: {
      name: 'CLV',
      description: 'Kundenwert über die Lebensdauer: ARPA × Marge ÷ Abwanderungsrate.',
      params: {
        arpa: ['arpa', 'Durchschnittlicher Umsatz je Kunde in einer Periode (Monat oder Jahr).'],
        churn: ['abwanderung', 'Kundenabwanderungsrate für eine gleich lange Periode, als Anteil in (0, 1].'],
        gross_margin: GROSS_MARGIN,
      },
    },
    CUSTOMERVALUE: {
      name: 'KUNDENWERT',
      description: 'Einfacher Kundenwert: Umsatz mit dem Kunden − Akquisitionskosten.',
      params: {
        revenue: ['umsatz', 'Vom Kunden erzielter Umsatz (Zahl oder Bereich, summiert).'],
        acquisition_cost: ['akquisitionskosten', 'Kosten für die Gewinnung des Kunden.'],
      },
    },
    CAC: {
      name: 'CAC',
      description: 'Kundenakquisitionskosten: Akquisitionsausgaben ÷ Neukunden.',
      params: {
        acquisition_spend: ['akquisitionsausgaben', 'Marketing- und Vertriebsausgaben für die Gewinnung neuer Kunden.'],
        new_customers: ['neukunden', 'Anzahl gewonnener Neukunden.'],
      },
    },
    LTVCAC: {
      name: 'CLV.CAC',
      description: 'Verhältnis Kundenwert ÷ Akquisitionskosten.',
      params: {
        clv: ['clv', 'Kundenwert über die Lebensdauer.'],
        cac: ['cac', 'Kundenakquisitionskosten.'],
      },
    },
    PAYBACK: {
      name: 'AMORTISATIONSDAUER',
      description: 'Monate bis die Akquisitionskosten wieder eingespielt sind: CAC ÷ (ARPA × Marge).',
      params: {
        cac: ['cac', 'Kundenakquisitionskosten.'],
        arpa: ['arpa', 'Monatlicher Umsatz je Kunde (ARPA).'],
        gross_margin: GROSS_MARGIN,
      },
    },
    CONTRIBUTION: {
      name: 'DECKUNGSBEITRAG',
      description: 'Kundendeckungsbeitrag: Umsatz je Kunde − Umsatzkosten je Kunde.',
      params: {
        revenue_per_customer: ['umsatz_je_kunde', 'Durchschnittlicher Umsatz je Kunde.'],
        cogs_per_customer: ['umsatzkosten_je_kunde', 'Durchschnittliche Umsatzkosten je Kunde.'],
      },
    },
    RECURRINGSHARE: {
      name: 'ANTEIL.WIEDERKEHREND',
      description: 'Anteil des wiederkehrenden Umsatzes am Gesamtumsatz.',
      params: {
        recurring_revenue: ['wiederkehrender_umsatz', 'Wiederkehrender Umsatz der Periode.'],
        total_revenue: ['gesamtumsatz', 'Gesamtumsatz der Periode.'],
      },
    },
    COGS: {
      name: 'UMSATZKOSTEN',
      description: 'Umsatzkosten: Lizenzen + Arbeit + Bereitstellung.',
      params: {
        licensing: ['lizenzen', 'Lizenzkosten (Zahl oder Bereich, summiert).'],
        labour: ['arbeit', 'Arbeitskosten (Zahl oder Bereich, summiert).'],
        delivery: ['bereitstellung', 'Bereitstellungskosten (Zahl oder Bereich, summiert).'],
      },
    },
    GROSSMARGIN: {
      name: 'BRUTTOMARGE',
      description: 'Bruttomarge: (Umsatz − Umsatzkosten) ÷ Umsatz.',
      params: {
        revenue: PERIOD_REVENUE,
        cogs: ['umsatzkosten', 'Umsatzkosten derselben Periode.'],
      },
    },
    NOI: {
      name: 'BETRIEBSERGEBNIS',
      description: 'Netto-Betriebsergebnis: Gesamtumsatz − Betriebsausgaben.',
      params: {
        revenue: PERIOD_REVENUE,
        operating_expenses: ['betriebsausgaben', 'Betriebsausgaben derselben Periode.'],
      },
    },
    NOIMARGIN: {
      name: 'BETRIEBSERGEBNIS.MARGE',
      description: 'Netto-Betriebsergebnis ÷ Umsatz.',
      params: {
        revenue: PERIOD_REVENUE,
        operating_expenses: ['betriebsausgaben', 'Betriebsausgaben derselben Periode.'],
      },
    },
    ADMINRATIO: {
      name: 'VERWALTUNGSQUOTE',
      description: 'Verwaltungskosten ÷ Umsatz.',
      params: {
        admin_expenses: ['verwaltungskosten', 'Verwaltungskosten: Räume, interne IT, Bürokosten …'],
        revenue: PERIOD_REVENUE,
      },
    },
    WORKINGCAPITAL: {
      name: 'BETRIEBSKAPITAL',
      description: 'Betriebskapital: Umlaufvermögen − kurzfristige Verbindlichkeiten.',
      params: {
        current_assets: ['umlaufvermögen', 'Umlaufvermögen (Zahl oder Bereich, summiert).'],
        current_liabilities: [
          'kurzfristige_verbindlichkeiten',
          'Kurzfristige Verbindlichkeiten (Zahl oder Bereich, summiert).',
        ],
      },
    },
    CPL: {
      name: 'KOSTEN.PRO.LEAD',
      description: 'Kosten pro Lead: Marketingausgaben ÷ Leads.',
      params: {
        marketing_spend: ['marketingausgaben', 'Gesamte Marketingausgaben.'],
        leads: ['leads', 'Anzahl erzeugter Leads.'],
      },
    },
    CONVERSION: {
      name: 'KONVERSIONSRATE',
      description: 'Konversionsrate: Konversionen ÷ Gelegenheiten.',
      params: {
        conversions: ['konversionen', 'Anzahl der Konversionen.'],
        opportunities: ['gelegenheiten', 'Anzahl der Personen oder Leads, die die Gelegenheit hatten.'],
      },
    },
    COSTPERHIRE: {
      name: 'KOSTEN.PRO.EINSTELLUNG',
      description: 'Kosten pro Einstellung: Einstellungskosten ÷ Einstellungen.',
      params: {
        hiring_costs: [
          'einstellungskosten',
          'Kosten für Rekrutierung, Vorstellungsgespräche, Einarbeitung und Schulung.',
        ],
        hires: ['einstellungen', 'Anzahl der Einstellungen.'],
      },
    },
    TURNOVER: {
      name: 'FLUKTUATION',
      description: 'Mitarbeiterfluktuation: Abgänge ÷ durchschnittlicher Personalbestand.',
      params: {
        departures: ['abgänge', 'Anzahl der Abgänge in der Periode.'],
        average_headcount: [
          'durchschnittlicher_personalbestand',
          'Durchschnittlicher Personalbestand derselben Periode.',
        ],
      },
    },
    UTILIZATION: {
      name: 'AUSLASTUNG',
      description: 'Ressourcenauslastung: abrechenbare Stunden ÷ verfügbare Stunden.',
      params: {
        billable_hours: ['abrechenbare_stunden', 'Summe der abrechenbaren Stunden.'],
        available_hours: ['verfügbare_stunden', 'Summe der verfügbaren Ressourcenstunden.'],
      },
    },
    AVAILABILITY: {
      name: 'VERFUEGBARKEIT',
      description: 'Verfügbarkeit: 1 − Ausfallminuten ÷ Minuten der Periode.',
      params: {
        downtime_minutes: ['ausfallminuten', 'Minuten Ausfallzeit.'],
        period_minutes: ['periodenminuten', 'Minuten der gemessenen Periode.'],
      },
    },
    ONBOARDINGTIME: {
      name: 'ONBOARDINGDAUER',
      description: 'Tage vom Beginn des Onboardings eines Kunden bis zum Livegang.',
      params: {
        start_dates: ['startdaten', 'Startdaten des Onboardings.'],
        live_dates: ['livedaten', 'Daten des Livegangs, in derselben Reihenfolge.'],
        statistic: STATISTIC,
      },
    },
    PROACTIVERATE: {
      name: 'PROAKTIVQUOTE',
      description: 'Anteil der Probleme, die gelöst wurden, bevor sie den Benutzer trafen.',
      params: {
        resolved_before_failure: ['vor_ausfall_gelöst', 'Probleme, die gelöst wurden, bevor sie den Benutzer trafen.'],
        total_issues: ['probleme_gesamt', 'Gesamtzahl der Probleme.'],
      },
    },
    ACTIVERATIO: {
      name: 'AKTIVE.NUTZER.QUOTE',
      description: 'Aktive Benutzer ÷ Benutzer insgesamt.',
      params: {
        active_users: ['aktive_benutzer', 'Anzahl aktiver Benutzer.'],
        total_users: ['benutzer_gesamt', 'Gesamtzahl der Benutzer.'],
      },
    },
    SLA: {
      name: 'SLA.EINHALTUNG',
      description: 'Anteil der innerhalb des SLA gelösten Tickets, aus einer Tickettabelle.',
      params: {
        tickets: TICKET_TABLE,
        target_hours: TARGET_HOURS,
        business_hours: BUSINESS_HOURS,
        holidays: HOLIDAYS,
      },
    },
    RESPONSESLA: {
      name: 'SLA.EINHALTUNG.REAKTION',
      description: 'Anteil der Tickets mit erster Antwort innerhalb des SLA.',
      params: {
        tickets: TICKET_TABLE,
        target_hours: TARGET_HOURS,
        business_hours: BUSINESS_HOURS,
        holidays: HOLIDAYS,
      },
    },
    SLARATE: {
      name: 'SLA.QUOTE',
      description: 'Innerhalb des SLA gelöste Tickets ÷ Tickets insgesamt.',
      params: {
        met: ['eingehalten', 'Innerhalb des SLA gelöste Tickets.'],
        total: ['gesamt', 'Tickets insgesamt.'],
      },
    },
    FRT: {
      name: 'ERSTREAKTIONSZEIT',
      description: 'Erstreaktionszeit in Stunden (Mittelwert, Median, p90 oder Maximum).',
      params: {
        tickets: TICKET_TABLE,
        statistic: STATISTIC,
        business_hours: BUSINESS_HOURS,
        holidays: HOLIDAYS,
      },
    },
    TTR: {
      name: 'LOESUNGSZEIT',
      description: 'Lösungszeit in Stunden über die gelösten Tickets (Mittelwert, Median, p90 oder Maximum).',
      params: {
        tickets: TICKET_TABLE,
        statistic: STATISTIC,
        business_hours: BUSINESS_HOURS,
        holidays: HOLIDAYS,
      },
    },
    FCR: {
      name: 'ERSTLOESUNGSQUOTE',
      description: 'Anteil der beim Erstkontakt gelösten Tickets.',
      params: {
        tickets: TICKET_TABLE,
      },
    },
    BACKLOG: {
      name: 'OFFENE.TICKETS',
      description: 'Bis zu einem Datum erstellte und nicht gelöste Tickets (Standard: die offenen Tickets).',
      params: {
        tickets: TICKET_TABLE,
        as_of: ['stichtag', 'Stichtag; Standard das letzte Datum der Tabelle.'],
      },
    },
    TICKETSPERENDPOINT: {
      name: 'TICKETS.PRO.ENDGERAET',
      description: 'Tickets pro Endgerät und Monat.',
      params: {
        tickets: ['tickets', 'Eine Anzahl Tickets oder die Tickettabelle mit Kopfzeile.'],
        endpoints: ['endgeräte', 'Anzahl verwalteter Endgeräte.'],
        months: [
          'monate',
          'Monate, die die Tickets abdecken; bei einer Tabelle Standard (letzte − erste Erstellung) ÷ (365,25/12), mindestens 1.',
        ],
      },
    },
    TICKETSBYPERIOD: {
      name: 'TICKETS.NACH.ZEITRAUM',
      description: 'Tabelle der Tickets je Monat, Woche oder Tag: eröffnet, gelöst, offen, SLA, Zeiten.',
      params: {
        tickets: TICKET_TABLE,
        interval: ['intervall', '"month" (Monat, Standard), "week" (Woche) oder "day" (Tag).'],
      },
    },
    TICKETSBYCLIENT: {
      name: 'TICKETS.NACH.KUNDE',
      description: 'Tabelle der Tickets je Kunde: Anzahl, offen, Stunden, Lösungszeit, SLA.',
      params: {
        tickets: TICKET_TABLE,
      },
    },
    TICKETSBY: {
      name: 'TICKETS.NACH',
      description:
        'Tabelle der Tickets je Wert einer Spalte (Priorität, Techniker, Kunde…): Anzahl, offen, SLA, Medianzeiten, Stunden und eine Summe.',
      params: {
        tickets: TICKET_TABLE,
        column: ['spalte', 'Überschrift der Spalte, nach der gruppiert wird (Text), oder ihre Nummer (1 = erste).'],
        target_hours: TARGET_HOURS,
        business_hours: BUSINESS_HOURS,
        holidays: HOLIDAYS,
      },
    },
    CSAT: {
      name: 'KUNDENZUFRIEDENHEIT',
      description: 'CSAT-Wert: positive Antworten ÷ Antworten der Umfrage.',
      params: {
        responses: ['antworten', 'Antworten der Umfrage: Bewertungen oder Wörter (positiv, neutral, negativ …).'],
        positive_min: ['positiv_ab', 'Niedrigste Bewertung, die als positiv zählt (Standard 4, Skala 1–5).'],
      },
    },
    CES: {
      name: 'KUNDENAUFWAND',
      description: 'Durchschnittlicher Customer Effort Score.',
      params: {
        scores: ['bewertungen', 'Customer-Effort-Bewertungen.'],
      },
    },
    BENCHMARK: {
      name: 'BEWERTUNG',
      description: 'Bewertung eines KPI-Werts: Spitzenklasse, gesund, beobachten oder jetzt handeln.',
      params: {
        kpi: KPI,
        value: KPI_VALUE,
        language: LANGUAGE,
      },
    },
    TARGET: {
      name: 'ZIELWERT',
      description: 'Schwellenwert eines KPI: gesund (Standard) oder Spitzenklasse.',
      params: {
        kpi: KPI,
        level: ['stufe', '"healthy" (gesund, Standard) oder "best" (Spitzenklasse).'],
      },
    },
    ADVICE: {
      name: 'EMPFEHLUNG',
      description: 'Was zu tun ist, wenn ein KPI beobachtet werden muss oder Handeln verlangt (sonst "").',
      params: {
        kpi: KPI,
        value: KPI_VALUE,
        language: LANGUAGE,
      },
    },
    COLUMNS: {
      name: 'SPALTEN.GELESEN',
      description:
        'Was die Funktionen in einer Tickettabelle oder einem Journal lesen: Aufbau, Datumsreihenfolge, Spalten, Werte, leere Zellen, Probleme.',
      params: {
        table: ['tabelle', 'Eine Tickettabelle oder ein Abonnement-Journal mit Kopfzeile.'],
        language: LANGUAGE,
      },
    },
    KPIS: {
      name: 'KENNZAHLEN',
      description: 'Tabelle des Benchmark-Katalogs: KPI, Name, Einheit, Richtung, Schwellen, Quelle.',
      params: {
        language: LANGUAGE,
      },
    },
  },
  errors: {
    place: 'Zeile {row}, Spalte {col}{header} des Bereichs',
    row: 'Zeile {row}',
    tooManyArgs: 'nimmt höchstens {max} Argumente an, erhalten: {count}.',
    notFinite: 'das Ergebnis ist keine endliche Zahl.',
    overflow: 'die Summe von {arg} ist größer, als Excel speichern kann.',
    notANumber: '{arg} muss eine Zahl sein, erhalten: „{value}“.',
    notSingle: '{arg} muss ein einzelner Wert sein, kein Bereich.',
    unsupportedCell:
      'eine Zelle enthält einen Wert vom Typ {value}, der hier nicht lesbar ist: verwenden Sie Text, eine Zahl oder ein Datum.',
    required: '{arg} ist erforderlich.',
    notAnOption: '{arg} „{value}“ ist keiner der Werte {accepted}.',
    negative: '{arg} darf nicht negativ sein (erhalten: {value}).',
    zero: '{arg} ist null.',
    exceeds: '{arg} ({value}) darf {arg2} ({value2}) nicht übersteigen.',
    belowMin: '{arg} muss mindestens {min} sein (erhalten: {value}).',
    notAbove: '{arg} muss größer als {min} sein (erhalten: {value}).',
    aboveMax: '{arg} muss höchstens {max} sein (erhalten: {value}).',
    notWhole: '{arg} muss eine ganze Zahl sein (erhalten: {value}).',
    dateArg: '{arg} muss ein Datum sein (ein Excel-Datum oder ISO-Text wie 2025-03-31), erhalten: „{value}“.',
    cellNotADate: '{cell}: „{value}“ ist kein Datum (verwenden Sie ein Excel-Datum oder ISO-Text wie 2025-03-05).',
    ticketDate: '{cell}: „{value}“ ist kein Datum; verwenden Sie ein Excel-Datum oder ISO-Text wie 2025-03-05 14:30.',
    dateOrderConflict:
      '{cell} („{value}“) kann nur Tag/Monat/Jahr sein und {cell2} („{value2}“) nur Monat/Tag/Jahr: eine Tabelle kann nicht beide Reihenfolgen mischen.',
    currencyMix:
      '{cell}: die Währungsspalte enthält mehrere Währungen ({currencies}); Beträge in verschiedenen Währungen werden nie addiert.',
    ticketDuration: '{cell}: „{value}“ ist keine Dauer (eine Zahl oder h:mm).',
    negativeDuration: '{cell}: eine Dauer darf nicht negativ sein (erhalten: {value}).',
    notAFlag:
      '{cell}: „{value}“ ist kein Ja/Nein-Wert (verwenden Sie WAHR/FALSCH, 1/0, ja/nein, eingehalten/verletzt, innerhalb/außerhalb).',
    earlierThanCreated: '{cell}: {header} ({when}) liegt vor {header2} ({start}).',
    notAnAnswer:
      '{cell}: „{value}“ ist weder eine Bewertung noch ein Zufriedenheitswort (positiv/neutral/negativ, zufrieden/unzufrieden, gut/schlecht, 👍/👎 …).',
    notAScore: '{cell}: „{value}“ ist keine Zahl.',
    unknownLanguage: '{arg} „{value}“ ist keiner der Werte {accepted}.',
    missingColumn: 'die Tickettabelle hat keine Spalte „{role}“: erwartet wird eine Überschrift wie {headers}.',
    missingColumnOr:
      'die Tickettabelle hat keine Spalte „{role}“: erwartet wird eine Überschrift wie {headers} oder eine Spalte „{role2}“ ({headers2}).',
    ticketsNotCount: '{arg} muss eine Anzahl Tickets oder eine Tickettabelle mit Kopfzeile sein, erhalten: „{value}“.',
    noHeaderRecognised:
      '{arg} muss eine Anzahl Tickets oder eine Tickettabelle mit den Überschriften in der ersten Zeile sein; keine Überschrift erkannt (erwartet z. B. {headers}).',
    noFirstResponse: 'kein Ticket hat eine Erstreaktionszeit.',
    noResolution: 'kein Ticket hat eine Lösungszeit.',
    noCreationDate: 'kein Ticket hat ein Erstellungsdatum.',
    noMonthsCovered: 'kein Ticket hat ein Erstellungsdatum, um die abgedeckten Monate zu messen; geben Sie {arg} an.',
    tooManyTicketPeriods:
      'die Tickets reichen vom {first} bis {last}: {count} Perioden, mehr als {max} Zeilen. Prüfen Sie diese Daten oder verwenden Sie ein längeres Intervall.',
    noSlaData:
      'keine SLA-Daten: geben Sie {arg} an oder fügen Sie eine Spalte „SLA eingehalten“ ({slaHeaders}) oder eine Fälligkeitsspalte ({dueHeaders}) mit einer Spalte „Gelöst“ hinzu.',
    noSlaYet: 'noch kein Ticket hat SLA-Daten (kein Kennzeichen, oder keines gelöst oder überfällig).',
    noFirstContact: 'kein Ticket hat ein Kennzeichen für Lösung beim Erstkontakt.',
    noSurveyAnswer: '{arg} enthält keine Umfrageantwort.',
    noScores: '{arg} enthält keine Zahl.',
    sameShape: '{arg} und {arg2} müssen dieselbe Form haben.',
    liveBeforeStart: '{cell}: das Datum liegt vor dem Startdatum.',
    noOnboardingPair: 'kein Kunde hat sowohl ein Startdatum als auch ein Livegang-Datum.',
    singlePeriod: 'das Register hat nur eine Periode: Bewegungen beginnen mit der zweiten Periode.',
    baselinePeriod: 'die erste Periode des Registers ist die Ausgangsbasis: sie hat keine Bewegungen.',
    billingNotWord: '{cell} „{value}“ ist weder eine Anzahl Monate noch einer der Werte {accepted}.',
    billingNotNumber: '{cell} muss eine Anzahl Monate oder ein Abrechnungswort sein, nicht {value}.',
    billingNotPositive: '{cell} muss größer als 0 sein (erhalten: {value}).',
    billingShape:
      '{arg} muss ein einzelner Wert oder ein Bereich derselben Form wie {arg2} ({rows}×{cols}) sein, erhalten: {gotRows}×{gotCols}.',
    noBenchmark: 'kein Benchmark für KPI „{value}“; der Katalog enthält {accepted} (siehe MSP.KPIS).',
    benchmarkValue: '{arg} muss eine Zahl sein, erhalten: {value}.',
    benchmarkNegative: '{arg} {value} ist für {kpi} unmöglich, da es nicht negativ sein kann.',
    benchmarkShare: '{arg} {value} liegt über 100 %: {kpi} ist ein Anteil (geben Sie 0,95 oder 95 % ein, nicht 95).',
    noBestThreshold: '{kpi} hat keinen Schwellenwert „Spitzenklasse“ im Katalog.',
    periodNotValue: '{arg} muss eine Periodennummer, eine Beschriftung oder ein Datum sein, nicht {value}.',
    notAPeriod:
      '{arg} {value} ist keine Periode des Registers: geben Sie 1 bis {count} an oder eine Periode der Kopfzeile ({first} … {last}).',
    windowTooLong:
      'ein Zeitfenster von {months} Perioden, das bei {period} endet, beginnt vor der ersten Periode des Registers ({first}).',
    windowTooLongOne:
      'ein Zeitfenster von 1 Periode, das bei {period} endet, beginnt vor der ersten Periode des Registers ({first}).',
    noCustomers: 'das Register hat keine Kundenzeilen unter der Kopfzeile.',
    negativeAmount: 'der Betrag im Register in {cell} ist negativ ({value}); der MRR muss 0 oder mehr sein.',
    amountNotNumber: 'der Betrag im Register in {cell} ist keine Zahl („{value}“).',
    noCustomerName: 'Zeile {row} des Registers hat Beträge, aber keinen Kunden in {cell}.',
    customerNotName: 'der Kunde im Register in {cell} muss ein Name oder eine Nummer sein, erhalten: {value}.',
    ledgerDate:
      'das Datum im Register in {cell} ist {value}: verwenden Sie ein Excel-Datum oder ISO-Text wie 2025-03-05 oder 2025-03.',
    ledgerDateBlank:
      'das Datum im Register in {cell} ist leer: verwenden Sie ein Excel-Datum oder ISO-Text wie 2025-03-05 oder 2025-03.',
    ledgerSpan:
      'die Daten im Register reichen vom {first} (Zeile {firstRow}) bis {last} (Zeile {lastRow}), mehr als {years} Jahre: suchen Sie nach einem falsch eingegebenen Datum.',
    longLayoutMissing:
      'das Register sieht nach einem langen Layout aus (gefunden: {found}), hat aber keine Spalte {missing}. Ein langes Register braucht {hint}; ein breites Register hat die Kunden in der ersten Spalte und die Perioden in der Kopfzeile.',
    noLedgerHeader:
      'das Register braucht eine Kopfzeile: Kunden in der ersten Spalte und Perioden (Daten oder Text wie 2025-01) daneben.',
    headerNotPeriod:
      'die Überschrift im Register in {cell} muss eine Periode sein (ein Datum oder Text wie 2025-01), erhalten: {value}.',
    headerBlank:
      'die Überschrift im Register in {cell} muss eine Periode sein (ein Datum oder Text wie 2025-01), ist aber leer.',
    periodTwice: 'die Periode „{value}“ kommt in der Kopfzeile des Registers zweimal vor ({cell}).',
    periodsOutOfOrder:
      'die Perioden des Registers müssen zeitlich von links nach rechts verlaufen: „{value}“ in {cell} liegt vor der Periode links davon.',
    valueWithoutPeriod:
      'die Zelle des Registers in {cell} enthält einen Wert, aber ihre Spalte hat keine Periode in der Kopfzeile.',
    hoursUnknownWord:
      '{arg}: „{value}“ ist weder ein Tag noch eine Uhrzeit noch eine Zeitzone (schreiben Sie z. B. „Mo-Fr 08:00-18:00 Europe/Berlin“).',
    hoursUnexpected:
      '{arg}: „{value}“ steht an der falschen Stelle (schreiben Sie z. B. „Mo-Fr 08:00-18:00; Sa 09:00-12:00“).',
    hoursBadTime: '{arg}: „{value}“ ist keine Uhrzeit (00:00 bis 24:00).',
    hoursIncompleteRange: '{arg}: „{value}“ fehlt die Schließzeit (z. B. 08:00-18:00).',
    hoursInvertedRange: '{arg}: in „{value}“ muss die Schließzeit nach der Öffnungszeit liegen.',
    hoursOverlap: '{arg}: „{value}“ überschneidet sich mit einem anderen Zeitraum desselben Tages.',
    hoursMissingDays: '{arg}: vor „{value}“ steht kein Tag (z. B. „Mo-Fr 08:00-18:00“).',
    hoursMissingTimes: '{arg}: nach „{value}“ stehen keine Zeiten (z. B. „Mo-Fr 08:00-18:00“).',
    hoursNeverOpen: '{arg} ist nie geöffnet: geben Sie mindestens einen Tag mit Zeiten an.',
    hoursUnknownZone:
      '{arg}: „{value}“ ist keine bekannte Zeitzone (z. B. Europe/Berlin oder UTC+01:00, höchstens ±14 h).',
    hoursBadGrid:
      '{arg} muss Text sein oder ein Bereich mit 7 Zeilen (Montag bis Sonntag) × 2 Spalten (Öffnungs-, Schließzeit), erhalten {value}.',
    hoursBadCell: '{cell}: „{value}“ ist keine Uhrzeit.',
    holidayNotADate: '{cell}: „{value}“ ist kein Datum.',
    targetsShape:
      '{arg} muss eine Zahl oder ein Bereich mit 2 Spalten (Priorität, Stunden) sein, erhalten {rows}×{cols}.',
    targetNotHours: '{cell}: „{value}“ ist keine Stundenzahl.',
    targetNotPositive: '{cell} muss mehr als 0 Stunden sein (erhalten {value}).',
    targetNoPriority: '{cell}: ein Ziel braucht seine Priorität.',
    targetsEmpty: '{arg} enthält kein Ziel.',
    priorityNotListed: '{cell}: Priorität „{value}“ hat kein Ziel in {arg} (dort stehen {accepted}).',
    noResponseSlaData:
      'keine Reaktions-SLA-Daten: geben Sie {arg} an oder fügen Sie eine Reaktions-SLA-Spalte ({slaHeaders}) oder eine Spalte mit der Antwortfrist ({dueHeaders}) und eine Spalte der ersten Antwort hinzu.',
    noSuchColumn: '{arg} „{value}“ ist keine Überschrift von tickets (Überschriften: {accepted}).',
    columnOutside: '{arg} {value} ist keine Spalte von tickets: geben Sie 1 bis {count} oder eine Überschrift an.',
    unexpected: 'unerwarteter Fehler: {detail}',
    referencedError: 'eine referenzierte Zelle enthält {code}.',
  },
  quantities: {
    revenueMinusCogs: 'umsatz − umsatzkosten',
    revenueMinusOpex: 'umsatz − betriebsausgaben',
    arpaTimesMargin: 'arpa × bruttomarge',
    customersLost: 'verlorene Kunden',
    customersKept: 'gehaltene Kunden',
    atStart: 'zu Beginn des Zeitfensters aktive Kunden',
    mrrAtEnd: 'MRR dieser Kunden am Ende',
    mrrKept: 'gehaltener MRR',
    mrrLost: 'verlorener MRR',
    mrrGained: 'gewonnener MRR (neu + Erweiterung + Reaktivierung)',
    mrrShrunk: 'verlorener MRR (Verkleinerung + Abwanderung)',
    mrrAtStart: 'MRR der zu Beginn des Zeitfensters aktiven Kunden',
    periodMrr: 'MRR der Periode',
    activeCustomers: 'aktive Kunden in der Periode',
  },
  inputColumns: {
    layout: 'Aufbau',
    tickets: 'Tickettabelle',
    ledgerLong: 'Journal, eine Zeile je Kunde und Periode',
    ledgerWide: 'Journal, eine Spalte je Periode',
    dateOrder: 'Datumsreihenfolge',
    dmy: 'Tag/Monat/Jahr',
    mdy: 'Monat/Tag/Jahr',
    proven: '{order} (belegt)',
    assumed: '{order} (angenommen)',
    noTextDates: 'kein Datum als numerischer Text geschrieben',
    problems: '{count}; erste: {place}: „{value}“',
    ledgerRoles: {
      customer: 'Kunde',
      period: 'Periode',
      amount: 'Betrag',
      currency: 'Währung',
      periods: 'Perioden',
    },
  },
  columnRoles: {
    id: 'Ticketnummer',
    client: 'Kunde',
    priority: 'Priorität',
    status: 'Status',
    created: 'Erstellungszeit',
    firstResponse: 'Zeitpunkt der ersten Reaktion',
    firstResponseTime: 'Erstreaktionszeit',
    resolved: 'Lösungszeitpunkt',
    closed: 'Schließzeitpunkt',
    resolutionTime: 'Lösungszeit',
    due: 'Fälligkeit der Lösung',
    slaMet: 'SLA eingehalten',
    responseDue: 'Frist der ersten Antwort',
    responseSlaMet: 'Reaktions-SLA eingehalten',
    firstContact: 'Lösung beim Erstkontakt',
    hours: 'gearbeitete Stunden',
  },
  manifest: {
    displayName: 'MSP KPI für Excel',
    description:
      'KPI-Funktionen und Benchmark-Blätter für MSPs: Kundenabwanderung, MRR-Bewegungen, SLA, Reaktionszeiten, Margen.',
    getStartedTitle: 'MSP KPI ist bereit',
    groupLabel: 'MSP-KPI',
    buttonLabel: 'MSP-KPIs',
    getStartedDescription:
      'Geben Sie =MSP. in eine Zelle ein, um die KPI-Funktionen zu nutzen, oder öffnen Sie MSP-KPIs auf der Registerkarte Start, um ein Benchmark-Blatt zu erstellen.',
    buttonTooltip: 'Den MSP-KPI-Assistenten öffnen, um Scorecards und Benchmark-Blätter zu erstellen.',
  },
  wizard: {
    title: 'MSP-KPIs',
    stepOf: 'Schritt {step} von {total}',
    steps: { template: 'Vorlage', data: 'Daten', options: 'Optionen', build: 'Erstellen' },
    templates: {
      scorecard: 'Scorecard',
      scorecardHelp: 'Alle einfachen KPIs mit Eingabezellen, bewertet anhand der Benchmarks.',
      serviceDesk: 'Servicedesk',
      serviceDeskHelp: 'SLA, Reaktions- und Lösungszeiten, offene Tickets und Trends aus einem Ticketexport.',
      recurringRevenue: 'Wiederkehrender Umsatz',
      recurringRevenueHelp: 'MRR-Bewegungen, Abwanderung, Kundenbindung und Kohorten aus einem Abonnementregister.',
      benchmarks: 'Benchmark-Referenz',
      benchmarksHelp: 'Der Benchmark-Katalog mit Schwellenwerten und Quellen.',
    },
    data: {
      selection: 'Ausgewählten Bereich verwenden',
      table: 'Eine Excel-Tabelle verwenden',
      sample: 'Beispieldaten verwenden',
      sampleHelp: 'Zuerst wird eine realistische Beispieltabelle in ein neues Blatt geschrieben.',
      pickTable: 'Tabelle auswählen',
      noTables: 'Diese Arbeitsmappe enthält keine Excel-Tabellen.',
      noSelection: 'Wählen Sie den Bereich mit Ihren Daten einschließlich Überschriften aus.',
      detected: 'Gefunden',
      range: 'Bereich: {address}',
      tableRange: 'Tabelle: {name} ({address})',
      columnsFound: 'Gefundene Spalten: {columns}',
      columnFor: '{role}: {header}',
      ticketsOne: '{count} Ticket',
      customersOne: '{count} Kunde',
      periodsOne: '{count} Periode: {first}',
      kpisBuilt: 'Auf dem Blatt',
      eachFrom: 'Jeweils aus: {columns}',
      kpisNotBuilt: 'Mit diesen Daten nicht auf dem Blatt',
      kpiNeedsColumn: 'braucht eine Spalte: {roles}',
      dataNeedsColumn: 'Keine Spalte gefunden für: {roles}. Das Blatt braucht eine.',
      waitsForEndpoints:
        'erscheint, sobald Sie die Anzahl verwalteter Endpunkte angeben (Schritt Optionen oder die Eingabezelle auf dem Blatt)',
      acceptedHeaders: 'Erkannte Überschriften für die fehlenden Spalten',
      periodsAcross: 'Perioden in der Kopfzeile ({first} … {last})',
      layoutWide: 'Aufbau: eine Zeile je Kunde, eine Spalte je Periode',
      layoutLong: 'Aufbau: eine Zeile je Kunde und Periode',
      periods: '{count} Perioden, von {first} bis {last}',
      customers: '{count} Kunden',
      tickets: '{count} Tickets',
      dateOrder: 'Datumsreihenfolge: {order}',
      asOf: 'Letzter Zeitpunkt: {date}',
      problems: 'Gefundene Probleme',
      noProblem: 'Keine Probleme gefunden.',
      onePeriod: 'Das Register hat nur eine Periode: Bewegungen, Abwanderung und Bindung brauchen mindestens zwei.',
    },
    roles: {
      id: 'Ticketnummer',
      client: 'Kunde',
      priority: 'Priorität',
      status: 'Status',
      created: 'Erstellt',
      firstResponse: 'Erste Reaktion',
      firstResponseDuration: 'Erstreaktionszeit',
      resolved: 'Gelöst',
      closed: 'Geschlossen',
      due: 'Fällig',
      slaMet: 'SLA eingehalten',
      responseDue: 'Antwortfrist',
      responseSlaMet: 'Reaktions-SLA eingehalten',
      firstContact: 'Beim Erstkontakt gelöst',
      hours: 'Stunden',
      customer: 'Kunde',
      period: 'Periode',
      amount: 'Betrag',
      resolutionDuration: 'Lösungszeit',
      csat: 'Zufriedenheit (CSAT)',
    },
    options: {
      period: 'Periode',
      periodLatest: 'Letzte Periode',
      window: 'Zeitfenster (Monate)',
      interval: 'Tickets gruppieren nach',
      intervalMonth: 'Monat',
      intervalWeek: 'Woche',
      intervalDay: 'Tag',
      currency: 'Währungssymbol',
      endpoints: 'Anzahl verwalteter Endgeräte',
      endpointsHelp: 'Erforderlich für Tickets pro Endgerät.',
      businessHours: 'Servicezeiten',
      businessHoursHelp: 'Wie im Vertrag, z. B. Mo-Fr 08:00-18:00 Europe/Berlin. Leer: rund um die Uhr (24x7).',
      holidays: 'Feiertage',
      holidaysHelp: 'Ganztägig geschlossene Tage, durch Kommas oder Leerzeichen getrennt (2025-12-25, 2025-12-26).',
      targets: 'SLA-Ziele je Priorität',
      targetsHelp: 'Stunden bis zur Reaktion und bis zur Lösung; später im Blatt änderbar.',
      language: 'Sprache der Beschriftungen',
    },
    buttons: {
      next: 'Weiter',
      back: 'Zurück',
      build: 'Erstellen',
      refresh: 'Aktualisieren',
      startOver: 'Neu beginnen',
    },
    build: {
      building: 'Das Blatt wird erstellt…',
      built: 'Blatt „{sheet}“ erstellt.',
      refreshed: 'Blatt „{sheet}“ aktualisiert.',
      nothingToRefresh: 'Dieses Blatt wurde nicht vom Assistenten erstellt, daher gibt es nichts zu aktualisieren.',
      reportFormulas: 'Formeln: {count}',
      reportTables: 'Überlaufende Tabellen: {count}',
      reportCharts: 'Diagramme: {count}',
    },
    errors: {
      notFound:
        'Die benötigten Daten oder das Blatt gibt es nicht mehr (umbenannt oder gelöscht?). Wählen Sie die Daten erneut.',
      nameTaken: 'Ein anderes Blatt hat gleichzeitig denselben Namen erhalten. Versuchen Sie es erneut.',
      protected: 'Die Arbeitsmappe ist geschützt oder schreibgeschützt, daher kann kein Blatt hinzugefügt werden.',
      tooLarge:
        'Eine einzelne Zeile dieser Daten ist größer, als Excel in einer Antwort übergeben kann (5 MB in Excel im Web): Eine Zelle enthält vermutlich einen sehr langen Text. Wählen Sie nur die Spalten, die die Vorlage braucht, oder verwenden Sie die Befehlszeile msp-kpi.',
      oldExcel:
        'Dieser Excel-Version fehlt eine Funktion, die der Assistent braucht (Excel API 1.12). Aktualisieren Sie Excel oder verwenden Sie Excel im Web.',
      unexpected: 'Excel konnte den Vorgang nicht abschließen ({detail}). Versuchen Sie es gleich noch einmal.',
      settingsNotStored:
        'Die Erstellungseinstellungen konnten nicht im Blatt gespeichert werden, daher würde Aktualisieren nicht funktionieren.',
      leftover: 'Das unfertige Blatt „{sheet}“ konnte nicht entfernt werden: Löschen Sie es von Hand.',
      nothingChanged: 'Es wurde nichts geschrieben: Ihre Arbeitsmappe ist unverändert.',
      noSample: 'Diese Vorlage braucht keine Daten.',
    },
    pane: {
      stepsLabel: 'Schritte des Assistenten',
      templateTitle: 'Vorlage wählen',
      templateCaption: 'Jede Vorlage erstellt ein neues Blatt mit aktuellen MSP.*-Formeln.',
      dataTitle: 'Daten wählen',
      dataCaption: 'Erstellt wird erst im letzten Schritt.',
      noDataScorecard:
        'Die Scorecard hat Eingabezellen: Sie tragen Ihre eigenen Zahlen im erstellten Blatt ein. Es werden keine Daten benötigt.',
      noDataBenchmarks: 'Die Benchmark-Referenz zeigt den Katalog mit seinen Quellen. Es werden keine Daten benötigt.',
      selectionHelp:
        'Der in Excel markierte Bereich mit seiner Kopfzeile. Eine einzelne Zelle steht für die Tabelle um sie herum.',
      tableHelp: 'Eine formatierte Excel-Tabelle dieser Arbeitsmappe.',
      checkAgain: 'Erneut prüfen',
      checking: 'Daten werden gelesen…',
      writeSample: 'Beispieldaten schreiben',
      sampleWritten: 'Beispieldaten in „{sheet}“ geschrieben ({rows} Zeilen).',
      optionsTitle: 'Optionen festlegen',
      optionsCaption: 'Die Eingabezellen können Sie später im erstellten Blatt ändern.',
      periodHint: 'Leer lassen für die letzte Periode ({last}). Die Perioden reichen von {first} bis {last}.',
      buildTitle: 'Blatt erstellen',
      buildCaption: 'Ein neues Blatt wird hinzugefügt und aktiviert; keines Ihrer Blätter wird verändert.',
      dataNone: 'Keine',
      buildsTitle: 'Vom Assistenten erstellte Blätter',
      buildsHelp:
        'Aktualisieren erstellt ein Blatt mit den aktuellen Daten und den in der Arbeitsmappe gespeicherten Einstellungen neu – für jeden, der die Arbeitsmappe öffnet.',
      noBuilds: 'Noch kein Blatt vom Assistenten erstellt.',
      refreshing: '„{sheet}“ wird aktualisiert…',
      refreshLabel: '„{sheet}“ aktualisieren',
      needTemplate: 'Wählen Sie eine Vorlage, um fortzufahren.',
      needSource: 'Wählen Sie, woher die Daten kommen.',
      needTable: 'Wählen Sie eine Tabelle.',
      needCheck: 'Die Daten konnten noch nicht gelesen werden. Markieren Sie sie und wählen Sie „Erneut prüfen“.',
      needSample: 'Schreiben Sie zuerst die Beispieldaten.',
      stillChecking: 'Warten Sie, bis die Daten gelesen sind.',
      dataUnusable: 'Diese Daten sind so nicht verwendbar: siehe die gefundenen Probleme.',
      badCurrency: 'Geben Sie ein Währungssymbol ein (1 bis 5 Zeichen), zum Beispiel € oder CHF.',
      badEndpoints:
        'Geben Sie eine ganze Zahl größer als null ein oder lassen Sie das Feld leer und tragen Sie den Wert später im Blatt ein.',
      badBusinessHours: 'Diese Servicezeiten sind nicht lesbar: {reason}',
      badHolidays: 'Schreiben Sie die Feiertage als Daten wie 2025-12-25, durch Kommas getrennt.',
      badTarget: 'Geben Sie eine Stundenzahl über null ein.',
      noOffice: 'Öffnen Sie diese Seite aus Excel: Der Assistent benötigt Excel.',
    },
  },
  /** Column headers of the spilled tables, per function and column id (the declarations' `columns`). */
  spillHeaders: {
    MRRMOVES: {
      period: 'Periode',
      startingMrr: 'Anfangs-MRR',
      new: 'Neu',
      expansion: 'Expansion',
      reactivation: 'Reaktivierung',
      contraction: 'Kontraktion',
      churn: 'Abwanderung',
      endingMrr: 'End-MRR',
      customers: 'Kunden',
      churnedCustomers: 'Verlorene Kunden',
      customerChurn: 'Kundenabwanderung',
    },
    COHORTS: { cohort: 'Kohorte', customers: 'Kunden' },
    TICKETSBYPERIOD: {
      periodStart: 'Periodenbeginn',
      opened: 'Eröffnet',
      resolved: 'Gelöst',
      net: 'Saldo',
      backlog: 'Offen',
      slaMet: 'SLA eingehalten',
      avgFirstResponse: 'Ø Erstreaktion (h)',
      avgResolution: 'Ø Lösungszeit (h)',
    },
    TICKETSBYCLIENT: {
      client: 'Kunde',
      tickets: 'Tickets',
      open: 'Offen',
      hours: 'Stunden',
      avgResolution: 'Ø Lösungszeit (h)',
      slaMet: 'SLA eingehalten',
    },
    TICKETSBY: {
      group: 'Gruppe',
      tickets: 'Tickets',
      open: 'Offen',
      slaMet: 'SLA eingehalten',
      responseSlaMet: 'Reaktions-SLA eingehalten',
      medianFirstResponse: 'Median erste Antwort (h)',
      medianResolution: 'Median Lösung (h)',
      hours: 'Stunden',
    },
    COLUMNS: {
      role: 'Rolle',
      column: 'Spalte',
      header: 'Überschrift',
      values: 'Werte',
      blank: 'Leer',
      problems: 'Probleme',
    },
    KPIS: {
      kpi: 'KPI',
      name: 'Name',
      unit: 'Einheit',
      better: 'Besser',
      healthy: 'Gesund',
      best: 'Spitzenklasse',
      source: 'Quelle',
    },
  },
  spillLabels: { blank: '(leer)', total: 'Gesamt' },
  sheet: {
    titles: {
      scorecard: 'MSP-Scorecard',
      serviceDesk: 'Servicedesk-KPIs',
      recurringRevenue: 'KPIs zum wiederkehrenden Umsatz',
      benchmarks: 'MSP-Benchmark-Referenz',
    },
    asOf: 'Stand: {date}',
    dataSource: 'Daten: {source}',
    kpi: 'KPI',
    value: 'Wert',
    healthyTarget: 'Gesunder Zielwert',
    bestInClass: 'Spitzenklasse',
    rating: 'Bewertung',
    advice: 'Empfehlung',
    inputs: 'Eingaben',
    input: 'Eingabe',
    sources: 'Quellen',
    sourceLine: '{kpi}: {source}',
    notRated: 'Kein Benchmark',
    movementsTitle: 'MRR-Bewegungen',
    cohortsTitle: 'Kohorten',
    ticketsByPeriodTitle: 'Tickets nach Zeitraum',
    ticketsByClientTitle: 'Tickets nach Kunde',
    endpoints: 'Verwaltete Endgeräte',
    businessHours: 'Servicezeiten (leer = 24x7)',
    holidays: 'Feiertage (Daten)',
    targetsTitle: 'SLA-Ziele je Priorität (Stunden)',
    targetPriority: 'Priorität',
    targetResponse: 'Reaktion (h)',
    targetResolution: 'Lösung (h)',
    ticketsByPriorityTitle: 'Tickets nach Priorität',
    window: 'Zeitfenster: {months} Monate',
    kpiLabels: {
      RESPONSESLA: 'Einhaltung des Reaktions-SLA',
      FRT: 'Erste Antwortzeit (Stunden)',
      TTR: 'Lösungszeit (Stunden)',
      BACKLOG: 'Offene Tickets (Rückstand)',
      MRR: 'MRR der Periode',
      ARPA: 'Durchschnittlicher Umsatz pro Kunde (ARPA)',
      GRR: 'Bruttoumsatzbindung (GRR)',
      churnWindow: 'Kundenabwanderung ({months}-Monats-Fenster)',
      churnYear: 'Kundenabwanderung (letzte 12 Monate)',
      churnAnnualised: 'Kundenabwanderung (auf das Jahr hochgerechnet)',
      windowed: '{kpi} ({months}-Monats-Fenster)',
      lastYear: '{kpi} (letzte 12 Monate)',
    },
    annualisedNote: 'Weniger als ein Jahr Historie: die Abwanderung des Fensters über 12 Monate hochgerechnet.',
    notComputed: '{kpi}: aus diesen Daten nicht berechnet ({reason})',
    inputLabels: {
      csatPositive: 'Positive Antworten',
      csatResponses: 'Umfrageantworten',
      fcrFirstContact: 'Beim ersten Kontakt gelöst',
      fcrTickets: 'Tickets',
    },
    scorecardHelp:
      'Tragen Sie Ihre Zahlen in die gelben Eingabezellen ein: Werte, Bewertungen und Ratschläge werden sofort aktualisiert.',
    thresholdsUsd:
      'Kostenschwellen (Kosten pro Lead, Kosten pro Einstellung) sind die USD-Werte der Quellen: in anderer Währung mit Vorsicht vergleichen.',
    otherKpis: 'Weitere KPIs (ohne Benchmark)',
    benchmarksHelp: 'Die Benchmark-Schwellen mit ihren Quellen, wie die Bewertungsfunktionen sie verwenden.',
    sampleTicketsSheet: 'Beispieltickets',
    sampleLedgerSheet: 'Beispielabonnements',
  },
};
