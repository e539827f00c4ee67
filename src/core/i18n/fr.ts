import type { Messages, ParamText } from './en';

/** Parameter texts shared by the functions in which the parameter means exactly the same. */
const LEDGER: ParamText = [
  'registre',
  'Registre d’abonnements : clients × périodes, ou une ligne par client et période.',
];
const PERIOD: ParamText = [
  'période',
  'Période : numéro de colonne (1 = première) ou libellé / date ; la dernière par défaut.',
];
const WINDOW: ParamText = ['mois', 'Longueur de la fenêtre en périodes (k) ; 1 par défaut.'];
const TICKET_TABLE: ParamText = ['tickets', 'Table de tickets avec sa ligne d’en-têtes (export PSA).'];
const STATISTIC: ParamText = ['statistique', '"mean" (moyenne, par défaut), "median", "p90" ou "max".'];
const TARGET_HOURS: ParamText = [
  'heures_cible',
  'Objectif en heures : un nombre, ou une plage de 2 colonnes priorité → heures (P1 = 1 = Priorité 1).',
];
const BUSINESS_HOURS: ParamText = [
  'horaires',
  'Horaires du contrat : texte comme "lun-ven 08:00-18:00 Europe/Paris", ou 7 lignes (lundi…dimanche) × heure d’ouverture, de fermeture ; 24x7 par défaut.',
];
const HOLIDAYS: ParamText = [
  'jours_feries',
  'Jours fermés en entier (plage de dates, comme pour NB.JOURS.OUVRES.INTL).',
];
const KPI: ParamText = ['kpi', 'Identifiant du KPI, par exemple "CHURN" ou "SLA" (voir MSP.KPIS).'];
const KPI_VALUE: ParamText = ['valeur', 'Valeur du KPI à évaluer.'];
const LANGUAGE: ParamText = ['langue', 'Langue : en, fr, nl, it ou de (en par défaut).'];
const GROSS_MARGIN: ParamText = ['marge_brute', 'Marge brute (fraction) ; 1 par défaut.'];
const PERIOD_REVENUE: ParamText = [
  'chiffre_affaires',
  "Chiffre d'affaires total de la période (nombre ou plage, additionnée).",
];

