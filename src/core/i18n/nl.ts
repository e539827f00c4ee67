import type { Messages, ParamText } from './en';

/** Parameter texts shared by the functions in which the parameter means exactly the same. */
const LEDGER: ParamText = ['register', 'Abonnementenregister: klanten × perioden, of één rij per klant en periode.'];
const PERIOD: ParamText = ['periode', 'Periode: kolomnummer (1 = eerste) of label / datum; standaard de laatste.'];
const WINDOW: ParamText = ['maanden', 'Lengte van het venster in perioden (k); standaard 1.'];
const TICKET_TABLE: ParamText = ['tickets', 'Tickettabel met kopregel (PSA-export).'];
const STATISTIC: ParamText = ['statistiek', '"mean" (gemiddelde, standaard), "median", "p90" of "max".'];
const TARGET_HOURS: ParamText = [
  'doeluren',
  'Doel in uren: een getal, of een bereik van 2 kolommen prioriteit → uren (P1 = 1 = Prioriteit 1).',
];
const BUSINESS_HOURS: ParamText = [
  'openingstijden',
  'Contracturen: tekst zoals "ma-vr 08:00-18:00 Europe/Amsterdam", of 7 rijen (maandag…zondag) × openings- en sluitingstijd; standaard 24x7.',
];
const HOLIDAYS: ParamText = [
  'feestdagen',
  'Volledig gesloten dagen (bereik met datums, zoals bij NETTO.WERKDAGEN.INTL).',
];
const KPI: ParamText = ['kpi', 'KPI-code, bijvoorbeeld "CHURN" of "SLA" (zie MSP.KPIS).'];
const KPI_VALUE: ParamText = ['waarde', 'Te beoordelen KPI-waarde.'];
const LANGUAGE: ParamText = ['taal', 'Taal: en, fr, nl, it of de (standaard en).'];
const GROSS_MARGIN: ParamText = ['brutomarge', 'Brutomarge (fractie); standaard 1.'];
const PERIOD_REVENUE: ParamText = ['omzet', 'Totale omzet van de periode (getal of bereik, opgeteld).'];

