import type { KpiId } from '../benchmarks/catalog';

/** A function's localized display name (uppercase, dots) and autocomplete description. */
export interface FunctionText {
  readonly name: string;
  readonly description: string;
  /** Its parameters' names and descriptions, keyed by the registry's parameter name. */
  readonly params?: Readonly<Record<string, ParamText>>;
}
/** A parameter's localized name and description, keyed by the registry's (English) parameter name. */
export type ParamText = readonly [name: string, description: string];

type PerKpi = Record<KpiId, string>;

/**
 * English: the reference every other language is typed against (`Messages`). `{name}` marks a
 * placeholder filled by `format`; every translation must use the same placeholders.
 */
export const en = {
  /** The five languages, named in this language (parseLanguage also accepts these names). */
  languages: { en: 'English', fr: 'French', nl: 'Dutch', it: 'Italian', de: 'German' },
  ratings: { best: 'Best in class', healthy: 'Healthy', watch: 'Watch', act: 'Act now' },
  better: { higher: 'Higher', lower: 'Lower' },
  units: {
    percent: '%',
    percentPerYear: '% per year',
    usd: 'USD',
    ratio: 'ratio (×)',
    perEndpointMonth: 'tickets per endpoint per month',
  },
  basis: { secondary: 'secondary source', projectDefault: 'project default' },
  /** How a threshold's basis is noted after the source, e.g. "Healthy: project default". */
  basisNote: '{level}: {basis}',
  kpiNames: {
    CHURN: 'Customer churn (annual)',
    SLA: 'SLA compliance',
    CSAT: 'Customer satisfaction (CSAT)',
    NOIMARGIN: 'Net operating income margin',
    ADMINRATIO: 'Administrative expenses / revenue',
    GROSSMARGIN: 'Gross margin (managed services)',
    CPL: 'Cost per lead',
    CONVERSION: 'Conversion rate',
    COSTPERHIRE: 'Cost per hire',
    TURNOVER: 'Employee turnover (annual)',
    TICKETSPERENDPOINT: 'Tickets per endpoint per month',
    FCR: 'First contact resolution',
    UTILIZATION: 'Resource utilisation',
    RECURRINGSHARE: 'Recurring share of revenue',
    NRR: 'Net revenue retention',
    LTVCAC: 'LTV : CAC ratio',
    QUICKRATIO: 'SaaS quick ratio',
  } satisfies PerKpi,
  /** What to do on Watch or Act now, from the seeds' advice. */
  advice: {
    CHURN:
      'Find out why clients leave and fix the problems fast. Look for patterns: mostly small, unprofitable clients? Revisit your target clients. Complaints about support? Review ticket triage and customer success. Talk to clients regularly, hold quarterly business reviews, improve onboarding and modernise your offers.',
    SLA: 'Look at your ticket management and your teams: how do you prioritise tickets? Is the resolution of recurring problems documented, or better, automated? Are technicians overloaded, and can workloads be rebalanced?',
    CSAT: 'Talk to your clients: ask for their opinion, check in regularly and have honest, open conversations. Use the feedback to train technicians in people skills, and share the CSAT score with the support team.',
    NOIMARGIN:
      'Net operating income is below 10 % of revenue: look for ways to reduce your costs or increase your revenue.',
    ADMINRATIO:
      'Administrative expenses above 20 % of revenue: bring overheads (premises, internal IT, office costs) under control to secure higher profitability.',
    GROSSMARGIN:
      'Keep delivery costs (licences, labour, delivery) under control, optimise your processes and review your prices to widen the margin.',
    CPL: 'Target high-value client segments, invest more in the channels that bring the most conversions, optimise your messages and website, and focus sales effort on what works best for your MSP.',
    CONVERSION:
      'Review marketing and sales: is your website optimised for conversion, with clear calls to action? Do you follow up leads with personal actions, and does your sales process lead quickly to a decision? Shorter forms and sales scripts aligned with buyers\u2019 pain points make a big difference.',
    COSTPERHIRE:
      'Standardise the hiring process, stop spending on job boards and headhunters that bring nothing and use referrals, create a positive onboarding experience and invest in your talent pool so you need to hire less often.',
    TURNOVER:
      'Understand why people leave: exit interviews, engagement surveys and regular check-ins. Are technicians swamped by tickets, do managers support them, are career paths clear? Build a culture where people feel supported, valued and able to grow.',
    TICKETSPERENDPOINT:
      'Analyse your clients, technicians and technology: do clients follow good practice, can onboarding and training improve, do the same problems keep coming back? Automate or document them for faster resolution.',
    FCR: 'Give the first line what it needs to solve issues on the first contact: document recurring problems, automate the common fixes and route tickets to the right skills from the start.',
    UTILIZATION:
      'Find out how much time is lost on non-billable work and deploy your resources wisely; automate routine tasks to free technicians for billable work.',
    RECURRINGSHARE:
      'Grow recurring revenue: study your client base and upsell opportunities, convert clients to managed contracts, bundle your services into packages and modernise your offers.',
    NRR: 'Revenue from existing clients is shrinking: reduce churn and contraction, hold quarterly business reviews and upsell where the client gains from it.',
    LTVCAC:
      'Client lifetime value must be well above acquisition cost: improve your marketing, sales and retention strategies (onboarding, quarterly business reviews, upselling, prices aligned with the value you deliver).',
    QUICKRATIO:
      'Losses (churn and contraction) eat most of your growth: find out why clients leave or spend less, and strengthen new business and expansion.',
  } satisfies PerKpi,
  /**
   * Function display names and descriptions for the localized metadata, keyed by function id, each
   * with its own parameters' texts (a parameter name means different things in different functions).
   * English has none here: its name is the id and its texts are the registry's (declared once there).
   */
  functions: {} as Record<string, FunctionText>,
  /**
   * Error messages, one per key (`fail.value('notANumber', { arg, value })`). `{arg…}` placeholders
   * are parameter names (shown as the language names them), `{role…}` column roles, `{quantity…}`
   * the quantities below; a `{cell}`-like placeholder given a place reads "tickets, row 4, column B
   * (Created) of the range". `MSP.<name>:` is put in front by the renderer, not written here.
   */
  errors: {
    place: 'row {row}, column {col}{header} of the range',
    row: 'row {row}',
    tooManyArgs: 'takes at most {max} arguments, got {count}.',
    notFinite: 'the result is not a finite number.',
    overflow: '{arg} adds up to more than Excel can hold.',
    notANumber: '{arg} must be a number, got "{value}".',
    notSingle: '{arg} must be a single value, not a range.',
    required: '{arg} is required.',
    notAnOption: '{arg} "{value}" is not one of {accepted}.',
    negative: '{arg} cannot be negative (got {value}).',
    zero: '{arg} is zero.',
    exceeds: '{arg} ({value}) cannot exceed {arg2} ({value2}).',
    belowMin: '{arg} must be at least {min} (got {value}).',
    notAbove: '{arg} must be more than {min} (got {value}).',
    aboveMax: '{arg} must be at most {max} (got {value}).',
    notWhole: '{arg} must be a whole number (got {value}).',
    dateArg: '{arg} must be a date (an Excel date or ISO text such as 2025-03-31), got "{value}".',
    cellNotADate: '{cell}: "{value}" is not a date (use an Excel date or ISO text such as 2025-03-05).',
    ticketDate: '{cell}: "{value}" is not a date; use an Excel date or ISO text such as 2025-03-05 14:30.',
    dateOrderConflict:
      '{cell} ("{value}") can only be day/month/year and {cell2} ("{value2}") only month/day/year: one table cannot mix the two orders.',
    currencyMix:
      '{cell}: the currency column holds several currencies ({currencies}); amounts in different currencies are never added.',
    ticketDuration: '{cell}: "{value}" is not a duration (a number, or h:mm).',
    negativeDuration: '{cell}: a duration cannot be negative (got {value}).',
    notAFlag:
      '{cell}: "{value}" is not a yes/no value (use TRUE/FALSE, 1/0, yes/no, met/breached, within/violated, in/out).',
    earlierThanCreated: '{cell}: {header} ({when}) is earlier than {header2} ({start}).',
    notAnAnswer:
      '{cell}: "{value}" is not a score or a satisfaction word (positive/neutral/negative, satisfied/unsatisfied, good/bad, 👍/👎 …).',
    notAScore: '{cell}: "{value}" is not a number.',
    unknownLanguage: '{arg} "{value}" is not one of {accepted}.',
    missingColumn: 'tickets has no {role} column: expected a header such as {headers}.',
    missingColumnOr:
      'tickets has no {role} column: expected a header such as {headers} or a {role2} column ({headers2}).',
    ticketsNotCount: '{arg} must be a number of tickets or a ticket table with its header row, got "{value}".',
    noHeaderRecognised:
      '{arg} must be a number of tickets or a ticket table whose first row holds its headers; no header was recognised (expected e.g. {headers}).',
    noFirstResponse: 'no ticket has a first response time.',
    noResolution: 'no ticket has a resolution time.',
    noCreationDate: 'no ticket has a creation date.',
    noMonthsCovered: 'no ticket has a creation date to measure the months covered; give {arg}.',
    tooManyTicketPeriods:
      'the tickets run from {first} to {last}: {count} periods, more than {max} rows. Check those dates, or use a longer interval.',
    noSlaData:
      'no SLA data: give {arg}, or add an SLA-met column ({slaHeaders}) or a due column ({dueHeaders}) with a resolved column.',
    noSlaYet: 'no ticket has SLA data yet (no flag, or none resolved or past due).',
    noFirstContact: 'no ticket has a first-contact flag.',
    noSurveyAnswer: '{arg} holds no survey answer.',
    noScores: '{arg} holds no number.',
    sameShape: '{arg} and {arg2} must have the same shape.',
    liveBeforeStart: '{cell} is before its start date.',
    noOnboardingPair: 'no client has both a start and a go-live date.',
    singlePeriod: 'the ledger has a single period: movements start from the second period.',
    baselinePeriod: 'the first period of the ledger is the baseline: it has no movements.',
    billingNotWord: '{cell} "{value}" is neither a number of months nor one of {accepted}.',
    billingNotNumber: '{cell} must be a number of months or a billing word, not {value}.',
    billingNotPositive: '{cell} must be more than 0 (got {value}).',
    billingShape:
      '{arg} must be one value or a range the same shape as {arg2} ({rows}×{cols}), got {gotRows}×{gotCols}.',
    noBenchmark: 'no benchmark for kpi "{value}"; the catalogue has {accepted} (see MSP.KPIS).',
    benchmarkValue: '{arg} must be a number, got {value}.',
    benchmarkNegative: '{arg} {value} is impossible for {kpi}, which cannot be negative.',
    benchmarkShare: '{arg} {value} is above 100 %: {kpi} is a fraction (type 0.95 or 95 %, not 95).',
    noBestThreshold: '{kpi} has no best-in-class threshold in the catalogue.',
    periodNotValue: '{arg} must be a period number, label or date, not {value}.',
    notAPeriod:
      '{arg} {value} is not a period of the ledger: give 1 to {count}, or a period of its header ({first} … {last}).',
    windowTooLong:
      'a window of {months} periods ending at {period} starts before the first period of the ledger ({first}).',
    windowTooLongOne: 'a window of 1 period ending at {period} starts before the first period of the ledger ({first}).',
    noCustomers: 'the ledger has no customer rows below its header.',
    negativeAmount: 'ledger amount at {cell} is negative ({value}); MRR must be 0 or more.',
    amountNotNumber: 'ledger amount at {cell} is not a number ("{value}").',
    noCustomerName: 'ledger row {row} has amounts but no customer at {cell}.',
    customerNotName: 'ledger customer at {cell} must be a name or a number, got {value}.',
    ledgerDate: 'ledger date at {cell} is {value}: use an Excel date or ISO text such as 2025-03-05 or 2025-03.',
    ledgerDateBlank: 'ledger date at {cell} is blank: use an Excel date or ISO text such as 2025-03-05 or 2025-03.',
    ledgerSpan:
      'ledger dates run from {first} (row {firstRow}) to {last} (row {lastRow}), more than {years} years: check for a mistyped date.',
    longLayoutMissing:
      'ledger looks like a long layout (found {found}) but has no {missing} column. A long ledger needs {hint}; a wide ledger has customers in its first column and periods across its header.',
    noLedgerHeader:
      'ledger needs a header row: customers in the first column and periods (dates or text such as 2025-01) across.',
    headerNotPeriod: 'ledger header at {cell} must be a period (a date or text such as 2025-01), got {value}.',
    headerBlank: 'ledger header at {cell} must be a period (a date or text such as 2025-01), got a blank.',
    periodTwice: 'ledger period "{value}" appears twice in the header ({cell}).',
    periodsOutOfOrder:
      'ledger periods must run left to right in time: "{value}" at {cell} comes before the period on its left.',
    valueWithoutPeriod: 'ledger cell at {cell} holds a value but its column has no period in the header.',
    hoursUnknownWord:
      '{arg}: "{value}" is not a day, a time or a time zone (write e.g. "Mon-Fri 08:00-18:00 Europe/Paris").',
    hoursUnexpected: '{arg}: "{value}" is out of place (write e.g. "Mon-Fri 08:00-18:00; Sat 09:00-12:00").',
    hoursBadTime: '{arg}: "{value}" is not a time of day (00:00 to 24:00).',
    hoursIncompleteRange: '{arg}: "{value}" needs its closing time (e.g. 08:00-18:00).',
    hoursInvertedRange: '{arg}: in "{value}" the closing time must be after the opening time.',
    hoursOverlap: '{arg}: "{value}" overlaps another range of the same day.',
    hoursMissingDays: '{arg}: "{value}" has no day before it (e.g. "Mon-Fri 08:00-18:00").',
    hoursMissingTimes: '{arg}: "{value}" has no opening hours after it (e.g. "Mon-Fri 08:00-18:00").',
    hoursNeverOpen: '{arg} is never open: give at least one day with opening hours.',
    hoursUnknownZone: '{arg}: "{value}" is not a known time zone (use e.g. Europe/Paris or UTC+01:00, at most ±14 h).',
    hoursBadGrid:
      '{arg} must be text or a range of 7 rows (Monday to Sunday) × 2 columns (opening, closing time), got {value}.',
    hoursBadCell: '{cell}: "{value}" is not a time of day.',
    holidayNotADate: '{cell}: "{value}" is not a date.',
    targetsShape: '{arg} must be a number or a range of 2 columns (priority, hours), got {rows}×{cols}.',
    targetNotHours: '{cell}: "{value}" is not a number of hours.',
    targetNotPositive: '{cell} must be more than 0 hours (got {value}).',
    targetNoPriority: '{cell}: a target needs its priority.',
    targetsEmpty: '{arg} lists no target.',
    priorityNotListed: '{cell}: priority "{value}" has no target in {arg} (it lists {accepted}).',
    noResponseSlaData:
      'no response SLA data: give {arg}, or add a response-SLA column ({slaHeaders}) or a response-due column ({dueHeaders}) with a first response column.',
    noSuchColumn: '{arg} "{value}" is not a header of tickets (its headers: {accepted}).',
    columnOutside: '{arg} {value} is not a column of tickets: give 1 to {count}, or a header.',
    unexpected: 'unexpected error: {detail}',
    referencedError: 'a referenced cell holds {code}.',
  },
  /** Quantities that messages name which are no parameter (parts of a ratio). */
  quantities: {
    revenueMinusCogs: 'revenue − cogs',
    revenueMinusOpex: 'revenue − operating_expenses',
    arpaTimesMargin: 'arpa × gross_margin',
    customersLost: 'customers lost',
    customersKept: 'customers kept',
    atStart: 'customers active at the start of the window',
    mrrAtEnd: 'MRR of those customers at the end',
    mrrKept: 'MRR kept',
    mrrLost: 'MRR lost',
    mrrGained: 'MRR gained (new + expansion + reactivation)',
    mrrShrunk: 'MRR lost (contraction + churn)',
    mrrAtStart: 'MRR of the customers active at the start of the window',
    periodMrr: 'MRR of the period',
    activeCustomers: 'active customers in the period',
  },
  /** MSP.COLUMNS's words: the layout and date-order rows, ledger roles, the problems cell. */
  inputColumns: {
    layout: 'Layout',
    tickets: 'Ticket table',
    ledgerLong: 'Ledger, one row per customer and period',
    ledgerWide: 'Ledger, one column per period',
    dateOrder: 'Date order',
    dmy: 'day/month/year',
    mdy: 'month/day/year',
    proven: '{order} (proven)',
    assumed: '{order} (assumed)',
    noTextDates: 'no date written as numeric text',
    problems: '{count}; first: {place}: "{value}"',
    ledgerRoles: {
      customer: 'customer',
      period: 'period',
      amount: 'amount',
      currency: 'currency',
      periods: 'periods',
    },
  },
  /** How messages name a column role of a ticket table. */
  columnRoles: {
    id: 'ticket id',
    client: 'client',
    priority: 'priority',
    status: 'status',
    created: 'created time',
    firstResponse: 'first response time',
    firstResponseTime: 'first response duration',
    resolved: 'resolved time',
    closed: 'closed time',
    resolutionTime: 'resolution duration',
    due: 'resolution due time',
    slaMet: 'SLA met',
    responseDue: 'first response due time',
    responseSlaMet: 'response SLA met',
    firstContact: 'first-contact resolution flag',
    hours: 'hours worked',
  },
  /** The manifest's texts (ribbon, add-in name): scripts/manifest.ts writes them into manifest.xml. */
  manifest: {
    displayName: 'MSP KPI for Excel',
    description:
      'KPI functions and benchmark sheets for managed service providers: churn, MRR movements, SLA, response times, margins.',
    getStartedTitle: 'MSP KPI is ready',
    groupLabel: 'MSP KPI',
    buttonLabel: 'MSP KPIs',
    getStartedDescription:
      'Type =MSP. in a cell for the KPI functions, or open MSP KPIs on the Home tab to build a benchmark sheet.',
    buttonTooltip: 'Open the MSP KPI wizard to build scorecards and benchmark sheets.',
  },
  wizard: {
    title: 'MSP KPIs',
    stepOf: 'Step {step} of {total}',
    steps: { template: 'Template', data: 'Data', options: 'Options', build: 'Build' },
    templates: {
      scorecard: 'Scorecard',
      scorecardHelp: 'Every scalar KPI with input cells, rated against the benchmarks.',
      serviceDesk: 'Service desk',
      serviceDeskHelp: 'SLA, response and resolution times, backlog and trends from a ticket export.',
      recurringRevenue: 'Recurring revenue',
      recurringRevenueHelp: 'MRR movements, churn, retention and cohorts from a subscription ledger.',
      benchmarks: 'Benchmark reference',
      benchmarksHelp: 'The benchmark catalogue with thresholds and sources.',
    },
    data: {
      selection: 'Use the selected range',
      table: 'Use an Excel table',
      sample: 'Use sample data',
      sampleHelp: 'A realistic sample table is written to a new sheet first.',
      pickTable: 'Choose a table',
      noTables: 'This workbook has no Excel tables.',
      noSelection: 'Select the range that holds your data, headers included.',
      detected: 'What was found',
      range: 'Range: {address}',
      tableRange: 'Table: {name} ({address})',
      columnsFound: 'Columns found: {columns}',
      columnFor: '{role}: {header}',
      ticketsOne: '{count} ticket',
      customersOne: '{count} customer',
      periodsOne: '{count} period: {first}',
      kpisBuilt: 'On the sheet',
      eachFrom: 'Each from: {columns}',
      kpisNotBuilt: 'Not on the sheet with this data',
      kpiNeedsColumn: 'needs a column: {roles}',
      dataNeedsColumn: 'No column was found for: {roles}. The sheet needs one.',
      waitsForEndpoints:
        'shown once you give the number of managed endpoints (Options step, or its input cell on the sheet)',
      acceptedHeaders: 'Headers recognised for the missing columns',
      periodsAcross: 'periods across the header ({first} … {last})',
      layoutWide: 'Layout: one row per customer, one column per period',
      layoutLong: 'Layout: one row per customer and period',
      periods: '{count} periods, from {first} to {last}',
      customers: '{count} customers',
      tickets: '{count} tickets',
      dateOrder: 'Date order: {order}',
      asOf: 'Latest timestamp: {date}',
      problems: 'Problems found',
      noProblem: 'No problem found.',
      onePeriod: 'The ledger has a single period: movements, churn and retention need at least two.',
    },
    roles: {
      id: 'Ticket id',
      client: 'Client',
      priority: 'Priority',
      status: 'Status',
      created: 'Created',
      firstResponse: 'First response',
      firstResponseDuration: 'First response time',
      resolved: 'Resolved',
      closed: 'Closed',
      due: 'Due',
      slaMet: 'SLA met',
      responseDue: 'Response due',
      responseSlaMet: 'Response SLA met',
      firstContact: 'First contact resolution',
      hours: 'Hours',
      customer: 'Customer',
      period: 'Period',
      amount: 'Amount',
      resolutionDuration: 'Resolution time',
      csat: 'Satisfaction (CSAT)',
    },
    options: {
      period: 'Period',
      periodLatest: 'Latest period',
      window: 'Window (months)',
      interval: 'Group tickets by',
      intervalMonth: 'Month',
      intervalWeek: 'Week',
      intervalDay: 'Day',
      currency: 'Currency symbol',
      endpoints: 'Number of managed endpoints',
      endpointsHelp: 'Needed for tickets per endpoint.',
      businessHours: 'Business hours',
      businessHoursHelp: 'As in the contract, e.g. Mon-Fri 08:00-18:00 Europe/Paris. Empty: around the clock (24x7).',
      holidays: 'Holidays',
      holidaysHelp: 'Dates closed all day, separated by commas or spaces (2025-12-25, 2025-12-26).',
      targets: 'SLA targets per priority',
      targetsHelp: 'Hours to respond and to resolve; you can change them on the sheet later.',
      language: 'Language of the labels',
    },
    buttons: {
      next: 'Next',
      back: 'Back',
      build: 'Build',
      refresh: 'Refresh',
      startOver: 'Start over',
    },
    build: {
      building: 'Building the sheet…',
      built: 'Built the sheet "{sheet}".',
      refreshed: 'Refreshed the sheet "{sheet}".',
      nothingToRefresh: 'This sheet was not built by the wizard, so there is nothing to refresh.',
      reportFormulas: 'Formulas: {count}',
      reportTables: 'Spilled tables: {count}',
      reportCharts: 'Charts: {count}',
    },
    errors: {
      notFound: 'The data or sheet the build needs is no longer there (renamed or deleted?). Choose the data again.',
      nameTaken: 'Another sheet took the same name at the same moment. Try again.',
      protected: 'The workbook is protected or read-only, so no sheet can be added.',
      tooLarge:
        'A single row of this data is larger than Excel can hand over in one answer (5 MB in Excel on the web): a cell probably holds a very long text. Select only the columns the template needs, or use the msp-kpi command line.',
      oldExcel:
        'This version of Excel lacks a feature the wizard needs (Excel API 1.12). Update Excel or use Excel on the web.',
      unexpected: 'Excel could not finish ({detail}). Try again in a moment.',
      settingsNotStored: 'The build settings could not be stored on the sheet, so Refresh would not work.',
      leftover: 'The unfinished sheet "{sheet}" could not be removed: delete it by hand.',
      nothingChanged: 'Nothing was written: your workbook is as it was.',
      noSample: 'This template needs no data.',
    },
    /** The task pane's own texts (steps, hints, validation), added with the wizard UI. */
    pane: {
      stepsLabel: 'Wizard steps',
      templateTitle: 'Choose a template',
      templateCaption: 'Each template builds a new sheet with live MSP.* formulas.',
      dataTitle: 'Choose your data',
      dataCaption: 'Nothing is built before the last step.',
      noDataScorecard:
        'The scorecard has input cells: you type your own figures into the built sheet. No data is needed.',
      noDataBenchmarks: 'The benchmark reference lists the catalogue with its sources. No data is needed.',
      selectionHelp: 'The range selected in Excel, with its header row. A single cell stands for the table around it.',
      tableHelp: 'A formatted Excel table of this workbook.',
      checkAgain: 'Check again',
      checking: 'Reading the data…',
      writeSample: 'Write the sample data',
      sampleWritten: 'Sample data written to "{sheet}" ({rows} rows).',
      optionsTitle: 'Set the options',
      optionsCaption: 'You can change the input cells in the built sheet later.',
      periodHint: 'Leave empty for the latest period ({last}). Periods run from {first} to {last}.',
      buildTitle: 'Build the sheet',
      buildCaption: 'A new sheet is added and activated; none of your sheets is changed.',
      dataNone: 'None',
      buildsTitle: 'Sheets built by the wizard',
      buildsHelp:
        'Refresh rebuilds a sheet from its current data with the settings stored in the workbook, so it works for anyone who opens the workbook.',
      noBuilds: 'No sheet built by the wizard yet.',
      refreshing: 'Refreshing "{sheet}"…',
      refreshLabel: 'Refresh "{sheet}"',
      needTemplate: 'Choose a template to continue.',
      needSource: 'Choose where the data comes from.',
      needTable: 'Choose a table.',
      needCheck: 'The data could not be read yet. Select it and choose Check again.',
      needSample: 'Write the sample data first.',
      stillChecking: 'Wait until the data has been read.',
      dataUnusable: 'This data cannot be used as it is: see the problems found.',
      badCurrency: 'Type a currency symbol (1 to 5 characters), for example € or CHF.',
      badEndpoints: 'Type a whole number above zero, or leave it empty and fill it in on the sheet later.',
      badBusinessHours: 'These business hours cannot be read: {reason}',
      badHolidays: 'Write the holidays as dates such as 2025-12-25, separated by commas.',
      badTarget: 'Type a number of hours above zero.',
      noOffice: 'Open this page from Excel: the wizard needs Excel to run.',
    },
  },
  /** Column headers of the spilled tables, per function and column id (the declarations' `columns`). */
  spillHeaders: {
    MRRMOVES: {
      period: 'Period',
      startingMrr: 'Starting MRR',
      new: 'New',
      expansion: 'Expansion',
      reactivation: 'Reactivation',
      contraction: 'Contraction',
      churn: 'Churn',
      endingMrr: 'Ending MRR',
      customers: 'Customers',
      churnedCustomers: 'Churned customers',
      customerChurn: 'Customer churn',
    },
    COHORTS: { cohort: 'Cohort', customers: 'Customers' },
    TICKETSBYPERIOD: {
      periodStart: 'Period start',
      opened: 'Opened',
      resolved: 'Resolved',
      net: 'Net',
      backlog: 'Backlog',
      slaMet: 'SLA met',
      avgFirstResponse: 'Avg first response (h)',
      avgResolution: 'Avg resolution (h)',
    },
    TICKETSBYCLIENT: {
      client: 'Client',
      tickets: 'Tickets',
      open: 'Open',
      hours: 'Hours',
      avgResolution: 'Avg resolution (h)',
      slaMet: 'SLA met',
    },
    TICKETSBY: {
      group: 'Group',
      tickets: 'Tickets',
      open: 'Open',
      slaMet: 'SLA met',
      responseSlaMet: 'Response SLA met',
      medianFirstResponse: 'Median first response (h)',
      medianResolution: 'Median resolution (h)',
      hours: 'Hours',
    },
    COLUMNS: {
      role: 'Role',
      column: 'Column',
      header: 'Header',
      values: 'Values',
      blank: 'Blank',
      problems: 'Problems',
    },
    KPIS: {
      kpi: 'KPI',
      name: 'Name',
      unit: 'Unit',
      better: 'Better',
      healthy: 'Healthy',
      best: 'Best in class',
      source: 'Source',
    },
  },
  /**
   * Labels the spilled tables write in a column of data (SpillColumn.labels): the group of blank
   * cells, and a table's total row.
   */
  spillLabels: { blank: '(blank)', total: 'Total' },
  sheet: {
    titles: {
      scorecard: 'MSP scorecard',
      serviceDesk: 'Service desk KPIs',
      recurringRevenue: 'Recurring revenue KPIs',
      benchmarks: 'MSP benchmark reference',
    },
    asOf: 'As of {date}',
    dataSource: 'Data: {source}',
    kpi: 'KPI',
    value: 'Value',
    healthyTarget: 'Healthy target',
    bestInClass: 'Best in class',
    rating: 'Rating',
    advice: 'Advice',
    inputs: 'Inputs',
    input: 'Input',
    sources: 'Sources',
    sourceLine: '{kpi}: {source}',
    notRated: 'No benchmark',
    movementsTitle: 'MRR movements',
    cohortsTitle: 'Cohorts',
    ticketsByPeriodTitle: 'Tickets by period',
    ticketsByClientTitle: 'Tickets by client',
    endpoints: 'Managed endpoints',
    businessHours: 'Business hours (blank = 24x7)',
    holidays: 'Holidays (dates)',
    targetsTitle: 'SLA targets per priority (hours)',
    targetPriority: 'Priority',
    targetResponse: 'Response (h)',
    targetResolution: 'Resolution (h)',
    ticketsByPriorityTitle: 'Tickets by priority',
    window: 'Window: {months} months',
    kpiLabels: {
      RESPONSESLA: 'Response SLA compliance',
      FRT: 'First response time (hours)',
      TTR: 'Time to resolution (hours)',
      BACKLOG: 'Open tickets (backlog)',
      MRR: 'MRR of the period',
      ARPA: 'Average revenue per account (ARPA)',
      GRR: 'Gross revenue retention (GRR)',
      churnWindow: 'Customer churn ({months}-month window)',
      churnYear: 'Customer churn (last 12 months)',
      churnAnnualised: 'Customer churn (annualised)',
      windowed: '{kpi} ({months}-month window)',
      lastYear: '{kpi} (last 12 months)',
    },
    annualisedNote: 'Less than a year of history: the window’s churn compounded over 12 months.',
    notComputed: '{kpi}: not computed from this data ({reason})',
    inputLabels: {
      csatPositive: 'Positive answers',
      csatResponses: 'Survey answers',
      fcrFirstContact: 'Resolved on first contact',
      fcrTickets: 'Tickets',
    },
    scorecardHelp: 'Type your own figures in the yellow input cells: values, ratings and advice update at once.',
    thresholdsUsd:
      'Cost thresholds (cost per lead, cost per hire) are the sources’ USD figures: compare with care in another currency.',
    otherKpis: 'Other KPIs (no benchmark)',
    benchmarksHelp: 'The benchmark thresholds with their sources, as the rating functions use them.',
    sampleTicketsSheet: 'Sample tickets',
    sampleLedgerSheet: 'Sample ledger',
  },
};

export type Messages = typeof en;

/** The key of an error message of the catalogue. */
export type ErrorKey = Exclude<keyof typeof en.errors, 'place' | 'row'>;