/** Français — vocabulary of the Pulseway (FR) and LogMeIn Resolve (FR) articles. */
export const fr: Messages = {
  languages: { en: 'anglais', fr: 'français', nl: 'néerlandais', it: 'italien', de: 'allemand' },
  ratings: { best: 'Meilleur de sa catégorie', healthy: 'Sain', watch: 'À surveiller', act: 'Agir maintenant' },
  better: { higher: 'Plus haut', lower: 'Plus bas' },
  units: {
    percent: '%',
    percentPerYear: '% par an',
    usd: 'USD',
    ratio: 'ratio (×)',
    perEndpointMonth: 'tickets par terminal et par mois',
  },
  basis: { secondary: 'source secondaire', projectDefault: 'valeur par défaut du projet' },
  basisNote: '{level} : {basis}',
  kpiNames: {
    CHURN: "Taux d'attrition clients (annuel)",
    SLA: 'Respect des SLA',
    CSAT: 'Satisfaction client (CSAT)',
    NOIMARGIN: "Marge de bénéfice net d'exploitation",
    ADMINRATIO: "Dépenses administratives / chiffre d'affaires",
    GROSSMARGIN: 'Marge brute (services managés)',
    CPL: 'Coût par lead',
    CONVERSION: 'Taux de conversion',
    COSTPERHIRE: 'Coût par embauche',
    TURNOVER: 'Taux de rotation des employés (annuel)',
    TICKETSPERENDPOINT: 'Tickets par terminal et par mois',
    FCR: 'Résolution au premier contact',
    UTILIZATION: "Taux d'utilisation des ressources",
    RECURRINGSHARE: "Part récurrente du chiffre d'affaires",
    NRR: 'Rétention nette des revenus (NRR)',
    LTVCAC: 'Ratio VVC / CAC',
    QUICKRATIO: 'Quick ratio SaaS',
  },
  advice: {
    CHURN:
      "Comprenez pourquoi vos clients ne veulent plus de votre service et résolvez les problèmes rapidement. Identifiez des schémas dans les départs : surtout de petits clients non rentables ? Revoyez votre clientèle cible. Des problèmes avec l'assistance ? Examinez le tri des tickets et la réussite client. Parlez régulièrement à vos clients, priorisez les analyses fonctionnelles trimestrielles, améliorez l'accueil et modernisez vos offres.",
    SLA: 'Penchez-vous sur votre gestion des tickets ou vos équipes : comment hiérarchisez-vous les demandes ? Documentez-vous la résolution des problèmes récurrents, ou mieux, les automatisez-vous ? Vos techniciens sont-ils surchargés, les charges de travail peuvent-elles être rééquilibrées ?',
    CSAT: "Échangez avec vos clients : demandez-leur leur avis, prenez régulièrement de leurs nouvelles et ayez des conversations honnêtes et transparentes. Utilisez ces retours pour former vos techniciens aux compétences relationnelles et partagez le score CSAT avec votre équipe d'assistance.",
    NOIMARGIN:
      "Le bénéfice net d'exploitation est inférieur à 10 % des revenus : cherchez des moyens de réduire vos coûts ou d'augmenter vos revenus.",
    ADMINRATIO:
      'Les dépenses administratives dépassent 20 % des revenus : maîtrisez les frais généraux (locaux, informatique interne, frais de bureau) pour garantir une rentabilité plus élevée.',
    GROSSMARGIN:
      'Gardez vos coûts de production (licences, main-d’œuvre, livraison) sous contrôle, optimisez vos processus et révisez vos tarifs pour augmenter la marge.',
    CPL: 'Ciblez des segments de clientèle à forte valeur ajoutée, investissez davantage dans les canaux qui génèrent le plus de conversions, optimisez vos messages et votre site web, et concentrez vos efforts de vente sur les stratégies les plus efficaces pour votre MSP.',
    CONVERSION:
      "Évaluez vos processus de marketing et de vente : votre site web est-il optimisé pour la conversion, avec des appels à l'action clairs ? Gérez-vous vos leads avec des actions personnalisées, et votre processus de vente les mène-t-il rapidement à une décision ? Simplifier les formulaires et aligner les scripts de vente sur les points de douleur des acheteurs fait une grande différence.",
    COSTPERHIRE:
      "Standardisez le processus d'embauche, cessez de dépenser sur des sites d'offres d'emploi et des chasseurs de têtes qui n'apportent rien au profit de vos propres références, créez une expérience d'accueil positive et investissez dans votre vivier de talents pour recruter moins souvent.",
    TURNOVER:
      "Comprenez les raisons des départs : entretiens de départ, sondages sur l'engagement et points réguliers. Vos techniciens sont-ils submergés par le flux de tickets, les gestionnaires les accompagnent-ils, les perspectives d'évolution sont-elles claires ? Créez une culture où les employés se sentent soutenus, valorisés et peuvent évoluer.",
    TICKETSPERENDPOINT:
      "Analysez vos clients, vos techniciens et votre technologie : vos clients respectent-ils les bonnes pratiques, l'accueil et la formation peuvent-ils s'améliorer, les mêmes problèmes reviennent-ils souvent ? Automatisez-les ou documentez-les pour une résolution plus rapide.",
    FCR: 'Donnez au premier niveau les moyens de résoudre dès le premier contact : documentez les problèmes récurrents, automatisez les corrections courantes et orientez les tickets vers les bonnes compétences dès le départ.',
    UTILIZATION:
      'Déterminez le temps perdu sur des travaux non facturables et déployez judicieusement vos ressources ; automatisez les tâches routinières pour libérer vos techniciens pour le travail facturable.',
    RECURRINGSHARE:
      'Augmentez votre MRR : étudiez votre clientèle et les possibilités de vente incitative, convertissez vos clients en contrats gérés, regroupez vos services en différentes formules et modernisez vos offres.',
    NRR: 'Les revenus des clients existants diminuent : réduisez l’attrition et la contraction, tenez des analyses fonctionnelles trimestrielles et faites des ventes incitatives quand le client y gagne.',
    LTVCAC:
      "Votre VVC doit être nettement supérieure à votre coût d'acquisition : améliorez vos stratégies marketing, de vente et de fidélisation (accueil, analyses fonctionnelles trimestrielles, ventes incitatives, tarifs alignés sur la valeur offerte).",
    QUICKRATIO:
      "Les pertes (attrition et contraction) absorbent l'essentiel de votre croissance : comprenez pourquoi les clients partent ou dépensent moins, et renforcez les nouvelles ventes et l'expansion.",
  },
  functions: {
    MRR: {
      name: 'MRR',
      description: 'Revenu mensuel récurrent : somme des montants ÷ nombre de mois facturés.',
      params: {
        amounts: ['montants', 'Montants facturés (nombre ou plage).'],
        billing_months: [
          'mois_facturés',
          'Mois couverts par chaque montant (1, 3, 12 … ou mensuel, trimestriel, annuel, ponctuel) ; 1 par défaut.',
        ],
      },
    },
    MRRMOVES: {
      name: 'MRR.MOUVEMENTS',
      description:
        'Tableau des mouvements du MRR par période : nouveau, expansion, réactivation, contraction, attrition.',
      params: {
        ledger: LEDGER,
      },
    },
    CHURN: {
      name: 'ATTRITION',
      description:
        "Taux d'attrition clients (ou de MRR) sur la fenêtre qui finit à la période, à partir d'un registre d'abonnements.",
      params: {
        ledger: LEDGER,
        period: PERIOD,
        months: WINDOW,
        basis: ['base', '"customers" (clients, par défaut) ou "mrr" pour l’attrition brute du MRR (1 − GRR).'],
      },
    },
    CHURNRATE: {
      name: 'TAUX.ATTRITION',
      description: 'Clients perdus ÷ clients au début de la période.',
      params: {
        lost: ['perdus', 'Clients perdus pendant la période.'],
        at_start: ['au_début', 'Clients au début de la période.'],
      },
    },
    RETENTION: {
      name: 'RETENTION',
      description: "Taux de rétention clients : 1 − taux d'attrition.",
      params: {
        ledger: LEDGER,
        period: PERIOD,
        months: WINDOW,
      },
    },
    NRR: {
      name: 'NRR',
      description: 'Rétention nette des revenus des clients présents au début de la fenêtre.',
      params: {
        ledger: LEDGER,
        period: PERIOD,
        months: WINDOW,
      },
    },
    GRR: {
      name: 'GRR',
      description: 'Rétention brute des revenus : expansion exclue, pertes comptées.',
      params: {
        ledger: LEDGER,
        period: PERIOD,
        months: WINDOW,
      },
    },
    QUICKRATIO: {
      name: 'QUICK.RATIO',
      description: '(Nouveau + expansion + réactivation) ÷ (contraction + attrition) de la période.',
      params: {
        ledger: LEDGER,
        period: PERIOD,
      },
    },
    COHORTS: {
      name: 'COHORTES',
      description: 'Triangle de cohortes : part des clients (ou du MRR) de chaque cohorte encore actifs après k mois.',
      params: {
        ledger: LEDGER,
        basis: ['base', '"customers" (part des clients, par défaut) ou "mrr" (part du MRR).'],
      },
    },
    ARPA: {
      name: 'ARPA',
      description: 'Revenu mensuel moyen par client actif.',
      params: {
        mrr_or_ledger: [
          'mrr_ou_registre',
          'MRR (nombre, ou une ligne ou colonne additionnée) — ou un registre d’abonnements avec sa ligne d’en-têtes.',
        ],
        customers_or_period: [
          'clients_ou_période',
          'Avec un MRR : le nombre de clients. Avec un registre : la période (la dernière par défaut).',
        ],
      },
    },
    CLV: {
      name: 'VVC',
      description: 'Valeur vie client : revenu moyen par client × marge ÷ attrition.',
      params: {
        arpa: ['arpa', 'Revenu moyen par client sur une période (mois ou année).'],
        churn: ['attrition', "Taux d'attrition clients sur une période de même durée, en fraction dans ]0, 1]."],
        gross_margin: GROSS_MARGIN,
      },
    },
    CUSTOMERVALUE: {
      name: 'VALEUR.CLIENT',
      description: "Valeur client simple : revenus générés par le client − coût d'acquisition.",
      params: {
        revenue: ['chiffre_affaires', "Chiffre d'affaires généré par le client (nombre ou plage, additionnée)."],
        acquisition_cost: ['coût_acquisition', "Coût d'acquisition du client."],
      },
    },
    CAC: {
      name: 'CAC',
      description: "Coût d'acquisition client : dépenses d'acquisition ÷ nouveaux clients.",
      params: {
        acquisition_spend: [
          'dépenses_acquisition',
          'Dépenses marketing et commerciales pour acquérir de nouveaux clients.',
        ],
        new_customers: ['nouveaux_clients', 'Nombre de nouveaux clients acquis.'],
      },
    },
    LTVCAC: {
      name: 'VVC.CAC',
      description: "Ratio valeur vie client ÷ coût d'acquisition.",
      params: {
        clv: ['vvc', 'Valeur vie client.'],
        cac: ['cac', "Coût d'acquisition client."],
      },
    },
    PAYBACK: {
      name: 'RECUPERATION.CAC',
      description: "Mois nécessaires pour récupérer le coût d'acquisition : CAC ÷ (revenu moyen × marge).",
      params: {
        cac: ['cac', "Coût d'acquisition client."],
        arpa: ['arpa', 'Revenu mensuel par client (ARPA).'],
        gross_margin: GROSS_MARGIN,
      },
    },
    CONTRIBUTION: {
      name: 'CONTRIBUTION.CLIENT',
      description: 'Contribution client : revenu moyen par client − coût moyen des marchandises vendues.',
      params: {
        revenue_per_customer: ['revenu_par_client', 'Revenu moyen par client.'],
        cogs_per_customer: ['cmv_par_client', 'Coût moyen des marchandises vendues par client.'],
      },
    },
    RECURRINGSHARE: {
      name: 'PART.RECURRENTE',
      description: "Part récurrente du chiffre d'affaires.",
      params: {
        recurring_revenue: ['revenus_récurrents', 'Revenus récurrents de la période.'],
        total_revenue: ['chiffre_affaires_total', "Chiffre d'affaires total de la période."],
      },
    },
    COGS: {
      name: 'CMV',
      description: 'Coût des marchandises vendues : licences + main-d’œuvre + livraison.',
      params: {
        licensing: ['licences', 'Coûts de licences (nombre ou plage, additionnée).'],
        labour: ['main_oeuvre', "Coûts de main-d'œuvre (nombre ou plage, additionnée)."],
        delivery: ['livraison', 'Frais de livraison (nombre ou plage, additionnée).'],
      },
    },
    GROSSMARGIN: {
      name: 'MARGE.BRUTE',
      description: "Marge brute : (chiffre d'affaires − CMV) ÷ chiffre d'affaires.",
      params: {
        revenue: PERIOD_REVENUE,
        cogs: ['cmv', 'Coût des marchandises vendues de la même période.'],
      },
    },
    NOI: {
      name: 'RESULTAT.EXPLOITATION',
      description: "Bénéfice net d'exploitation : chiffre d'affaires total − dépenses de fonctionnement.",
      params: {
        revenue: PERIOD_REVENUE,
        operating_expenses: ['dépenses_fonctionnement', 'Dépenses de fonctionnement de la même période.'],
      },
    },
    NOIMARGIN: {
      name: 'MARGE.EXPLOITATION',
      description: "Bénéfice net d'exploitation ÷ chiffre d'affaires.",
      params: {
        revenue: PERIOD_REVENUE,
        operating_expenses: ['dépenses_fonctionnement', 'Dépenses de fonctionnement de la même période.'],
      },
    },
    ADMINRATIO: {
      name: 'RATIO.ADMINISTRATIF',
      description: "Dépenses administratives ÷ chiffre d'affaires.",
      params: {
        admin_expenses: [
          'dépenses_administratives',
          'Dépenses administratives : locaux, informatique interne, frais de bureau …',
        ],
        revenue: PERIOD_REVENUE,
      },
    },
    WORKINGCAPITAL: {
      name: 'FONDS.ROULEMENT',
      description: 'Fonds de roulement : actif courant − passif courant.',
      params: {
        current_assets: ['actif_courant', 'Actif courant (nombre ou plage, additionnée).'],
        current_liabilities: ['passif_courant', 'Passif courant (nombre ou plage, additionnée).'],
      },
    },
    CPL: {
      name: 'COUT.PAR.LEAD',
      description: 'Coût par lead : dépenses marketing ÷ leads.',
      params: {
        marketing_spend: ['dépenses_marketing', 'Total des dépenses marketing.'],
        leads: ['leads', 'Nombre de leads générés.'],
      },
    },
    CONVERSION: {
      name: 'TAUX.CONVERSION',
      description: 'Taux de conversion : conversions ÷ opportunités.',
      params: {
        conversions: ['conversions', 'Nombre de conversions.'],
        opportunities: ['opportunités', 'Nombre de personnes ou de leads qui en ont eu l’occasion.'],
      },
    },
    COSTPERHIRE: {
      name: 'COUT.PAR.EMBAUCHE',
      description: 'Coût par embauche : frais de recrutement ÷ embauches.',
      params: {
        hiring_costs: ['frais_recrutement', 'Frais de recrutement, entretiens, accueil et formation.'],
        hires: ['embauches', "Nombre d'embauches."],
      },
    },
    TURNOVER: {
      name: 'ROTATION.PERSONNEL',
      description: 'Taux de rotation des employés : départs ÷ effectif moyen.',
      params: {
        departures: ['départs', 'Nombre de départs sur la période.'],
        average_headcount: ['effectif_moyen', 'Effectif moyen sur la même période.'],
      },
    },
    UTILIZATION: {
      name: 'TAUX.UTILISATION',
      description: "Taux d'utilisation des ressources : heures facturables ÷ heures disponibles.",
      params: {
        billable_hours: ['heures_facturables', 'Total des heures facturables.'],
        available_hours: ['heures_disponibles', 'Total des heures de ressources disponibles.'],
      },
    },
    AVAILABILITY: {
      name: 'DISPONIBILITE',
      description: "Disponibilité : 1 − minutes d'arrêt ÷ minutes de la période.",
      params: {
        downtime_minutes: ['minutes_arrêt', "Minutes d'indisponibilité."],
        period_minutes: ['minutes_période', 'Minutes de la période mesurée.'],
      },
    },
    ONBOARDINGTIME: {
      name: 'DELAI.INTEGRATION',
      description: "Jours entre le début de l'intégration d'un client et sa mise en service.",
      params: {
        start_dates: ['dates_début', "Dates de début de l'intégration."],
        live_dates: ['dates_mise_en_service', 'Dates de mise en service, dans le même ordre.'],
        statistic: STATISTIC,
      },
    },
    PROACTIVERATE: {
      name: 'TAUX.PROACTIF',
      description: 'Part des problèmes résolus avant qu’ils ne touchent l’utilisateur.',
      params: {
        resolved_before_failure: ['résolus_avant_panne', 'Problèmes résolus avant de toucher l’utilisateur.'],
        total_issues: ['problèmes_total', 'Nombre total de problèmes.'],
      },
    },
    ACTIVERATIO: {
      name: 'RATIO.UTILISATEURS.ACTIFS',
      description: 'Utilisateurs actifs ÷ utilisateurs au total.',
      params: {
        active_users: ['utilisateurs_actifs', "Nombre d'utilisateurs actifs."],
        total_users: ['utilisateurs_total', "Nombre total d'utilisateurs."],
      },
    },
    SLA: {
      name: 'RESPECT.SLA',
      description: "Part des tickets résolus dans les délais du SLA, à partir d'une table de tickets.",
      params: {
        tickets: TICKET_TABLE,
        target_hours: TARGET_HOURS,
        business_hours: BUSINESS_HOURS,
        holidays: HOLIDAYS,
      },
    },
    RESPONSESLA: {
      name: 'RESPECT.SLA.REPONSE',
      description: 'Part des tickets ayant reçu leur première réponse dans les délais du SLA.',
      params: {
        tickets: TICKET_TABLE,
        target_hours: TARGET_HOURS,
        business_hours: BUSINESS_HOURS,
        holidays: HOLIDAYS,
      },
    },
    SLARATE: {
      name: 'TAUX.SLA',
      description: 'Tickets résolus dans les délais ÷ tickets au total.',
      params: {
        met: ['respectés', 'Tickets résolus dans les délais.'],
        total: ['total', 'Tickets au total.'],
      },
    },
    FRT: {
      name: 'DELAI.PREMIERE.REPONSE',
      description: 'Délai de première réponse en heures (moyenne, médiane, p90 ou max).',
      params: {
        tickets: TICKET_TABLE,
        statistic: STATISTIC,
        business_hours: BUSINESS_HOURS,
        holidays: HOLIDAYS,
      },
    },
    TTR: {
      name: 'DELAI.RESOLUTION',
      description: 'Délai de résolution en heures sur les tickets résolus (moyenne, médiane, p90 ou max).',
      params: {
        tickets: TICKET_TABLE,
        statistic: STATISTIC,
        business_hours: BUSINESS_HOURS,
        holidays: HOLIDAYS,
      },
    },
    FCR: {
      name: 'RESOLUTION.PREMIER.CONTACT',
      description: 'Part des tickets résolus au premier contact.',
      params: {
        tickets: TICKET_TABLE,
      },
    },
    BACKLOG: {
      name: 'TICKETS.EN.SUSPENS',
      description: 'Tickets créés et non résolus à une date (par défaut : les tickets ouverts).',
      params: {
        tickets: TICKET_TABLE,
        as_of: ['à_la_date', 'Date de référence ; par défaut la dernière date de la table.'],
      },
    },
    TICKETSPERENDPOINT: {
      name: 'TICKETS.PAR.TERMINAL',
      description: 'Tickets par terminal et par mois.',
      params: {
        tickets: ['tickets', 'Un nombre de tickets, ou la table de tickets avec sa ligne d’en-têtes.'],
        endpoints: ['terminaux', 'Nombre de terminaux gérés.'],
        months: [
          'mois',
          'Mois couverts par les tickets ; avec une table, par défaut (dernière − première création) ÷ (365,25/12), au moins 1.',
        ],
      },
    },
    TICKETSBYPERIOD: {
      name: 'TICKETS.PAR.PERIODE',
      description: 'Tableau des tickets par mois, semaine ou jour : ouverts, résolus, en suspens, SLA, délais.',
      params: {
        tickets: TICKET_TABLE,
        interval: ['intervalle', '"month" (mois, par défaut), "week" (semaine) ou "day" (jour).'],
      },
    },
    TICKETSBYCLIENT: {
      name: 'TICKETS.PAR.CLIENT',
      description: 'Tableau des tickets par client : nombre, ouverts, heures, délai de résolution, SLA.',
      params: {
        tickets: TICKET_TABLE,
      },
    },
    TICKETSBY: {
      name: 'TICKETS.PAR',
      description:
        'Tableau des tickets par valeur d’une colonne (priorité, technicien, client…) : nombre, ouverts, SLA, délais médians, heures, et un total.',
      params: {
        tickets: TICKET_TABLE,
        column: ['colonne', 'En-tête de la colonne à regrouper (texte) ou son numéro (1 = première).'],
        target_hours: TARGET_HOURS,
        business_hours: BUSINESS_HOURS,
        holidays: HOLIDAYS,
      },
    },
    CSAT: {
      name: 'SATISFACTION.CLIENT',
      description: "Score CSAT : réponses positives ÷ réponses à l'enquête.",
      params: {
        responses: ['réponses', "Réponses à l'enquête : notes ou mots (positif, neutre, négatif …)."],
        positive_min: ['minimum_positif', 'Note minimale d’une réponse positive (4 par défaut, échelle 1–5).'],
      },
    },
    CES: {
      name: 'EFFORT.CLIENT',
      description: "Score d'effort client moyen.",
      params: {
        scores: ['scores', "Scores d'effort client."],
      },
    },
    BENCHMARK: {
      name: 'EVALUATION',
      description: 'Évaluation d’une valeur de KPI : meilleur de sa catégorie, sain, à surveiller ou agir maintenant.',
      params: {
        kpi: KPI,
        value: KPI_VALUE,
        language: LANGUAGE,
      },
    },
    TARGET: {
      name: 'OBJECTIF',
      description: "Seuil de référence d'un KPI : sain (par défaut) ou meilleur de sa catégorie.",
      params: {
        kpi: KPI,
        level: ['niveau', '"healthy" (sain, par défaut) ou "best" (meilleur de sa catégorie).'],
      },
    },
    ADVICE: {
      name: 'CONSEIL',
      description: 'Que faire quand un KPI est à surveiller ou demande d’agir ("" sinon).',
      params: {
        kpi: KPI,
        value: KPI_VALUE,
        language: LANGUAGE,
      },
    },
    COLUMNS: {
      name: 'COLONNES.LUES',
      description:
        'Ce que les fonctions lisent dans un tableau de tickets ou un registre : disposition, ordre des dates, colonnes, valeurs, vides, problèmes.',
      params: {
        table: ['tableau', "Tableau de tickets ou registre d'abonnements, ligne d'en-tête comprise."],
        language: LANGUAGE,
      },
    },
    KPIS: {
      name: 'INDICATEURS',
      description: 'Tableau du catalogue des références : KPI, nom, unité, sens, seuils, source.',
      params: {
        language: LANGUAGE,
      },
    },
  },
  errors: {
    place: 'ligne {row}, colonne {col}{header} de la plage',
    row: 'ligne {row}',
    tooManyArgs: 'accepte au plus {max} arguments, reçu {count}.',
    notFinite: 'le résultat n’est pas un nombre fini.',
    overflow: 'la somme de {arg} dépasse ce qu’Excel peut contenir.',
    notANumber: '{arg} doit être un nombre, reçu « {value} ».',
    notSingle: '{arg} doit être une valeur unique, pas une plage.',
    unsupportedCell:
      'une cellule contient une valeur de type {value}, illisible ici : utilisez du texte, un nombre ou une date.',
    required: '{arg} est obligatoire.',
    notAnOption: '{arg} « {value} » n’est pas l’une des valeurs {accepted}.',
    negative: '{arg} ne peut pas être négatif (reçu {value}).',
    zero: '{arg} vaut zéro.',
    exceeds: '{arg} ({value}) ne peut pas dépasser {arg2} ({value2}).',
    belowMin: '{arg} doit être au moins égal à {min} (reçu {value}).',
    notAbove: '{arg} doit être supérieur à {min} (reçu {value}).',
    aboveMax: '{arg} doit être au plus égal à {max} (reçu {value}).',
    notWhole: '{arg} doit être un nombre entier (reçu {value}).',
    dateArg: '{arg} doit être une date (date Excel ou texte ISO comme 2025-03-31), reçu « {value} ».',
    cellNotADate: '{cell} : « {value} » n’est pas une date (utilisez une date Excel ou un texte ISO comme 2025-03-05).',
    ticketDate:
      '{cell} : « {value} » n’est pas une date ; utilisez une date Excel ou un texte ISO comme 2025-03-05 14:30.',
    dateOrderConflict:
      '{cell} (« {value} ») ne peut être que jour/mois/année et {cell2} (« {value2} ») que mois/jour/année : un tableau ne peut pas mélanger les deux ordres.',
    currencyMix:
      '{cell} : la colonne de devise contient plusieurs devises ({currencies}) ; des montants en devises différentes ne sont jamais additionnés.',
    ticketDuration: '{cell} : « {value} » n’est pas une durée (un nombre, ou h:mm).',
    negativeDuration: '{cell} : une durée ne peut pas être négative (reçu {value}).',
    notAFlag:
      '{cell} : « {value} » n’est pas une valeur oui/non (utilisez VRAI/FAUX, 1/0, oui/non, respecté/dépassé, dans/hors).',
    earlierThanCreated: '{cell} : {header} ({when}) est antérieur à {header2} ({start}).',
    notAnAnswer:
      '{cell} : « {value} » n’est ni une note ni un mot de satisfaction (positif/neutre/négatif, satisfait/insatisfait, bon/mauvais, 👍/👎 …).',
    notAScore: '{cell} : « {value} » n’est pas un nombre.',
    unknownLanguage: '{arg} « {value} » n’est pas l’une des valeurs {accepted}.',
    missingColumn: 'la table de tickets n’a pas de colonne « {role} » : en-tête attendu, par exemple {headers}.',
    missingColumnOr:
      'la table de tickets n’a pas de colonne « {role} » : en-tête attendu, par exemple {headers}, ou une colonne « {role2} » ({headers2}).',
    ticketsNotCount:
      '{arg} doit être un nombre de tickets ou une table de tickets avec sa ligne d’en-têtes, reçu « {value} ».',
    noHeaderRecognised:
      '{arg} doit être un nombre de tickets ou une table de tickets dont la première ligne contient les en-têtes ; aucun en-tête n’a été reconnu (attendu par exemple {headers}).',
    noFirstResponse: 'aucun ticket n’a de délai de première réponse.',
    noResolution: 'aucun ticket n’a de délai de résolution.',
    noCreationDate: 'aucun ticket n’a de date de création.',
    noMonthsCovered: 'aucun ticket n’a de date de création pour mesurer les mois couverts ; indiquez {arg}.',
    tooManyTicketPeriods:
      'les tickets vont du {first} au {last} : {count} périodes, plus de {max} lignes. Vérifiez ces dates, ou utilisez un intervalle plus long.',
    noSlaData:
      'aucune donnée de SLA : indiquez {arg}, ou ajoutez une colonne « SLA respecté » ({slaHeaders}) ou une colonne d’échéance ({dueHeaders}) avec une colonne de résolution.',
    noSlaYet: 'aucun ticket n’a encore de donnée de SLA (pas d’indicateur, ou aucun résolu ni échu).',
    noFirstContact: 'aucun ticket n’a d’indicateur de résolution au premier contact.',
    noSurveyAnswer: '{arg} ne contient aucune réponse d’enquête.',
    noScores: '{arg} ne contient aucun nombre.',
    sameShape: '{arg} et {arg2} doivent avoir la même forme.',
    liveBeforeStart: '{cell} : la date est antérieure à la date de début.',
    noOnboardingPair: 'aucun client n’a à la fois une date de début et une date de mise en service.',
    singlePeriod: 'le registre n’a qu’une période : les mouvements commencent à la deuxième période.',
    baselinePeriod: 'la première période du registre est la base de départ : elle n’a pas de mouvements.',
    billingNotWord: '{cell} « {value} » n’est ni un nombre de mois ni l’une des valeurs {accepted}.',
    billingNotNumber: '{cell} doit être un nombre de mois ou un mot de facturation, pas {value}.',
    billingNotPositive: '{cell} doit être supérieur à 0 (reçu {value}).',
    billingShape:
      '{arg} doit être une valeur unique ou une plage de même forme que {arg2} ({rows}×{cols}), reçu {gotRows}×{gotCols}.',
    noBenchmark: 'aucune référence pour le kpi « {value} » ; le catalogue contient {accepted} (voir MSP.KPIS).',
    benchmarkValue: '{arg} doit être un nombre, reçu {value}.',
    benchmarkNegative: '{arg} {value} est impossible pour {kpi}, qui ne peut pas être négatif.',
    benchmarkShare: '{arg} {value} dépasse 100 % : {kpi} est une fraction (tapez 0,95 ou 95 %, pas 95).',
    noBestThreshold: '{kpi} n’a pas de seuil « meilleur de sa catégorie » dans le catalogue.',
    periodNotValue: '{arg} doit être un numéro, un libellé ou une date de période, pas {value}.',
    notAPeriod:
      '{arg} {value} n’est pas une période du registre : indiquez 1 à {count}, ou une période de son en-tête ({first} … {last}).',
    windowTooLong:
      'une fenêtre de {months} périodes finissant à {period} commence avant la première période du registre ({first}).',
    windowTooLongOne:
      'une fenêtre de 1 période finissant à {period} commence avant la première période du registre ({first}).',
    noCustomers: 'le registre n’a aucune ligne de client sous son en-tête.',
    negativeAmount: 'le montant du registre en {cell} est négatif ({value}) ; le MRR doit être positif ou nul.',
    amountNotNumber: 'le montant du registre en {cell} n’est pas un nombre (« {value} »).',
    noCustomerName: 'la ligne {row} du registre a des montants mais pas de client en {cell}.',
    customerNotName: 'le client du registre en {cell} doit être un nom ou un numéro, reçu {value}.',
    ledgerDate:
      'la date du registre en {cell} est {value} : utilisez une date Excel ou un texte ISO comme 2025-03-05 ou 2025-03.',
    ledgerDateBlank:
      'la date du registre en {cell} est vide : utilisez une date Excel ou un texte ISO comme 2025-03-05 ou 2025-03.',
    ledgerSpan:
      'les dates du registre vont du {first} (ligne {firstRow}) au {last} (ligne {lastRow}), plus de {years} ans : cherchez une date mal saisie.',
    longLayoutMissing:
      'le registre semble avoir une disposition longue (trouvé {found}) mais n’a pas de colonne {missing}. Un registre long a besoin de {hint} ; un registre large a les clients dans sa première colonne et les périodes sur sa ligne d’en-têtes.',
    noLedgerHeader:
      'le registre a besoin d’une ligne d’en-têtes : les clients dans la première colonne, les périodes (dates ou texte comme 2025-01) à la suite.',
    headerNotPeriod:
      'l’en-tête du registre en {cell} doit être une période (une date ou un texte comme 2025-01), reçu {value}.',
    headerBlank:
      'l’en-tête du registre en {cell} doit être une période (une date ou un texte comme 2025-01), il est vide.',
    periodTwice: 'la période « {value} » apparaît deux fois dans l’en-tête du registre ({cell}).',
    periodsOutOfOrder:
      'les périodes du registre doivent se suivre de gauche à droite dans le temps : « {value} » en {cell} précède la période à sa gauche.',
    valueWithoutPeriod:
      'la cellule du registre en {cell} contient une valeur mais sa colonne n’a pas de période dans l’en-tête.',
    hoursUnknownWord:
      '{arg} : « {value} » n’est ni un jour, ni une heure, ni un fuseau horaire (écrivez par exemple « lun-ven 08:00-18:00 Europe/Paris »).',
    hoursUnexpected:
      '{arg} : « {value} » n’est pas à sa place (écrivez par exemple « lun-ven 08:00-18:00; sam 09:00-12:00 »).',
    hoursBadTime: '{arg} : « {value} » n’est pas une heure du jour (00:00 à 24:00).',
    hoursIncompleteRange: '{arg} : « {value} » n’a pas d’heure de fermeture (par exemple 08:00-18:00).',
    hoursInvertedRange: '{arg} : dans « {value} », l’heure de fermeture doit suivre l’heure d’ouverture.',
    hoursOverlap: '{arg} : « {value} » chevauche une autre plage du même jour.',
    hoursMissingDays: '{arg} : « {value} » n’est précédé d’aucun jour (par exemple « lun-ven 08:00-18:00 »).',
    hoursMissingTimes: '{arg} : « {value} » n’est suivi d’aucun horaire (par exemple « lun-ven 08:00-18:00 »).',
    hoursNeverOpen: '{arg} n’est jamais ouvert : donnez au moins un jour avec des horaires.',
    hoursUnknownZone:
      '{arg} : « {value} » n’est pas un fuseau horaire connu (par exemple Europe/Paris ou UTC+01:00, au plus ±14 h).',
    hoursBadGrid:
      '{arg} doit être un texte ou une plage de 7 lignes (lundi à dimanche) × 2 colonnes (ouverture, fermeture), reçu {value}.',
    hoursBadCell: '{cell} : « {value} » n’est pas une heure du jour.',
    holidayNotADate: '{cell} : « {value} » n’est pas une date.',
    targetsShape: '{arg} doit être un nombre ou une plage de 2 colonnes (priorité, heures), reçu {rows}×{cols}.',
    targetNotHours: '{cell} : « {value} » n’est pas un nombre d’heures.',
    targetNotPositive: '{cell} doit dépasser 0 heure (reçu {value}).',
    targetNoPriority: '{cell} : un objectif a besoin de sa priorité.',
    targetsEmpty: '{arg} ne contient aucun objectif.',
    priorityNotListed: '{cell} : la priorité « {value} » n’a pas d’objectif dans {arg} (qui liste {accepted}).',
    noResponseSlaData:
      'aucune donnée de SLA de réponse : donnez {arg}, ou ajoutez une colonne de SLA de réponse ({slaHeaders}) ou d’échéance de réponse ({dueHeaders}) avec une colonne de première réponse.',
    noSuchColumn: '{arg} « {value} » n’est pas un en-tête de tickets (ses en-têtes : {accepted}).',
    columnOutside: '{arg} {value} n’est pas une colonne de tickets : donnez 1 à {count}, ou un en-tête.',
    unexpected: 'erreur inattendue : {detail}',
    referencedError: 'une cellule référencée contient {code}.',
  },
  quantities: {
    revenueMinusCogs: 'chiffre_affaires − cmv',
    revenueMinusOpex: 'chiffre_affaires − dépenses_fonctionnement',
    arpaTimesMargin: 'arpa × marge_brute',
    customersLost: 'clients perdus',
    customersKept: 'clients conservés',
    atStart: 'clients actifs au début de la fenêtre',
    mrrAtEnd: 'MRR de ces clients à la fin',
    mrrKept: 'MRR conservé',
    mrrLost: 'MRR perdu',
    mrrGained: 'MRR gagné (nouveau + expansion + réactivation)',
    mrrShrunk: 'MRR perdu (contraction + attrition)',
    mrrAtStart: 'MRR des clients actifs au début de la fenêtre',
    periodMrr: 'MRR de la période',
    activeCustomers: 'clients actifs de la période',
  },
  inputColumns: {
    layout: 'Disposition',
    tickets: 'Tableau de tickets',
    ledgerLong: 'Registre, une ligne par client et période',
    ledgerWide: 'Registre, une colonne par période',
    dateOrder: 'Ordre des dates',
    dmy: 'jour/mois/année',
    mdy: 'mois/jour/année',
    proven: '{order} (prouvé)',
    assumed: '{order} (supposé)',
    noTextDates: 'aucune date écrite en texte numérique',
    problems: '{count} ; première : {place} : « {value} »',
    ledgerRoles: {
      customer: 'client',
      period: 'période',
      amount: 'montant',
      currency: 'devise',
      periods: 'périodes',
    },
  },
  columnRoles: {
    id: 'numéro de ticket',
    client: 'client',
    priority: 'priorité',
    status: 'statut',
    created: 'date de création',
    firstResponse: 'date de première réponse',
    firstResponseTime: 'délai de première réponse',
    resolved: 'date de résolution',
    closed: 'date de clôture',
    resolutionTime: 'délai de résolution',
    due: 'échéance de résolution',
    slaMet: 'SLA respecté',
    responseDue: 'échéance de première réponse',
    responseSlaMet: 'SLA de réponse respecté',
    firstContact: 'résolu au premier contact',
    hours: 'heures travaillées',
  },
  manifest: {
    displayName: 'MSP KPI pour Excel',
    description:
      'Fonctions KPI et feuilles de référence pour les MSP : attrition, mouvements du MRR, SLA, temps de réponse, marges.',
    getStartedTitle: 'MSP KPI est prêt',
    groupLabel: 'KPI MSP',
    buttonLabel: 'KPI MSP',
    getStartedDescription:
      "Tapez =MSP. dans une cellule pour les fonctions KPI, ou ouvrez KPI MSP dans l'onglet Accueil pour créer une feuille de référence.",
    buttonTooltip: "Ouvrir l'assistant MSP KPI pour créer des tableaux de bord et des feuilles de référence.",
  },
  wizard: {
    title: 'KPI MSP',
    stepOf: 'Étape {step} sur {total}',
    steps: { template: 'Modèle', data: 'Données', options: 'Options', build: 'Créer' },
    templates: {
      scorecard: 'Tableau de bord',
      scorecardHelp: 'Tous les KPI simples avec cellules de saisie, évalués par rapport aux références.',
      serviceDesk: "Centre d'assistance",
      serviceDeskHelp:
        "SLA, délais de réponse et de résolution, tickets en suspens et tendances à partir d'un export de tickets.",
      recurringRevenue: 'Revenus récurrents',
      recurringRevenueHelp: "Mouvements du MRR, attrition, rétention et cohortes à partir d'un registre d'abonnements.",
      benchmarks: 'Références',
      benchmarksHelp: 'Le catalogue des références avec seuils et sources.',
    },
    data: {
      selection: 'Utiliser la plage sélectionnée',
      table: 'Utiliser un tableau Excel',
      sample: "Utiliser des données d'exemple",
      sampleHelp: "Un tableau d'exemple réaliste est d'abord écrit dans une nouvelle feuille.",
      pickTable: 'Choisir un tableau',
      noTables: 'Ce classeur ne contient aucun tableau Excel.',
      noSelection: 'Sélectionnez la plage qui contient vos données, en-têtes compris.',
      detected: 'Ce qui a été trouvé',
      range: 'Plage : {address}',
      tableRange: 'Tableau : {name} ({address})',
      columnsFound: 'Colonnes trouvées : {columns}',
      columnFor: '{role} : {header}',
      ticketsOne: '{count} ticket',
      customersOne: '{count} client',
      periodsOne: '{count} période : {first}',
      kpisBuilt: 'Sur la feuille',
      eachFrom: 'Chacun à partir de : {columns}',
      kpisNotBuilt: 'Absent de la feuille avec ces données',
      kpiNeedsColumn: 'il faut une colonne : {roles}',
      dataNeedsColumn: 'Aucune colonne trouvée pour : {roles}. La feuille en a besoin.',
      waitsForEndpoints:
        'affiché dès que vous indiquez le nombre de postes gérés (étape Options, ou sa cellule de saisie sur la feuille)',
      acceptedHeaders: 'En-têtes reconnus pour les colonnes manquantes',
      periodsAcross: 'périodes en en-tête ({first} … {last})',
      layoutWide: 'Disposition : une ligne par client, une colonne par période',
      layoutLong: 'Disposition : une ligne par client et par période',
      periods: '{count} périodes, de {first} à {last}',
      customers: '{count} clients',
      tickets: '{count} tickets',
      dateOrder: 'Ordre des dates : {order}',
      asOf: 'Dernière date : {date}',
      problems: 'Problèmes trouvés',
      noProblem: 'Aucun problème trouvé.',
      onePeriod: 'Le registre n’a qu’une période : mouvements, attrition et rétention en demandent au moins deux.',
    },
    roles: {
      id: 'N° de ticket',
      client: 'Client',
      priority: 'Priorité',
      status: 'Statut',
      created: 'Création',
      firstResponse: 'Première réponse',
      firstResponseDuration: 'Délai de première réponse',
      resolved: 'Résolution',
      closed: 'Clôturé',
      due: 'Échéance',
      slaMet: 'SLA respecté',
      responseDue: 'Échéance de réponse',
      responseSlaMet: 'SLA de réponse respecté',
      firstContact: 'Résolu au premier contact',
      hours: 'Heures',
      customer: 'Client',
      period: 'Période',
      amount: 'Montant',
      resolutionDuration: 'Délai de résolution',
      csat: 'Satisfaction (CSAT)',
    },
    options: {
      period: 'Période',
      periodLatest: 'Dernière période',
      window: 'Fenêtre (mois)',
      interval: 'Regrouper les tickets par',
      intervalMonth: 'Mois',
      intervalWeek: 'Semaine',
      intervalDay: 'Jour',
      currency: 'Symbole monétaire',
      endpoints: 'Nombre de terminaux gérés',
      endpointsHelp: 'Nécessaire pour les tickets par terminal.',
      businessHours: 'Heures ouvrées',
      businessHoursHelp:
        'Comme dans le contrat, par exemple lun-ven 08:00-18:00 Europe/Paris. Vide : 24 h sur 24 (24x7).',
      holidays: 'Jours fériés',
      holidaysHelp: 'Jours fermés en entier, séparés par des virgules ou des espaces (2025-12-25, 2025-12-26).',
      targets: 'Objectifs SLA par priorité',
      targetsHelp: 'Heures pour répondre et pour résoudre ; modifiables ensuite sur la feuille.',
      language: 'Langue des libellés',
    },
    buttons: {
      next: 'Suivant',
      back: 'Précédent',
      build: 'Créer',
      refresh: 'Actualiser',
      startOver: 'Recommencer',
    },
    build: {
      building: 'Création de la feuille…',
      built: 'Feuille « {sheet} » créée.',
      refreshed: 'Feuille « {sheet} » actualisée.',
      nothingToRefresh: "Cette feuille n'a pas été créée par l'assistant : rien à actualiser.",
      reportFormulas: 'Formules : {count}',
      reportTables: 'Tableaux dynamiques : {count}',
      reportCharts: 'Graphiques : {count}',
    },
    errors: {
      notFound:
        'Les données ou la feuille nécessaires n’existent plus (renommées ou supprimées ?). Choisissez à nouveau les données.',
      nameTaken: 'Une autre feuille a pris le même nom au même moment. Réessayez.',
      protected: 'Le classeur est protégé ou en lecture seule : impossible d’ajouter une feuille.',
      tooLarge:
        'Une seule ligne de ces données dépasse ce qu’Excel peut transmettre en une réponse (5 Mo dans Excel pour le web) : une cellule contient sans doute un texte très long. Sélectionnez seulement les colonnes utiles au modèle, ou utilisez la ligne de commande msp-kpi.',
      oldExcel:
        'Cette version d’Excel n’a pas une fonction dont l’assistant a besoin (Excel API 1.12). Mettez Excel à jour ou utilisez Excel pour le web.',
      unexpected: 'Excel n’a pas pu terminer ({detail}). Réessayez dans un instant.',
      settingsNotStored:
        'Les paramètres de construction n’ont pas pu être enregistrés sur la feuille : l’actualisation ne fonctionnerait pas.',
      leftover: 'La feuille inachevée « {sheet} » n’a pas pu être supprimée : supprimez-la à la main.',
      nothingChanged: 'Rien n’a été écrit : votre classeur est tel qu’il était.',
      noSample: 'Ce modèle n’a pas besoin de données.',
    },
    pane: {
      stepsLabel: 'Étapes de l’assistant',
      templateTitle: 'Choisissez un modèle',
      templateCaption: 'Chaque modèle crée une nouvelle feuille avec des formules MSP.* dynamiques.',
      dataTitle: 'Choisissez vos données',
      dataCaption: 'Rien n’est créé avant la dernière étape.',
      noDataScorecard:
        'Le tableau de bord a des cellules de saisie : vous y tapez vos propres chiffres une fois la feuille créée. Aucune donnée n’est nécessaire.',
      noDataBenchmarks:
        'Les références présentent le catalogue des benchmarks et leurs sources. Aucune donnée n’est nécessaire.',
      selectionHelp:
        'La plage sélectionnée dans Excel, avec sa ligne d’en-têtes. Une seule cellule désigne le tableau qui l’entoure.',
      tableHelp: 'Un tableau Excel mis en forme de ce classeur.',
      checkAgain: 'Vérifier à nouveau',
      checking: 'Lecture des données…',
      writeSample: 'Écrire les données d’exemple',
      sampleWritten: 'Données d’exemple écrites dans « {sheet} » ({rows} lignes).',
      optionsTitle: 'Réglez les options',
      optionsCaption: 'Vous pourrez modifier les cellules de saisie dans la feuille créée.',
      periodHint: 'Laissez vide pour la dernière période ({last}). Les périodes vont de {first} à {last}.',
      buildTitle: 'Créez la feuille',
      buildCaption: 'Une nouvelle feuille est ajoutée et activée ; aucune de vos feuilles n’est modifiée.',
      dataNone: 'Aucune',
      buildsTitle: 'Feuilles créées par l’assistant',
      buildsHelp:
        'Actualiser recrée une feuille à partir de ses données actuelles avec les réglages enregistrés dans le classeur : cela fonctionne pour toute personne qui ouvre le classeur.',
      noBuilds: 'Aucune feuille créée par l’assistant pour l’instant.',
      refreshing: 'Actualisation de « {sheet} »…',
      refreshLabel: 'Actualiser « {sheet} »',
      needTemplate: 'Choisissez un modèle pour continuer.',
      needSource: 'Choisissez d’où viennent les données.',
      needTable: 'Choisissez un tableau.',
      needCheck: 'Les données n’ont pas encore pu être lues. Sélectionnez-les puis choisissez Vérifier à nouveau.',
      needSample: 'Écrivez d’abord les données d’exemple.',
      stillChecking: 'Patientez jusqu’à la fin de la lecture des données.',
      dataUnusable: 'Ces données ne sont pas utilisables telles quelles : voyez les problèmes trouvés.',
      badCurrency: 'Tapez un symbole monétaire (1 à 5 caractères), par exemple € ou CHF.',
      badEndpoints:
        'Tapez un nombre entier supérieur à zéro, ou laissez vide et remplissez-le plus tard dans la feuille.',
      badBusinessHours: 'Ces heures ouvrées sont illisibles : {reason}',
      badHolidays: 'Écrivez les jours fériés comme des dates, par exemple 2025-12-25, séparées par des virgules.',
      badTarget: 'Tapez un nombre d’heures supérieur à zéro.',
      noOffice: 'Ouvrez cette page depuis Excel : l’assistant a besoin d’Excel pour fonctionner.',
    },
  },
  /** Column headers of the spilled tables, per function and column id (the declarations' `columns`). */
  spillHeaders: {
    MRRMOVES: {
      period: 'Période',
      startingMrr: 'MRR de début',
      new: 'Nouveau',
      expansion: 'Expansion',
      reactivation: 'Réactivation',
      contraction: 'Contraction',
      churn: 'Attrition',
      endingMrr: 'MRR de fin',
      customers: 'Clients',
      churnedCustomers: 'Clients perdus',
      customerChurn: 'Attrition clients',
    },
    COHORTS: { cohort: 'Cohorte', customers: 'Clients' },
    TICKETSBYPERIOD: {
      periodStart: 'Début de période',
      opened: 'Ouverts',
      resolved: 'Résolus',
      net: 'Solde',
      backlog: 'En suspens',
      slaMet: 'SLA respecté',
      avgFirstResponse: 'Première réponse moy. (h)',
      avgResolution: 'Résolution moy. (h)',
    },
    TICKETSBYCLIENT: {
      client: 'Client',
      tickets: 'Tickets',
      open: 'Ouverts',
      hours: 'Heures',
      avgResolution: 'Résolution moy. (h)',
      slaMet: 'SLA respecté',
    },
    TICKETSBY: {
      group: 'Groupe',
      tickets: 'Tickets',
      open: 'Ouverts',
      slaMet: 'SLA respecté',
      responseSlaMet: 'SLA de réponse respecté',
      medianFirstResponse: 'Première réponse médiane (h)',
      medianResolution: 'Résolution médiane (h)',
      hours: 'Heures',
    },
    COLUMNS: {
      role: 'Rôle',
      column: 'Colonne',
      header: 'En-tête',
      values: 'Valeurs',
      blank: 'Vides',
      problems: 'Problèmes',
    },
    KPIS: {
      kpi: 'KPI',
      name: 'Nom',
      unit: 'Unité',
      better: 'Meilleur si',
      healthy: 'Sain',
      best: 'Meilleur de sa catégorie',
      source: 'Source',
    },
  },
  spillLabels: { blank: '(vide)', total: 'Total' },
  sheet: {
    titles: {
      scorecard: 'Tableau de bord MSP',
      serviceDesk: "KPI du centre d'assistance",
      recurringRevenue: 'KPI des revenus récurrents',
      benchmarks: 'Références MSP',
    },
    asOf: 'Au {date}',
    dataSource: 'Données : {source}',
    kpi: 'KPI',
    value: 'Valeur',
    healthyTarget: 'Objectif sain',
    bestInClass: 'Meilleur de sa catégorie',
    rating: 'Évaluation',
    advice: 'Conseil',
    inputs: 'Données saisies',
    input: 'Saisie',
    sources: 'Sources',
    sourceLine: '{kpi} : {source}',
    notRated: 'Sans référence',
    movementsTitle: 'Mouvements du MRR',
    cohortsTitle: 'Cohortes',
    ticketsByPeriodTitle: 'Tickets par période',
    ticketsByClientTitle: 'Tickets par client',
    endpoints: 'Terminaux gérés',
    businessHours: 'Heures ouvrées (vide = 24x7)',
    holidays: 'Jours fériés (dates)',
    targetsTitle: 'Objectifs SLA par priorité (heures)',
    targetPriority: 'Priorité',
    targetResponse: 'Réponse (h)',
    targetResolution: 'Résolution (h)',
    ticketsByPriorityTitle: 'Tickets par priorité',
    window: 'Fenêtre : {months} mois',
    kpiLabels: {
      RESPONSESLA: 'Respect du SLA de réponse',
      FRT: 'Délai de première réponse (heures)',
      TTR: 'Délai de résolution (heures)',
      BACKLOG: 'Tickets ouverts (en attente)',
      MRR: 'MRR de la période',
      ARPA: 'Revenu moyen par client (ARPA)',
      GRR: 'Rétention brute des revenus (GRR)',
      churnWindow: 'Attrition clients (fenêtre de {months} mois)',
      churnYear: 'Attrition clients (12 derniers mois)',
      churnAnnualised: 'Attrition clients (annualisée)',
      windowed: '{kpi} (fenêtre de {months} mois)',
      lastYear: '{kpi} (12 derniers mois)',
    },
    annualisedNote: 'Moins d’un an d’historique : l’attrition de la fenêtre composée sur 12 mois.',
    notComputed: '{kpi} : non calculé à partir de ces données ({reason})',
    inputLabels: {
      csatPositive: 'Réponses positives',
      csatResponses: 'Réponses à l’enquête',
      fcrFirstContact: 'Résolus au premier contact',
      fcrTickets: 'Tickets',
    },
    scorecardHelp:
      'Saisissez vos chiffres dans les cellules jaunes : valeurs, évaluations et conseils se mettent à jour aussitôt.',
    thresholdsUsd:
      'Les seuils de coût (coût par lead, coût par embauche) sont les montants en USD des sources : comparez avec prudence dans une autre devise.',
    otherKpis: 'Autres KPI (sans référence)',
    benchmarksHelp: 'Les seuils de référence et leurs sources, tels que les fonctions d’évaluation les utilisent.',
    sampleTicketsSheet: 'Exemple tickets',
    sampleLedgerSheet: 'Exemple abonnements',
  },
};