/** Nederlands — vocabulary of the Pulseway (NL) article. */
export const nl: Messages = {
  languages: { en: 'Engels', fr: 'Frans', nl: 'Nederlands', it: 'Italiaans', de: 'Duits' },
  ratings: { best: 'Beste in de klasse', healthy: 'Gezond', watch: 'Opvolgen', act: 'Nu ingrijpen' },
  better: { higher: 'Hoger', lower: 'Lager' },
  units: {
    percent: '%',
    percentPerYear: '% per jaar',
    usd: 'USD',
    ratio: 'verhouding (×)',
    perEndpointMonth: 'tickets per endpoint per maand',
  },
  basis: { secondary: 'secundaire bron', projectDefault: 'standaardwaarde van het project' },
  basisNote: '{level}: {basis}',
  kpiNames: {
    CHURN: 'Klantverloop (churn, jaarlijks)',
    SLA: 'SLA-naleving',
    CSAT: 'Klanttevredenheid (CSAT)',
    NOIMARGIN: 'Nettobedrijfsresultaat in % van de omzet',
    ADMINRATIO: 'Administratieve kosten / omzet',
    GROSSMARGIN: 'Brutomarge (managed services)',
    CPL: 'Kosten per lead',
    CONVERSION: 'Conversiepercentage',
    COSTPERHIRE: 'Kosten per aanwerving',
    TURNOVER: 'Personeelsverloop (jaarlijks)',
    TICKETSPERENDPOINT: 'Tickets per endpoint per maand',
    FCR: 'Oplossing bij eerste contact',
    UTILIZATION: 'Bezettingsgraad van resources',
    RECURRINGSHARE: 'Aandeel terugkerende omzet',
    NRR: 'Netto-omzetretentie (NRR)',
    LTVCAC: 'Verhouding CLV / CAC',
    QUICKRATIO: 'SaaS-quick ratio',
  },
  advice: {
    CHURN:
      'Zoek uit waarom uw klanten uw service niet langer willen en pak de problemen snel aan. Zoek naar patronen in het verloop: vooral kleine, niet-winstgevende klanten? Herzie uw doelklanten. Klachten over de ondersteuning? Bekijk de triage van tickets en customer success. Spreek klanten regelmatig, houd driemaandelijkse business reviews, verbeter de onboarding en moderniseer uw aanbod.',
    SLA: 'Kijk naar uw ticketbeheer en uw teams: hoe geeft u prioriteit aan tickets? Documenteert u de oplossing van terugkerende problemen, of beter, automatiseert u die? Zijn uw technici overbelast en kan de werklast beter verdeeld worden?',
    CSAT: 'Praat met uw klanten: vraag naar hun mening, neem regelmatig contact op en voer eerlijke, open gesprekken. Gebruik de feedback om uw technici te trainen in sociale vaardigheden en deel de CSAT-score met uw supportteam.',
    NOIMARGIN:
      'Het nettobedrijfsresultaat bedraagt minder dan 10 procent van de omzet: zoek naar manieren om uw kosten te verlagen of uw inkomsten te verhogen.',
    ADMINRATIO:
      'De administratieve kosten maken meer dan 20 procent van de omzet uit: breng de algemene kosten (huisvesting, interne IT, kantoorkosten) onder controle om een hogere winstgevendheid te garanderen.',
    GROSSMARGIN:
      'Houd uw directe kosten (licenties, arbeid, levering) onder controle, optimaliseer uw processen en herzie uw prijzen om de marge te vergroten.',
    CPL: 'Richt u op klantsegmenten met een hoge waarde, investeer meer in de kanalen die de meeste conversies opleveren, optimaliseer uw boodschap en website en concentreer de verkoop op wat voor uw MSP het best werkt.',
    CONVERSION:
      'Evalueer uw marketing- en verkoopproces: is uw website geoptimaliseerd voor conversie, met duidelijke calls-to-action? Volgt u leads persoonlijk op en leidt uw verkoopproces snel tot een beslissing? Kortere formulieren en verkoopscripts die aansluiten op de pijnpunten van kopers maken een groot verschil.',
    COSTPERHIRE:
      'Standaardiseer het wervingsproces, geef minder uit aan vacaturesites en headhunters die niets opleveren en meer aan eigen referenties, zorg voor een positieve onboarding en investeer in uw talentpool zodat u minder vaak hoeft te werven.',
    TURNOVER:
      'Begrijp waarom mensen vertrekken: exitgesprekken, betrokkenheidsenquêtes en regelmatige gesprekken. Worden uw technici overspoeld door tickets, krijgen ze voldoende begeleiding, zijn de doorgroeimogelijkheden duidelijk? Bouw een cultuur waarin medewerkers zich gesteund en gewaardeerd voelen en kunnen groeien.',
    TICKETSPERENDPOINT:
      'Analyseer uw klanten, technici en technologie: volgen klanten de goede praktijken, kunnen onboarding en training beter, komen dezelfde problemen steeds terug? Automatiseer of documenteer ze voor een snellere oplossing.',
    FCR: 'Geef de eerste lijn wat nodig is om problemen bij het eerste contact op te lossen: documenteer terugkerende problemen, automatiseer de gangbare oplossingen en stuur tickets meteen naar de juiste vaardigheden.',
    UTILIZATION:
      'Bereken hoeveel tijd u verspilt aan niet-factureerbaar werk en zet uw middelen verstandig in; automatiseer routinetaken zodat technici meer factureerbaar werk doen.',
    RECURRINGSHARE:
      'Verhoog uw terugkerende omzet: bestudeer uw klantenbestand en de kansen voor upselling, zet klanten om naar managed contracten, bundel uw diensten in pakketten en moderniseer uw aanbod.',
    NRR: 'De omzet uit bestaande klanten krimpt: verminder verloop en contractie, houd driemaandelijkse business reviews en doe aan upselling waar de klant er baat bij heeft.',
    LTVCAC:
      'De CLV moet duidelijk hoger zijn dan de CAC: verbeter uw marketing-, verkoop- en klantbehoudstrategieën (onboarding, driemaandelijkse reviews, upselling, prijzen afgestemd op de waarde die u levert).',
    QUICKRATIO:
      'Verliezen (verloop en contractie) slokken het grootste deel van uw groei op: zoek uit waarom klanten vertrekken of minder uitgeven en versterk nieuwe verkoop en uitbreiding.',
  },
  functions: {
    MRR: {
      name: 'MRR',
      description: 'Maandelijks terugkerende omzet: som van de bedragen ÷ gefactureerde maanden.',
      params: {
        amounts: ['bedragen', 'Gefactureerde bedragen (getal of bereik).'],
        billing_months: [
          'factuurmaanden',
          'Maanden die elk bedrag dekt (1, 3, 12 … of maandelijks, per kwartaal, jaarlijks, eenmalig); standaard 1.',
        ],
      },
    },
    MRRMOVES: {
      name: 'MRR.BEWEGINGEN',
      description: 'Tabel van de MRR-bewegingen per periode: nieuw, uitbreiding, reactivering, contractie, verloop.',
      params: {
        ledger: LEDGER,
      },
    },
    CHURN: {
      name: 'VERLOOP',
      description:
        'Klantverloop (of MRR-verloop) over het venster dat eindigt in de periode, uit een abonnementenregister.',
      params: {
        ledger: LEDGER,
        period: PERIOD,
        months: WINDOW,
        basis: ['basis', '"customers" (klanten, standaard) of "mrr" voor bruto MRR-verloop (1 − GRR).'],
      },
    },
    CHURNRATE: {
      name: 'VERLOOPPERCENTAGE',
      description: 'Verloren klanten ÷ klanten aan het begin van de periode.',
      params: {
        lost: ['verloren', 'Klanten verloren tijdens de periode.'],
        at_start: ['bij_start', 'Klanten aan het begin van de periode.'],
      },
    },
    RETENTION: {
      name: 'KLANTBEHOUD',
      description: 'Klantbehoud: 1 − verlooppercentage.',
      params: {
        ledger: LEDGER,
        period: PERIOD,
        months: WINDOW,
      },
    },
    NRR: {
      name: 'NRR',
      description: 'Netto-omzetretentie van de klanten die aan het begin van het venster actief waren.',
      params: {
        ledger: LEDGER,
        period: PERIOD,
        months: WINDOW,
      },
    },
    GRR: {
      name: 'GRR',
      description: 'Bruto-omzetretentie: zonder uitbreiding, verliezen meegeteld.',
      params: {
        ledger: LEDGER,
        period: PERIOD,
        months: WINDOW,
      },
    },
    QUICKRATIO: {
      name: 'QUICK.RATIO',
      description: '(Nieuw + uitbreiding + reactivering) ÷ (contractie + verloop) van de periode.',
      params: {
        ledger: LEDGER,
        period: PERIOD,
      },
    },
    COHORTS: {
      name: 'COHORTEN',
      description: 'Cohortdriehoek: aandeel klanten (of MRR) van elk cohort dat na k maanden nog actief is.',
      params: {
        ledger: LEDGER,
        basis: ['basis', '"customers" (aandeel klanten, standaard) of "mrr" (aandeel MRR).'],
      },
    },
    ARPA: {
      name: 'ARPA',
      description: 'Gemiddelde maandelijkse omzet per actieve klant.',
      params: {
        mrr_or_ledger: [
          'mrr_of_register',
          'MRR (getal, of één rij of kolom opgeteld) — of een abonnementenregister met kopregel.',
        ],
        customers_or_period: [
          'klanten_of_periode',
          'Bij een MRR: het aantal klanten. Bij een register: de periode (standaard de laatste).',
        ],
      },
    },
    CLV: {
      name: 'CLV',
      description: 'Klantlevensduurwaarde: gemiddelde omzet per klant × marge ÷ verloop.',
      params: {
        arpa: ['arpa', 'Gemiddelde omzet per klant over één periode (maand of jaar).'],
        churn: ['verloop', 'Klantverloop over een periode van dezelfde lengte, als fractie in (0, 1].'],
        gross_margin: GROSS_MARGIN,
      },
    },
    CUSTOMERVALUE: {
      name: 'KLANTWAARDE',
      description:
        'Eenvoudige klantwaarde: inkomsten van de klant − initieel geld besteed aan het werven van de klant.',
      params: {
        revenue: ['omzet', 'Omzet die de klant heeft opgeleverd (getal of bereik, opgeteld).'],
        acquisition_cost: ['acquisitiekosten', 'Kosten om de klant te werven.'],
      },
    },
    CAC: {
      name: 'CAC',
      description: 'Klantacquisitiekosten: wervingskosten ÷ nieuwe klanten.',
      params: {
        acquisition_spend: ['wervingskosten', 'Marketing- en verkoopkosten besteed aan het werven van nieuwe klanten.'],
        new_customers: ['nieuwe_klanten', 'Aantal verworven nieuwe klanten.'],
      },
    },
    LTVCAC: {
      name: 'CLV.CAC',
      description: 'Verhouding klantlevensduurwaarde ÷ klantacquisitiekosten.',
      params: {
        clv: ['clv', 'Klantlevensduurwaarde.'],
        cac: ['cac', 'Klantacquisitiekosten.'],
      },
    },
    PAYBACK: {
      name: 'TERUGVERDIENTIJD',
      description: 'Maanden om de acquisitiekosten terug te verdienen: CAC ÷ (gemiddelde omzet × marge).',
      params: {
        cac: ['cac', 'Klantacquisitiekosten.'],
        arpa: ['arpa', 'Maandelijkse omzet per klant (ARPA).'],
        gross_margin: GROSS_MARGIN,
      },
    },
    CONTRIBUTION: {
      name: 'KLANTBIJDRAGE',
      description: 'Klantbijdrage: gemiddelde omzet per klant − gemiddelde kosten van verkochte goederen.',
      params: {
        revenue_per_customer: ['omzet_per_klant', 'Gemiddelde omzet per klant.'],
        cogs_per_customer: ['kosten_per_klant', 'Gemiddelde kosten van verkochte goederen per klant.'],
      },
    },
    RECURRINGSHARE: {
      name: 'AANDEEL.TERUGKEREND',
      description: 'Aandeel terugkerende omzet in de totale omzet.',
      params: {
        recurring_revenue: ['terugkerende_omzet', 'Terugkerende omzet van de periode.'],
        total_revenue: ['totale_omzet', 'Totale omzet van de periode.'],
      },
    },
    COGS: {
      name: 'KOSTEN.VERKOCHTE.GOEDEREN',
      description: 'Kosten van verkochte goederen: licentiekosten + arbeidskosten + leveringskosten.',
      params: {
        licensing: ['licentiekosten', 'Licentiekosten (getal of bereik, opgeteld).'],
        labour: ['arbeidskosten', 'Arbeidskosten (getal of bereik, opgeteld).'],
        delivery: ['leveringskosten', 'Leveringskosten (getal of bereik, opgeteld).'],
      },
    },
    GROSSMARGIN: {
      name: 'BRUTOMARGE',
      description: 'Brutomarge: (omzet − kosten van verkochte goederen) ÷ omzet.',
      params: {
        revenue: PERIOD_REVENUE,
        cogs: ['kosten_verkochte_goederen', 'Kosten van verkochte goederen van dezelfde periode.'],
      },
    },
    NOI: {
      name: 'NETTOBEDRIJFSRESULTAAT',
      description: 'Nettobedrijfsresultaat: totale omzet − bedrijfskosten.',
      params: {
        revenue: PERIOD_REVENUE,
        operating_expenses: ['bedrijfskosten', 'Bedrijfskosten van dezelfde periode.'],
      },
    },
    NOIMARGIN: {
      name: 'BEDRIJFSRESULTAAT.MARGE',
      description: 'Nettobedrijfsresultaat ÷ omzet.',
      params: {
        revenue: PERIOD_REVENUE,
        operating_expenses: ['bedrijfskosten', 'Bedrijfskosten van dezelfde periode.'],
      },
    },
    ADMINRATIO: {
      name: 'ADMINISTRATIEVE.RATIO',
      description: 'Administratieve kosten ÷ omzet.',
      params: {
        admin_expenses: ['administratieve_kosten', 'Administratieve kosten: huisvesting, interne IT, kantoorkosten …'],
        revenue: PERIOD_REVENUE,
      },
    },
    WORKINGCAPITAL: {
      name: 'WERKKAPITAAL',
      description: 'Werkkapitaal: vlottende activa − kortlopende schulden.',
      params: {
        current_assets: ['vlottende_activa', 'Vlottende activa (getal of bereik, opgeteld).'],
        current_liabilities: ['kortlopende_schulden', 'Kortlopende schulden (getal of bereik, opgeteld).'],
      },
    },
    CPL: {
      name: 'KOSTEN.PER.LEAD',
      description: 'Kosten per lead: marketinguitgaven ÷ leads.',
      params: {
        marketing_spend: ['marketinguitgaven', 'Totale marketinguitgaven.'],
        leads: ['leads', 'Aantal gegenereerde leads.'],
      },
    },
    CONVERSION: {
      name: 'CONVERSIEPERCENTAGE',
      description: 'Conversiepercentage: conversies ÷ kansen.',
      params: {
        conversions: ['conversies', 'Aantal conversies.'],
        opportunities: ['kansen', 'Aantal personen of leads die de kans kregen.'],
      },
    },
    COSTPERHIRE: {
      name: 'KOSTEN.PER.AANWERVING',
      description: 'Kosten per aanwerving: wervingskosten ÷ aanwervingen.',
      params: {
        hiring_costs: [
          'wervingskosten_personeel',
          'Kosten van werving, sollicitatiegesprekken, onboarding en opleiding.',
        ],
        hires: ['aanwervingen', 'Aantal aanwervingen.'],
      },
    },
    TURNOVER: {
      name: 'PERSONEELSVERLOOP',
      description: 'Personeelsverloop: vertrekken ÷ gemiddeld aantal medewerkers.',
      params: {
        departures: ['vertrekken', 'Aantal vertrekken in de periode.'],
        average_headcount: ['gemiddeld_personeel', 'Gemiddeld aantal medewerkers in dezelfde periode.'],
      },
    },
    UTILIZATION: {
      name: 'BEZETTINGSGRAAD',
      description: 'Bezettingsgraad: factureerbare uren ÷ beschikbare uren.',
      params: {
        billable_hours: ['factureerbare_uren', 'Totaal aantal factureerbare uren.'],
        available_hours: ['beschikbare_uren', 'Totaal beschikbare resource-uren.'],
      },
    },
    AVAILABILITY: {
      name: 'BESCHIKBAARHEID',
      description: 'Beschikbaarheid: 1 − minuten uitval ÷ minuten van de periode.',
      params: {
        downtime_minutes: ['minuten_uitval', 'Minuten uitval.'],
        period_minutes: ['minuten_periode', 'Minuten van de gemeten periode.'],
      },
    },
    ONBOARDINGTIME: {
      name: 'ONBOARDINGTIJD',
      description: 'Dagen van de start van de onboarding van een klant tot livegang.',
      params: {
        start_dates: ['startdatums', 'Startdatums van de onboarding.'],
        live_dates: ['livedatums', 'Datums van livegang, in dezelfde volgorde.'],
        statistic: STATISTIC,
      },
    },
    PROACTIVERATE: {
      name: 'PROACTIEF.PERCENTAGE',
      description: 'Aandeel problemen opgelost voordat ze de gebruiker raken.',
      params: {
        resolved_before_failure: ['opgelost_voor_storing', 'Problemen opgelost voordat ze de gebruiker raakten.'],
        total_issues: ['totaal_problemen', 'Totaal aantal problemen.'],
      },
    },
    ACTIVERATIO: {
      name: 'ACTIEVE.GEBRUIKERS.RATIO',
      description: 'Actieve gebruikers ÷ totaal aantal gebruikers.',
      params: {
        active_users: ['actieve_gebruikers', 'Aantal actieve gebruikers.'],
        total_users: ['totaal_gebruikers', 'Totaal aantal gebruikers.'],
      },
    },
    SLA: {
      name: 'SLA.NALEVING',
      description: 'Aandeel tickets opgelost binnen de SLA, uit een tickettabel.',
      params: {
        tickets: TICKET_TABLE,
        target_hours: TARGET_HOURS,
        business_hours: BUSINESS_HOURS,
        holidays: HOLIDAYS,
      },
    },
    RESPONSESLA: {
      name: 'SLA.NALEVING.REACTIE',
      description: 'Aandeel tickets met een eerste reactie binnen de SLA.',
      params: {
        tickets: TICKET_TABLE,
        target_hours: TARGET_HOURS,
        business_hours: BUSINESS_HOURS,
        holidays: HOLIDAYS,
      },
    },
    SLARATE: {
      name: 'SLA.PERCENTAGE',
      description: 'Tickets opgelost binnen de SLA ÷ totaal aantal tickets.',
      params: {
        met: ['gehaald', 'Tickets opgelost binnen de SLA.'],
        total: ['totaal', 'Totaal aantal tickets.'],
      },
    },
    FRT: {
      name: 'EERSTE.REACTIETIJD',
      description: 'Eerste reactietijd in uren (gemiddelde, mediaan, p90 of max).',
      params: {
        tickets: TICKET_TABLE,
        statistic: STATISTIC,
        business_hours: BUSINESS_HOURS,
        holidays: HOLIDAYS,
      },
    },
    TTR: {
      name: 'OPLOSTIJD',
      description: 'Oplostijd in uren over de opgeloste tickets (gemiddelde, mediaan, p90 of max).',
      params: {
        tickets: TICKET_TABLE,
        statistic: STATISTIC,
        business_hours: BUSINESS_HOURS,
        holidays: HOLIDAYS,
      },
    },
    FCR: {
      name: 'OPLOSSING.EERSTE.CONTACT',
      description: 'Aandeel tickets opgelost bij het eerste contact.',
      params: {
        tickets: TICKET_TABLE,
      },
    },
    BACKLOG: {
      name: 'OPENSTAANDE.TICKETS',
      description: 'Tickets aangemaakt en niet opgelost op een datum (standaard: de open tickets).',
      params: {
        tickets: TICKET_TABLE,
        as_of: ['per_datum', 'Peildatum; standaard de laatste datum in de tabel.'],
      },
    },
    TICKETSPERENDPOINT: {
      name: 'TICKETS.PER.ENDPOINT',
      description: 'Tickets per endpoint per maand.',
      params: {
        tickets: ['tickets', 'Een aantal tickets, of de tickettabel met kopregel.'],
        endpoints: ['endpoints', 'Aantal beheerde endpoints.'],
        months: [
          'maanden',
          'Maanden die de tickets beslaan; bij een tabel standaard (laatste − eerste aanmaakdatum) ÷ (365,25/12), minstens 1.',
        ],
      },
    },
    TICKETSBYPERIOD: {
      name: 'TICKETS.PER.PERIODE',
      description: 'Tabel van tickets per maand, week of dag: geopend, opgelost, openstaand, SLA, tijden.',
      params: {
        tickets: TICKET_TABLE,
        interval: ['interval', '"month" (maand, standaard), "week" of "day" (dag).'],
      },
    },
    TICKETSBYCLIENT: {
      name: 'TICKETS.PER.KLANT',
      description: 'Tabel van tickets per klant: aantal, open, uren, oplostijd, SLA.',
      params: {
        tickets: TICKET_TABLE,
      },
    },
    TICKETSBY: {
      name: 'TICKETS.PER',
      description:
        'Tabel van tickets per waarde van een kolom (prioriteit, technicus, klant…): aantal, open, SLA, mediane tijden, uren en een totaal.',
      params: {
        tickets: TICKET_TABLE,
        column: ['kolom', 'Kop van de kolom om op te groeperen (tekst) of haar nummer (1 = eerste).'],
        target_hours: TARGET_HOURS,
        business_hours: BUSINESS_HOURS,
        holidays: HOLIDAYS,
      },
    },
    CSAT: {
      name: 'KLANTTEVREDENHEID',
      description: 'CSAT-score: positieve antwoorden ÷ antwoorden op de enquête.',
      params: {
        responses: ['antwoorden', 'Antwoorden op de enquête: scores of woorden (positief, neutraal, negatief …).'],
        positive_min: ['minimum_positief', 'Laagste score die als positief telt (standaard 4, schaal 1–5).'],
      },
    },
    CES: {
      name: 'KLANTINSPANNING',
      description: 'Gemiddelde klantinspanningsscore (CES).',
      params: {
        scores: ['scores', 'Klantinspanningsscores.'],
      },
    },
    BENCHMARK: {
      name: 'BEOORDELING',
      description: 'Beoordeling van een KPI-waarde: beste in de klasse, gezond, opvolgen of nu ingrijpen.',
      params: {
        kpi: KPI,
        value: KPI_VALUE,
        language: LANGUAGE,
      },
    },
    TARGET: {
      name: 'DOELWAARDE',
      description: 'Drempelwaarde van een KPI: gezond (standaard) of beste in de klasse.',
      params: {
        kpi: KPI,
        level: ['niveau', '"healthy" (gezond, standaard) of "best" (beste in de klasse).'],
      },
    },
    ADVICE: {
      name: 'ADVIES',
      description: 'Wat te doen als een KPI opgevolgd moet worden of ingrijpen vraagt ("" anders).',
      params: {
        kpi: KPI,
        value: KPI_VALUE,
        language: LANGUAGE,
      },
    },
    COLUMNS: {
      name: 'KOLOMMEN.GELEZEN',
      description:
        'Wat de functies lezen in een tickettabel of grootboek: indeling, datumvolgorde, kolommen, waarden, lege cellen, problemen.',
      params: {
        table: ['tabel', 'Een tickettabel of abonnementsgrootboek, met de koprij.'],
        language: LANGUAGE,
      },
    },
    KPIS: {
      name: 'KPI.LIJST',
      description: 'Tabel van de benchmarkcatalogus: KPI, naam, eenheid, richting, drempels, bron.',
      params: {
        language: LANGUAGE,
      },
    },
  },
  errors: {
    place: 'rij {row}, kolom {col}{header} van het bereik',
    row: 'rij {row}',
    tooManyArgs: 'accepteert hoogstens {max} argumenten, kreeg er {count}.',
    notFinite: 'het resultaat is geen eindig getal.',
    overflow: 'de som van {arg} is groter dan Excel kan bevatten.',
    notANumber: '{arg} moet een getal zijn, kreeg "{value}".',
    notSingle: '{arg} moet één waarde zijn, geen bereik.',
    unsupportedCell:
      'een cel bevat een waarde van het type {value}, die hier niet te lezen is: gebruik tekst, een getal of een datum.',
    required: '{arg} is verplicht.',
    notAnOption: '{arg} "{value}" is niet een van {accepted}.',
    negative: '{arg} kan niet negatief zijn (kreeg {value}).',
    zero: '{arg} is nul.',
    exceeds: '{arg} ({value}) kan niet groter zijn dan {arg2} ({value2}).',
    belowMin: '{arg} moet minstens {min} zijn (kreeg {value}).',
    notAbove: '{arg} moet groter zijn dan {min} (kreeg {value}).',
    aboveMax: '{arg} moet hoogstens {max} zijn (kreeg {value}).',
    notWhole: '{arg} moet een geheel getal zijn (kreeg {value}).',
    dateArg: '{arg} moet een datum zijn (een Excel-datum of ISO-tekst zoals 2025-03-31), kreeg "{value}".',
    cellNotADate: '{cell}: "{value}" is geen datum (gebruik een Excel-datum of ISO-tekst zoals 2025-03-05).',
    ticketDate: '{cell}: "{value}" is geen datum; gebruik een Excel-datum of ISO-tekst zoals 2025-03-05 14:30.',
    dateOrderConflict:
      '{cell} ("{value}") kan alleen dag/maand/jaar zijn en {cell2} ("{value2}") alleen maand/dag/jaar: één tabel kan de twee volgordes niet mengen.',
    currencyMix:
      "{cell}: de valutakolom bevat meerdere valuta's ({currencies}); bedragen in verschillende valuta's worden nooit opgeteld.",
    ticketDuration: '{cell}: "{value}" is geen duur (een getal, of h:mm).',
    negativeDuration: '{cell}: een duur kan niet negatief zijn (kreeg {value}).',
    notAFlag:
      '{cell}: "{value}" is geen ja/nee-waarde (gebruik WAAR/ONWAAR, 1/0, ja/nee, gehaald/overschreden, binnen/buiten).',
    earlierThanCreated: '{cell}: {header} ({when}) ligt vóór {header2} ({start}).',
    notAnAnswer:
      '{cell}: "{value}" is geen score en geen tevredenheidswoord (positief/neutraal/negatief, tevreden/ontevreden, goed/slecht, 👍/👎 …).',
    notAScore: '{cell}: "{value}" is geen getal.',
    unknownLanguage: '{arg} "{value}" is niet een van {accepted}.',
    missingColumn: 'de tickettabel heeft geen kolom "{role}": verwacht een kop zoals {headers}.',
    missingColumnOr:
      'de tickettabel heeft geen kolom "{role}": verwacht een kop zoals {headers} of een kolom "{role2}" ({headers2}).',
    ticketsNotCount: '{arg} moet een aantal tickets zijn of een tickettabel met kopregel, kreeg "{value}".',
    noHeaderRecognised:
      '{arg} moet een aantal tickets zijn of een tickettabel met de koppen in de eerste rij; er is geen kop herkend (verwacht bijv. {headers}).',
    noFirstResponse: 'geen enkel ticket heeft een eerste reactietijd.',
    noResolution: 'geen enkel ticket heeft een oplostijd.',
    noCreationDate: 'geen enkel ticket heeft een aanmaakdatum.',
    noMonthsCovered: 'geen enkel ticket heeft een aanmaakdatum om de gedekte maanden te meten; geef {arg} op.',
    tooManyTicketPeriods:
      'de tickets lopen van {first} tot {last}: {count} perioden, meer dan {max} rijen. Controleer die datums, of gebruik een langer interval.',
    noSlaData:
      'geen SLA-gegevens: geef {arg} op, of voeg een kolom "SLA gehaald" ({slaHeaders}) of een deadlinekolom ({dueHeaders}) toe, met een kolom "Opgelost".',
    noSlaYet: 'nog geen enkel ticket heeft SLA-gegevens (geen vlag, of geen enkel opgelost of over de deadline).',
    noFirstContact: 'geen enkel ticket heeft een vlag voor oplossing bij eerste contact.',
    noSurveyAnswer: '{arg} bevat geen enkel antwoord op de enquête.',
    noScores: '{arg} bevat geen enkel getal.',
    sameShape: '{arg} en {arg2} moeten dezelfde vorm hebben.',
    liveBeforeStart: '{cell}: de datum ligt vóór de startdatum.',
    noOnboardingPair: 'geen enkele klant heeft zowel een startdatum als een livedatum.',
    singlePeriod: 'het register heeft één periode: bewegingen beginnen bij de tweede periode.',
    baselinePeriod: 'de eerste periode van het register is het uitgangspunt: die heeft geen bewegingen.',
    billingNotWord: '{cell} "{value}" is geen aantal maanden en ook niet een van {accepted}.',
    billingNotNumber: '{cell} moet een aantal maanden of een factuurwoord zijn, niet {value}.',
    billingNotPositive: '{cell} moet groter zijn dan 0 (kreeg {value}).',
    billingShape:
      '{arg} moet één waarde zijn of een bereik met dezelfde vorm als {arg2} ({rows}×{cols}), kreeg {gotRows}×{gotCols}.',
    noBenchmark: 'geen benchmark voor kpi "{value}"; de catalogus bevat {accepted} (zie MSP.KPIS).',
    benchmarkValue: '{arg} moet een getal zijn, kreeg {value}.',
    benchmarkNegative: '{arg} {value} is onmogelijk voor {kpi}, dat niet negatief kan zijn.',
    benchmarkShare: '{arg} {value} is meer dan 100 %: {kpi} is een fractie (typ 0,95 of 95 %, niet 95).',
    noBestThreshold: '{kpi} heeft geen drempel "beste in de klasse" in de catalogus.',
    periodNotValue: '{arg} moet een periodenummer, -label of -datum zijn, niet {value}.',
    notAPeriod:
      '{arg} {value} is geen periode van het register: geef 1 tot {count} op, of een periode uit de kopregel ({first} … {last}).',
    windowTooLong:
      'een venster van {months} perioden dat eindigt op {period} begint vóór de eerste periode van het register ({first}).',
    windowTooLongOne:
      'een venster van 1 periode dat eindigt op {period} begint vóór de eerste periode van het register ({first}).',
    noCustomers: 'het register heeft geen klantrijen onder de kopregel.',
    negativeAmount: 'het bedrag in het register op {cell} is negatief ({value}); MRR moet 0 of meer zijn.',
    amountNotNumber: 'het bedrag in het register op {cell} is geen getal ("{value}").',
    noCustomerName: 'rij {row} van het register heeft bedragen maar geen klant op {cell}.',
    customerNotName: 'de klant in het register op {cell} moet een naam of een nummer zijn, kreeg {value}.',
    ledgerDate:
      'de datum in het register op {cell} is {value}: gebruik een Excel-datum of ISO-tekst zoals 2025-03-05 of 2025-03.',
    ledgerDateBlank:
      'de datum in het register op {cell} is leeg: gebruik een Excel-datum of ISO-tekst zoals 2025-03-05 of 2025-03.',
    ledgerSpan:
      'de datums in het register lopen van {first} (rij {firstRow}) tot {last} (rij {lastRow}), meer dan {years} jaar: zoek een verkeerd getypte datum.',
    longLayoutMissing:
      'het register lijkt een lange indeling te hebben (gevonden: {found}) maar heeft geen kolom {missing}. Een lang register heeft {hint} nodig; een breed register heeft klanten in de eerste kolom en perioden in de kopregel.',
    noLedgerHeader:
      'het register heeft een kopregel nodig: klanten in de eerste kolom en perioden (datums of tekst zoals 2025-01) ernaast.',
    headerNotPeriod:
      'de kop van het register op {cell} moet een periode zijn (een datum of tekst zoals 2025-01), kreeg {value}.',
    headerBlank:
      'de kop van het register op {cell} moet een periode zijn (een datum of tekst zoals 2025-01), maar is leeg.',
    periodTwice: 'periode "{value}" komt twee keer voor in de kopregel van het register ({cell}).',
    periodsOutOfOrder:
      'de perioden van het register moeten van links naar rechts in de tijd lopen: "{value}" op {cell} komt vóór de periode links ervan.',
    valueWithoutPeriod:
      'de cel van het register op {cell} bevat een waarde, maar de kolom heeft geen periode in de kopregel.',
    hoursUnknownWord:
      '{arg}: "{value}" is geen dag, tijd of tijdzone (schrijf bijvoorbeeld "ma-vr 08:00-18:00 Europe/Amsterdam").',
    hoursUnexpected:
      '{arg}: "{value}" staat op de verkeerde plaats (schrijf bijvoorbeeld "ma-vr 08:00-18:00; za 09:00-12:00").',
    hoursBadTime: '{arg}: "{value}" is geen tijdstip (00:00 tot 24:00).',
    hoursIncompleteRange: '{arg}: "{value}" mist de sluitingstijd (bijvoorbeeld 08:00-18:00).',
    hoursInvertedRange: '{arg}: in "{value}" moet de sluitingstijd na de openingstijd liggen.',
    hoursOverlap: '{arg}: "{value}" overlapt een ander tijdvak van dezelfde dag.',
    hoursMissingDays: '{arg}: voor "{value}" staat geen dag (bijvoorbeeld "ma-vr 08:00-18:00").',
    hoursMissingTimes: '{arg}: na "{value}" staan geen openingstijden (bijvoorbeeld "ma-vr 08:00-18:00").',
    hoursNeverOpen: '{arg} is nooit open: geef minstens één dag met openingstijden.',
    hoursUnknownZone:
      '{arg}: "{value}" is geen bekende tijdzone (gebruik bijvoorbeeld Europe/Amsterdam of UTC+01:00, hoogstens ±14 u).',
    hoursBadGrid:
      '{arg} moet tekst zijn of een bereik van 7 rijen (maandag tot zondag) × 2 kolommen (openings-, sluitingstijd), kreeg {value}.',
    hoursBadCell: '{cell}: "{value}" is geen tijdstip.',
    holidayNotADate: '{cell}: "{value}" is geen datum.',
    targetsShape: '{arg} moet een getal zijn of een bereik van 2 kolommen (prioriteit, uren), kreeg {rows}×{cols}.',
    targetNotHours: '{cell}: "{value}" is geen aantal uren.',
    targetNotPositive: '{cell} moet meer dan 0 uur zijn (kreeg {value}).',
    targetNoPriority: '{cell}: een doel heeft een prioriteit nodig.',
    targetsEmpty: '{arg} bevat geen doel.',
    priorityNotListed: '{cell}: prioriteit "{value}" heeft geen doel in {arg} (dat bevat {accepted}).',
    noResponseSlaData:
      'geen reactie-SLA-gegevens: geef {arg}, of voeg een reactie-SLA-kolom ({slaHeaders}) of een reactiedeadline-kolom ({dueHeaders}) toe met een kolom eerste reactie.',
    noSuchColumn: '{arg} "{value}" is geen kop van tickets (de koppen: {accepted}).',
    columnOutside: '{arg} {value} is geen kolom van tickets: geef 1 tot {count}, of een kop.',
    unexpected: 'onverwachte fout: {detail}',
    referencedError: 'een cel waarnaar verwezen wordt bevat {code}.',
  },
  quantities: {
    revenueMinusCogs: 'omzet − kosten_verkochte_goederen',
    revenueMinusOpex: 'omzet − bedrijfskosten',
    arpaTimesMargin: 'arpa × brutomarge',
    customersLost: 'verloren klanten',
    customersKept: 'behouden klanten',
    atStart: 'klanten actief aan het begin van het venster',
    mrrAtEnd: 'MRR van die klanten aan het einde',
    mrrKept: 'behouden MRR',
    mrrLost: 'verloren MRR',
    mrrGained: 'gewonnen MRR (nieuw + uitbreiding + reactivering)',
    mrrShrunk: 'verloren MRR (inkrimping + verloop)',
    mrrAtStart: 'MRR van de klanten actief aan het begin van het venster',
    periodMrr: 'MRR van de periode',
    activeCustomers: 'actieve klanten in de periode',
  },
  inputColumns: {
    layout: 'Indeling',
    tickets: 'Tickettabel',
    ledgerLong: 'Grootboek, één rij per klant en periode',
    ledgerWide: 'Grootboek, één kolom per periode',
    dateOrder: 'Datumvolgorde',
    dmy: 'dag/maand/jaar',
    mdy: 'maand/dag/jaar',
    proven: '{order} (bewezen)',
    assumed: '{order} (aangenomen)',
    noTextDates: 'geen datum als numerieke tekst geschreven',
    problems: '{count}; eerste: {place}: "{value}"',
    ledgerRoles: {
      customer: 'klant',
      period: 'periode',
      amount: 'bedrag',
      currency: 'valuta',
      periods: 'perioden',
    },
  },
  columnRoles: {
    id: 'ticketnummer',
    client: 'klant',
    priority: 'prioriteit',
    status: 'status',
    created: 'aanmaaktijd',
    firstResponse: 'tijdstip van eerste reactie',
    firstResponseTime: 'eerste reactietijd',
    resolved: 'tijdstip van oplossing',
    closed: 'sluittijd',
    resolutionTime: 'oplostijd',
    due: 'deadline voor oplossing',
    slaMet: 'SLA gehaald',
    responseDue: 'deadline eerste reactie',
    responseSlaMet: 'reactie-SLA gehaald',
    firstContact: 'opgelost bij eerste contact',
    hours: 'gewerkte uren',
  },
  manifest: {
    displayName: 'MSP KPI voor Excel',
    description:
      "KPI-functies en benchmarkbladen voor MSP's: klantverloop, MRR-bewegingen, SLA, reactietijden, marges.",
    getStartedTitle: 'MSP KPI is klaar',
    groupLabel: 'MSP-KPI',
    buttonLabel: "MSP-KPI's",
    getStartedDescription:
      "Typ =MSP. in een cel voor de KPI-functies, of open MSP-KPI's op het tabblad Start om een benchmarkblad te maken.",
    buttonTooltip: 'Open de MSP KPI-wizard om scorecards en benchmarkbladen te maken.',
  },
  wizard: {
    title: 'MSP-KPI’s',
    stepOf: 'Stap {step} van {total}',
    steps: { template: 'Sjabloon', data: 'Gegevens', options: 'Opties', build: 'Maken' },
    templates: {
      scorecard: 'Scorecard',
      scorecardHelp: 'Alle enkelvoudige KPI’s met invoercellen, beoordeeld ten opzichte van de benchmarks.',
      serviceDesk: 'Servicedesk',
      serviceDeskHelp: 'SLA, reactie- en oplostijden, openstaande tickets en trends uit een ticketexport.',
      recurringRevenue: 'Terugkerende omzet',
      recurringRevenueHelp: 'MRR-bewegingen, verloop, retentie en cohorten uit een abonnementenregister.',
      benchmarks: 'Benchmarks',
      benchmarksHelp: 'De benchmarkcatalogus met drempels en bronnen.',
    },
    data: {
      selection: 'Het geselecteerde bereik gebruiken',
      table: 'Een Excel-tabel gebruiken',
      sample: 'Voorbeeldgegevens gebruiken',
      sampleHelp: 'Eerst wordt een realistische voorbeeldtabel naar een nieuw blad geschreven.',
      pickTable: 'Kies een tabel',
      noTables: 'Deze werkmap bevat geen Excel-tabellen.',
      noSelection: 'Selecteer het bereik met uw gegevens, inclusief kopteksten.',
      detected: 'Wat er gevonden is',
      range: 'Bereik: {address}',
      tableRange: 'Tabel: {name} ({address})',
      columnsFound: 'Gevonden kolommen: {columns}',
      columnFor: '{role}: {header}',
      ticketsOne: '{count} ticket',
      customersOne: '{count} klant',
      periodsOne: '{count} periode: {first}',
      kpisBuilt: 'Op het blad',
      eachFrom: 'Elk uit: {columns}',
      kpisNotBuilt: 'Niet op het blad met deze gegevens',
      kpiNeedsColumn: 'vereist een kolom: {roles}',
      dataNeedsColumn: 'Geen kolom gevonden voor: {roles}. Het blad heeft die nodig.',
      waitsForEndpoints:
        'getoond zodra u het aantal beheerde endpoints opgeeft (stap Opties, of de invoercel op het blad)',
      acceptedHeaders: 'Herkende kopteksten voor de ontbrekende kolommen',
      periodsAcross: 'perioden in de kopregel ({first} … {last})',
      layoutWide: 'Indeling: één rij per klant, één kolom per periode',
      layoutLong: 'Indeling: één rij per klant en periode',
      periods: '{count} perioden, van {first} tot {last}',
      customers: '{count} klanten',
      tickets: '{count} tickets',
      dateOrder: 'Datumvolgorde: {order}',
      asOf: 'Laatste tijdstip: {date}',
      problems: 'Gevonden problemen',
      noProblem: 'Geen problemen gevonden.',
      onePeriod: 'Het register heeft maar één periode: bewegingen, verloop en behoud vragen er minstens twee.',
    },
    roles: {
      id: 'Ticketnummer',
      client: 'Klant',
      priority: 'Prioriteit',
      status: 'Status',
      created: 'Aangemaakt',
      firstResponse: 'Eerste reactie',
      firstResponseDuration: 'Eerste reactietijd',
      resolved: 'Opgelost',
      closed: 'Gesloten',
      due: 'Deadline',
      slaMet: 'SLA gehaald',
      responseDue: 'Reactiedeadline',
      responseSlaMet: 'Reactie-SLA gehaald',
      firstContact: 'Opgelost bij eerste contact',
      hours: 'Uren',
      customer: 'Klant',
      period: 'Periode',
      amount: 'Bedrag',
      resolutionDuration: 'Oplostijd',
      csat: 'Tevredenheid (CSAT)',
    },
    options: {
      period: 'Periode',
      periodLatest: 'Laatste periode',
      window: 'Venster (maanden)',
      interval: 'Tickets groeperen per',
      intervalMonth: 'Maand',
      intervalWeek: 'Week',
      intervalDay: 'Dag',
      currency: 'Valutasymbool',
      endpoints: 'Aantal beheerde endpoints',
      endpointsHelp: 'Nodig voor tickets per endpoint.',
      businessHours: 'Kantooruren',
      businessHoursHelp:
        'Zoals in het contract, bijvoorbeeld ma-vr 08:00-18:00 Europe/Amsterdam. Leeg: dag en nacht (24x7).',
      holidays: 'Feestdagen',
      holidaysHelp: 'Volledig gesloten dagen, gescheiden door komma’s of spaties (2025-12-25, 2025-12-26).',
      targets: 'SLA-doelen per prioriteit',
      targetsHelp: 'Uren om te reageren en op te lossen; later aan te passen op het blad.',
      language: 'Taal van de labels',
    },
    buttons: {
      next: 'Volgende',
      back: 'Vorige',
      build: 'Maken',
      refresh: 'Vernieuwen',
      startOver: 'Opnieuw beginnen',
    },
    build: {
      building: 'Het blad wordt gemaakt…',
      built: 'Blad "{sheet}" gemaakt.',
      refreshed: 'Blad "{sheet}" vernieuwd.',
      nothingToRefresh: 'Dit blad is niet door de wizard gemaakt, dus er valt niets te vernieuwen.',
      reportFormulas: 'Formules: {count}',
      reportTables: 'Overlopende tabellen: {count}',
      reportCharts: 'Grafieken: {count}',
    },
    errors: {
      notFound:
        'De gegevens of het blad die nodig zijn, bestaan niet meer (hernoemd of verwijderd?). Kies de gegevens opnieuw.',
      nameTaken: 'Een ander blad kreeg op hetzelfde moment dezelfde naam. Probeer het opnieuw.',
      protected: 'De werkmap is beveiligd of alleen-lezen, dus er kan geen blad worden toegevoegd.',
      tooLarge:
        'Eén rij van deze gegevens is groter dan Excel in één antwoord kan doorgeven (5 MB in Excel voor het web): een cel bevat waarschijnlijk een zeer lange tekst. Selecteer alleen de kolommen die de sjabloon nodig heeft, of gebruik de opdrachtregel msp-kpi.',
      oldExcel:
        'Deze versie van Excel mist een functie die de wizard nodig heeft (Excel API 1.12). Werk Excel bij of gebruik Excel voor het web.',
      unexpected: 'Excel kon het niet afmaken ({detail}). Probeer het zo meteen opnieuw.',
      settingsNotStored:
        'De bouwinstellingen konden niet op het blad worden opgeslagen, dus Vernieuwen zou niet werken.',
      leftover: 'Het onvoltooide blad "{sheet}" kon niet worden verwijderd: verwijder het zelf.',
      nothingChanged: 'Er is niets geschreven: uw werkmap is zoals hij was.',
      noSample: 'Deze sjabloon heeft geen gegevens nodig.',
    },
    pane: {
      stepsLabel: 'Stappen van de wizard',
      templateTitle: 'Kies een sjabloon',
      templateCaption: 'Elke sjabloon maakt een nieuw blad met live MSP.*-formules.',
      dataTitle: 'Kies uw gegevens',
      dataCaption: 'Er wordt pas iets gemaakt bij de laatste stap.',
      noDataScorecard:
        'De scorecard heeft invoercellen: u typt uw eigen cijfers in het gemaakte blad. Er zijn geen gegevens nodig.',
      noDataBenchmarks: 'De benchmarks tonen de catalogus met de bronnen. Er zijn geen gegevens nodig.',
      selectionHelp: 'Het in Excel geselecteerde bereik, met de kopregel. Eén cel staat voor de tabel eromheen.',
      tableHelp: 'Een opgemaakte Excel-tabel uit deze werkmap.',
      checkAgain: 'Opnieuw controleren',
      checking: 'Gegevens lezen…',
      writeSample: 'Voorbeeldgegevens schrijven',
      sampleWritten: 'Voorbeeldgegevens geschreven naar "{sheet}" ({rows} rijen).',
      optionsTitle: 'Stel de opties in',
      optionsCaption: 'De invoercellen kunt u later in het gemaakte blad wijzigen.',
      periodHint: 'Laat leeg voor de laatste periode ({last}). De periodes lopen van {first} tot {last}.',
      buildTitle: 'Maak het blad',
      buildCaption: 'Er wordt een nieuw blad toegevoegd en geactiveerd; geen van uw bladen wordt gewijzigd.',
      dataNone: 'Geen',
      buildsTitle: 'Bladen gemaakt door de wizard',
      buildsHelp:
        'Vernieuwen maakt een blad opnieuw met de huidige gegevens en de instellingen die in de werkmap zijn opgeslagen, dus het werkt voor iedereen die de werkmap opent.',
      noBuilds: 'Nog geen blad gemaakt door de wizard.',
      refreshing: '"{sheet}" wordt vernieuwd…',
      refreshLabel: '"{sheet}" vernieuwen',
      needTemplate: 'Kies een sjabloon om verder te gaan.',
      needSource: 'Kies waar de gegevens vandaan komen.',
      needTable: 'Kies een tabel.',
      needCheck: 'De gegevens konden nog niet worden gelezen. Selecteer ze en kies Opnieuw controleren.',
      needSample: 'Schrijf eerst de voorbeeldgegevens.',
      stillChecking: 'Wacht tot de gegevens zijn gelezen.',
      dataUnusable: 'Deze gegevens zijn zo niet bruikbaar: zie de gevonden problemen.',
      badCurrency: 'Typ een valutasymbool (1 tot 5 tekens), bijvoorbeeld € of CHF.',
      badEndpoints: 'Typ een geheel getal groter dan nul, of laat het leeg en vul het later in het blad in.',
      badBusinessHours: 'Deze kantooruren zijn niet leesbaar: {reason}',
      badHolidays: 'Schrijf de feestdagen als datums zoals 2025-12-25, gescheiden door komma’s.',
      badTarget: 'Typ een aantal uren boven nul.',
      noOffice: 'Open deze pagina vanuit Excel: de wizard heeft Excel nodig.',
    },
  },
  /** Column headers of the spilled tables, per function and column id (the declarations' `columns`). */
  spillHeaders: {
    MRRMOVES: {
      period: 'Periode',
      startingMrr: 'Begin-MRR',
      new: 'Nieuw',
      expansion: 'Uitbreiding',
      reactivation: 'Reactivering',
      contraction: 'Contractie',
      churn: 'Verloop',
      endingMrr: 'Eind-MRR',
      customers: 'Klanten',
      churnedCustomers: 'Verloren klanten',
      customerChurn: 'Klantverloop',
    },
    COHORTS: { cohort: 'Cohort', customers: 'Klanten' },
    TICKETSBYPERIOD: {
      periodStart: 'Begin periode',
      opened: 'Geopend',
      resolved: 'Opgelost',
      net: 'Netto',
      backlog: 'Openstaand',
      slaMet: 'SLA gehaald',
      avgFirstResponse: 'Gem. eerste reactie (u)',
      avgResolution: 'Gem. oplostijd (u)',
    },
    TICKETSBYCLIENT: {
      client: 'Klant',
      tickets: 'Tickets',
      open: 'Open',
      hours: 'Uren',
      avgResolution: 'Gem. oplostijd (u)',
      slaMet: 'SLA gehaald',
    },
    TICKETSBY: {
      group: 'Groep',
      tickets: 'Tickets',
      open: 'Open',
      slaMet: 'SLA gehaald',
      responseSlaMet: 'Reactie-SLA gehaald',
      medianFirstResponse: 'Mediaan eerste reactie (u)',
      medianResolution: 'Mediaan oplostijd (u)',
      hours: 'Uren',
    },
    COLUMNS: {
      role: 'Rol',
      column: 'Kolom',
      header: 'Kop',
      values: 'Waarden',
      blank: 'Leeg',
      problems: 'Problemen',
    },
    KPIS: {
      kpi: 'KPI',
      name: 'Naam',
      unit: 'Eenheid',
      better: 'Beter',
      healthy: 'Gezond',
      best: 'Beste in de klasse',
      source: 'Bron',
    },
  },
  spillLabels: { blank: '(leeg)', total: 'Totaal' },
  sheet: {
    titles: {
      scorecard: 'MSP-scorecard',
      serviceDesk: 'Servicedesk-KPI’s',
      recurringRevenue: 'KPI’s terugkerende omzet',
      benchmarks: 'MSP-benchmarks',
    },
    asOf: 'Per {date}',
    dataSource: 'Gegevens: {source}',
    kpi: 'KPI',
    value: 'Waarde',
    healthyTarget: 'Gezond doel',
    bestInClass: 'Beste in de klasse',
    rating: 'Beoordeling',
    advice: 'Advies',
    inputs: 'Invoer',
    input: 'Invoer',
    sources: 'Bronnen',
    sourceLine: '{kpi}: {source}',
    notRated: 'Geen benchmark',
    movementsTitle: 'MRR-bewegingen',
    cohortsTitle: 'Cohorten',
    ticketsByPeriodTitle: 'Tickets per periode',
    ticketsByClientTitle: 'Tickets per klant',
    endpoints: 'Beheerde endpoints',
    businessHours: 'Kantooruren (leeg = 24x7)',
    holidays: 'Feestdagen (datums)',
    targetsTitle: 'SLA-doelen per prioriteit (uren)',
    targetPriority: 'Prioriteit',
    targetResponse: 'Reactie (u)',
    targetResolution: 'Oplossing (u)',
    ticketsByPriorityTitle: 'Tickets per prioriteit',
    window: 'Venster: {months} maanden',
    kpiLabels: {
      RESPONSESLA: 'Naleving reactie-SLA',
      FRT: 'Eerste reactietijd (uren)',
      TTR: 'Oplostijd (uren)',
      BACKLOG: 'Openstaande tickets (achterstand)',
      MRR: 'MRR van de periode',
      ARPA: 'Gemiddelde omzet per klant (ARPA)',
      GRR: 'Bruto omzetbehoud (GRR)',
      churnWindow: 'Klantverloop (venster van {months} maanden)',
      churnYear: 'Klantverloop (laatste 12 maanden)',
      churnAnnualised: 'Klantverloop (op jaarbasis)',
      windowed: '{kpi} (venster van {months} maanden)',
      lastYear: '{kpi} (laatste 12 maanden)',
    },
    annualisedNote: 'Minder dan een jaar historiek: het verloop van het venster samengesteld over 12 maanden.',
    notComputed: '{kpi}: niet berekend uit deze gegevens ({reason})',
    inputLabels: {
      csatPositive: 'Positieve antwoorden',
      csatResponses: 'Antwoorden op de enquête',
      fcrFirstContact: 'Opgelost bij eerste contact',
      fcrTickets: 'Tickets',
    },
    scorecardHelp:
      'Vul uw eigen cijfers in de gele invoercellen in: waarden, beoordelingen en adviezen worden meteen bijgewerkt.',
    thresholdsUsd:
      'Kostendrempels (kosten per lead, kosten per aanwerving) zijn de USD-bedragen van de bronnen: vergelijk voorzichtig in een andere munt.',
    otherKpis: 'Andere KPI’s (zonder benchmark)',
    benchmarksHelp: 'De benchmarkdrempels met hun bronnen, zoals de beoordelingsfuncties ze gebruiken.',
    sampleTicketsSheet: 'Voorbeeldtickets',
    sampleLedgerSheet: 'Voorbeeldabonnementen',
  },
};
