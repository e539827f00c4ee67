import type { Grid } from '../cells';
import { serialFromParts } from '../dates';
import { KpiError } from '../errors';
import { run, code } from '../../../test/helpers/kpiError';

const message = (v: unknown) => (v instanceof KpiError ? v.message : `not an error: ${JSON.stringify(v)}`);

/**
 * A: met (12:00 ≤ 17:00). B: breached (resolved a day late). C: open, due 03-04 12:00, past due at
 * the as-of time 03-05 10:00 (D's resolution, the latest timestamp) → breached. D: resolved exactly
 * at its due time → met. E: open, due 03-06 → not yet due, left out. F: open, no due → left out.
 */
const DUE_TABLE: Grid = [
  ['Ticket #', 'Created', 'Resolved', 'Due By'],
  ['A', '2025-03-03 09:00', '2025-03-03 12:00', '2025-03-03 17:00'],
  ['B', '2025-03-03 10:00', '2025-03-04 11:00', '2025-03-04 10:00'],
  ['C', '2025-03-04 09:00', null, '2025-03-04 12:00'],
  ['D', '2025-03-05 08:00', '2025-03-05 10:00', '2025-03-05 10:00'],
  ['E', '2025-03-05 09:00', '', '2025-03-06 09:00'],
  ['F', '2025-03-05 09:30', 0, null],
];

describe('MSP.SLARATE', () => {
  it('seed 002: 300 of 400 tickets within SLA = 75 %', () => {
    expect(run('SLARATE', 300, 400)).toBe(0.75);
  });
  it('sums ranges, refuses impossible counts', () => {
    expect(run('SLARATE', [[100, 200]], [[250], [150]])).toBe(0.75);
    expect(code(run('SLARATE', 500, 400))).toBe('#NUM!');
    expect(code(run('SLARATE', -1, 400))).toBe('#NUM!');
    expect(code(run('SLARATE', 0, 0))).toBe('#DIV/0!');
  });
});

describe('MSP.SLA', () => {
  it('due column: met if resolved ≤ due; open past due is breached, open not yet due is left out', () => {
    // Met A, D; breached B, C: 2 ÷ 4.
    expect(run('SLA', DUE_TABLE)).toBe(0.5);
  });

  it('target_hours: due = created + target, over the same tickets', () => {
    // Target 2 h: A 3 h breached, B 25 h breached, C open 25 h at as-of → breached, D 2 h met,
    // E open 1 h and F open 0.5 h → not yet due. 1 ÷ 4.
    expect(run('SLA', DUE_TABLE, 2)).toBe(0.25);
    expect(code(run('SLA', DUE_TABLE, 0))).toBe('#NUM!');
    expect(code(run('SLA', DUE_TABLE, -4))).toBe('#NUM!');
  });

  it('the SLA-met flag column comes before the due column, target_hours before both', () => {
    const withFlags = DUE_TABLE.map((row, r) => [
      ...row,
      r === 0 ? 'SLA Met' : ['Yes', 'Yes', 'No', null, 'TRUE', 'yes'][r - 1]!,
    ]);
    // Flags: yes, yes, no, (blank), TRUE, yes → 4 ÷ 5.
    expect(run('SLA', withFlags)).toBe(0.8);
    expect(run('SLA', withFlags, 2)).toBe(0.25);
  });

  it('a flag column with no flag at all gives way to the due column', () => {
    const blankFlags = DUE_TABLE.map((row, r) => [...row, r === 0 ? 'Within SLA' : '']);
    expect(run('SLA', blankFlags)).toBe(0.5);
  });

  it('no SLA data at all is #N/A saying so', () => {
    const r = run('SLA', [
      ['Ticket #', 'Created', 'Resolved'],
      [1, '2025-03-03', '2025-03-04'],
    ]);
    expect(code(r)).toBe('#N/A');
    expect(message(r)).toMatch(/MSP\.SLA: no SLA data.*target_hours.*"SLA Met".*"Due by"/);
  });

  it('SLA data but no ticket judged yet is #N/A too', () => {
    expect(
      code(
        run('SLA', [
          ['Created', 'Resolved', 'Due by'],
          ['2025-03-03', null, '2025-03-10'],
        ]),
      ),
    ).toBe('#N/A');
  });

  it('target_hours on a duration-only export (Freshdesk hours)', () => {
    const fresh: Grid = [
      ['Ticket ID', 'Resolution time (in hrs)'],
      [1, 3],
      [2, 9],
      [3, null],
      [4, 8],
    ];
    // 3 ≤ 8 met, 9 breached, 8 ≤ 8 met, ticket 3 unknown: 2 ÷ 3.
    expect(run('SLA', fresh, 8)).toBeCloseTo(2 / 3, 12);
  });

  it('Autotask, HaloPSA and Zendesk exports', () => {
    const autotask: Grid = [
      ['Ticket Number', 'Create Date', 'Resolved Date Time', 'Service Level Agreement Has Been Met'],
      ['T20250303.0001', 45719.375, 45719.5, true],
      ['T20250303.0002', 45719.4, 45721, false],
      ['T20250303.0003', 45719.45, 45719.6, true],
    ];
    expect(run('SLA', autotask)).toBeCloseTo(2 / 3, 12);
    const halo: Grid = [
      ['faultid', 'dateoccurred', 'datecleared', 'fixbydate', 'slaresponsestate'],
      [101, '2025-03-03T09:00:00', '2025-03-03T11:00:00', '2025-03-03T13:00:00', 'I'],
      [102, '2025-03-03T10:00:00', '2025-03-04T10:00:00', '2025-03-03T18:00:00', 'O'],
      [103, '2025-03-03T11:00:00', '2025-03-03T12:00:00', '2025-03-03T15:00:00', 'O'],
      [104, '2025-03-03T12:00:00', '2025-03-03T13:00:00', '2025-03-03T16:00:00', 'I'],
    ];
    // slaresponsestate I/O: I, O, O, I → 2 ÷ 4.
    expect(run('SLA', halo)).toBe(0.5);
    const zendesk: Grid = [
      ['Id', 'Created at', 'Solved at', 'Full resolution time in minutes'],
      [1, '2025-03-03 09:00', '2025-03-03 10:00', 60],
      [2, '2025-03-03 09:00', '2025-03-03 15:00', 360],
    ];
    // Target 4 h: 1 h met, 6 h breached.
    expect(run('SLA', zendesk, 4)).toBe(0.5);
  });

  it('French, Dutch and German headers', () => {
    const fr: Grid = [
      ['N° de ticket', 'Date de création', 'Date de résolution', 'SLA respecté'],
      [1, '2025-03-03', '2025-03-04', 'Oui'],
      [2, '2025-03-03', '2025-03-05', 'Non'],
      [3, '2025-03-04', null, 'oui'],
    ];
    expect(run('SLA', fr)).toBeCloseTo(2 / 3, 12);
    const nl: Grid = [
      ['Ticketnummer', 'Aangemaakt op', 'Opgelost op', 'Vervaldatum'],
      [1, '2025-03-03 09:00', '2025-03-03 10:00', '2025-03-03 12:00'],
      [2, '2025-03-03 09:00', '2025-03-03 14:00', '2025-03-03 12:00'],
    ];
    expect(run('SLA', nl)).toBe(0.5);
    const de: Grid = [
      ['Ticket-Nr.', 'Erstellt am', 'Gelöst am', 'SLA eingehalten'],
      [1, '2025-03-03', '2025-03-04', 'Ja'],
      [2, '2025-03-03', '2025-03-05', 'Nein'],
      [3, '2025-03-03', '2025-03-05', 'nein'],
      [4, '2025-03-03', '2025-03-05', 'ja'],
    ];
    expect(run('SLA', de)).toBe(0.5);
  });

  it('a text timestamp that is not ISO is #VALUE! naming the cell', () => {
    const bad = DUE_TABLE.map((row) => [...row]);
    bad[3]![1] = '04/03/2025 09:00';
    const r = run('SLA', bad);
    expect(code(r)).toBe('#VALUE!');
    expect(message(r)).toContain(
      'MSP.SLA: tickets, row 4, column B (Created) of the range: "04/03/2025 09:00" is not a date',
    );
  });

  it('resolved before created is #VALUE! naming the row', () => {
    const t: Grid = [
      ['Created', 'Resolved', 'Due by'],
      ['2025-03-03 09:00', '2025-03-03 10:00', '2025-03-04'],
      ['2025-03-05 09:00', '2025-03-04 09:00', '2025-03-06'],
    ];
    const r = run('SLA', t);
    expect(code(r)).toBe('#VALUE!');
    expect(message(r)).toContain('row 3: Resolved (2025-03-04 09:00) is earlier than Created (2025-03-05 09:00)');
    expect(code(run('SLA', t, 8))).toBe('#VALUE!');
    // Read from an SLA-met column, the SLA does not look at the timestamps (as FCR does not).
    expect(
      run(
        'SLA',
        t.map((row, i) => [...row, i === 0 ? 'SLA Met' : 'yes']),
      ),
    ).toBe(1);
  });

  it('unrecognised flag text is #VALUE! naming the cell', () => {
    const r = run('SLA', [
      ['Ticket #', 'SLA Met'],
      [1, 'yes'],
      [2, 'sort of'],
    ]);
    expect(code(r)).toBe('#VALUE!');
    expect(message(r)).toContain('row 3, column B (SLA Met)');
  });

  it('an Excel error inside the table propagates unchanged', () => {
    const err = new KpiError('#DIV/0!', { text: 'from a formula' });
    expect(
      run('SLA', [
        ['Ticket #', 'SLA Met'],
        [1, 'yes'],
        [2, err],
      ]),
    ).toBe(err);
  });
});

describe('MSP.FRT and MSP.TTR', () => {
  // Resolved after 1, 2, 4, 7 and 10 hours; the sixth ticket is open.
  const RESOLVED: Grid = [
    ['Ticket ID', 'Created', 'First Response', 'Resolved'],
    [1, '2025-03-03 08:00', '2025-03-03 08:15', '2025-03-03 09:00'],
    [2, '2025-03-03 08:00', '2025-03-03 08:30', '2025-03-03 10:00'],
    [3, '2025-03-03 08:00', '2025-03-03 09:00', '2025-03-03 12:00'],
    [4, '2025-03-03 08:00', '2025-03-03 10:00', '2025-03-03 15:00'],
    [5, '2025-03-03 08:00', null, '2025-03-03 18:00'],
    [6, '2025-03-03 08:00', '2025-03-03 08:45', null],
  ];

  it('TTR over resolved rows: mean, and median / p90 as Excel MEDIAN and PERCENTILE.INC', () => {
    // Mean (1 + 2 + 4 + 7 + 10) ÷ 5 = 4.8. Median = 4 (3rd of 5).
    // PERCENTILE.INC(…, 0.9): rank 0.9 × (5 − 1) = 3.6 → 7 + 0.6 × (10 − 7) = 8.8.
    expect(run('TTR', RESOLVED)).toBeCloseTo(4.8, 12);
    expect(run('TTR', RESOLVED, 'median')).toBe(4);
    expect(run('TTR', RESOLVED, 'p90')).toBeCloseTo(8.8, 12);
    expect(run('TTR', RESOLVED, 'max')).toBe(10);
    expect(run('TTR', RESOLVED, 'médiane')).toBe(4);
    expect(run('TTR', RESOLVED, 'MEDIAAN')).toBe(4);
    expect(code(run('TTR', RESOLVED, 'mode'))).toBe('#VALUE!');
  });

  it('FRT over rows with both times: median of an even count interpolates', () => {
    // 0.25, 0.5, 1, 2, 0.75 h (ticket 5 has no response). Sorted 0.25 0.5 0.75 1 2:
    // mean 4.5 ÷ 5 = 0.9; median 0.75; p90 rank 3.6 → 1 + 0.6 × 1 = 1.6.
    expect(run('FRT', RESOLVED)).toBeCloseTo(0.9, 12);
    expect(run('FRT', RESOLVED, 'median')).toBe(0.75);
    expect(run('FRT', RESOLVED, 'p90')).toBeCloseTo(1.6, 12);
    // Without ticket 6: 0.25 0.5 1 2 → median (0.5 + 1) ÷ 2 = 0.75, p90 rank 2.7 → 1 + 0.7 × 1 = 1.7.
    expect(run('FRT', RESOLVED.slice(0, 6), 'median')).toBe(0.75);
    expect(run('FRT', RESOLVED.slice(0, 6), 'p90')).toBeCloseTo(1.7, 12);
  });

  it('duration-only exports: first response in a minutes or an hours column, no timestamps', () => {
    const zendesk: Grid = [
      ['Id', 'First reply time in minutes', 'Status'],
      [1, 30],
      [2, 90],
      [3, null],
      [4, 15],
      [5, ''],
    ];
    // 0.5 + 1.5 + 0.25 = 2.25 h over 3 tickets.
    expect(run('FRT', zendesk)).toBeCloseTo(0.75, 12);
    expect(run('FRT', zendesk, 'max')).toBe(1.5);
    const fresh: Grid = [
      ['Ticket ID', 'First response time (in hrs)', 'Resolution time (in hrs)'],
      [1, 2, 10],
      [2, 4, null],
      [3, '1,5', 20],
    ];
    expect(run('FRT', fresh)).toBeCloseTo(7.5 / 3, 12);
    expect(run('TTR', fresh)).toBe(15);
    const nl: Grid = [
      ['Ticketnummer', 'Eerste reactietijd (minuten)'],
      [1, 60],
      [2, 120],
    ];
    expect(run('FRT', nl)).toBe(1.5);
  });

  it('timestamps win over the duration column where both exist, the column fills the gaps', () => {
    const both: Grid = [
      ['Created', 'First Response', 'First response time (in hrs)'],
      ['2025-03-03 08:00', '2025-03-03 09:00', 5],
      ['2025-03-03 08:00', null, 3],
    ];
    expect(run('FRT', both)).toBe(2);
  });

  it('a missing column is #VALUE! naming the role and the headers accepted', () => {
    const r = run('FRT', [
      ['Ticket #', 'Created', 'Resolved'],
      [1, '2025-03-03', '2025-03-04'],
    ]);
    expect(code(r)).toBe('#VALUE!');
    expect(message(r)).toMatch(
      /MSP\.FRT: tickets has no first response time column: expected a header such as "First Response".*first response duration column.*"First response time \(hrs\)"/,
    );
    const noCreated = run('TTR', [
      ['Ticket #', 'Resolved'],
      [1, '2025-03-04'],
    ]);
    expect(message(noCreated)).toMatch(/no created time column.*"Created at"/);
  });

  it('no qualifying ticket is #N/A', () => {
    expect(
      code(
        run('TTR', [
          ['Created', 'Resolved'],
          ['2025-03-03', null],
        ]),
      ),
    ).toBe('#N/A');
  });
});

describe('MSP.FCR', () => {
  it('first-contact-resolved ÷ rows with a flag; blanks (null, "") left out, 0 is FALSE', () => {
    const t: Grid = [
      ['Ticket #', 'First Contact Resolution'],
      [1, 'Yes'],
      [2, 'No'],
      [3, 'Oui'],
      [4, null],
      [5, 0],
      [6, true],
      [7, ''],
    ];
    // Yes: 1, 3, 6; no: 2, 5 → 3 ÷ 5.
    expect(run('FCR', t)).toBe(0.6);
  });
  it('missing column and no flags', () => {
    const r = run('FCR', [['Ticket #'], [1]]);
    expect(code(r)).toBe('#VALUE!');
    expect(message(r)).toContain('"First Contact Resolution"');
    expect(code(run('FCR', [['FCR'], [null]]))).toBe('#N/A');
  });
});

describe('MSP.BACKLOG', () => {
  it('default: the open tickets', () => {
    // C, E and F are open (F's resolved cell is 0, a blank).
    expect(run('BACKLOG', DUE_TABLE)).toBe(3);
  });
  it('at a given moment: created by then and not resolved by then', () => {
    // At 2025-03-04 10:00: B (resolved 03-04 11:00) and C (created 09:00); A resolved, D–F not created.
    expect(run('BACKLOG', DUE_TABLE, '2025-03-04 10:00')).toBe(2);
    expect(run('BACKLOG', DUE_TABLE, serialFromParts(2025, 3, 4, 10))).toBe(2);
    // At 2025-03-03 12:00 exactly: A is resolved at that instant (not open), B open.
    expect(run('BACKLOG', DUE_TABLE, '2025-03-03 12:00')).toBe(1);
    expect(code(run('BACKLOG', DUE_TABLE, 'next week'))).toBe('#VALUE!');
  });
  it('a status column stands in when there is no resolved column', () => {
    const t: Grid = [
      ['Ticket #', 'Status'],
      [1, 'Closed'],
      [2, 'Open'],
      [3, 'In Progress'],
      [4, 'Résolu'],
      [5, 'Gelöst'],
      [6, 'Waiting Customer'],
    ];
    expect(run('BACKLOG', t)).toBe(3);
    const r = run('BACKLOG', [
      ['Ticket #', 'Created'],
      [1, '2025-03-03'],
    ]);
    expect(code(r)).toBe('#VALUE!');
    expect(message(r)).toMatch(/no resolved time column.*status column/);
  });
});

describe('MSP.TICKETSPERENDPOINT', () => {
  it('a count: tickets ÷ endpoints ÷ months', () => {
    expect(run('TICKETSPERENDPOINT', 600, 400, 3)).toBe(0.5);
    expect(run('TICKETSPERENDPOINT', 120, 400)).toBeCloseTo(0.3, 12);
    expect(code(run('TICKETSPERENDPOINT', 10, 0))).toBe('#DIV/0!');
    expect(code(run('TICKETSPERENDPOINT', 10, 5, 0))).toBe('#DIV/0!');
    expect(code(run('TICKETSPERENDPOINT', -1, 5))).toBe('#NUM!');
    expect(code(run('TICKETSPERENDPOINT', 'lots', 5))).toBe('#VALUE!');
  });
  it('a table: months from first to last creation ÷ (365.25/12), at least 1', () => {
    // 2025-01-01 00:00 → 2025-03-02 21:00 = 60.875 days = 2 × 30.4375: 4 tickets ÷ 2 endpoints ÷ 2 months = 1.
    const t: Grid = [
      ['Ticket #', 'Created'],
      [1, '2025-01-01 00:00'],
      [2, '2025-01-15'],
      [3, '2025-02-10'],
      [4, '2025-03-02 21:00'],
    ];
    expect(run('TICKETSPERENDPOINT', t, 2)).toBeCloseTo(1, 12);
    expect(run('TICKETSPERENDPOINT', t, 2, 4)).toBe(0.5);
    // Less than a month of data counts as one month: 2 ÷ 4 ÷ 1.
    expect(run('TICKETSPERENDPOINT', t.slice(0, 3), 4)).toBe(0.5);
  });
  it('a range with no recognisable header is #VALUE!', () => {
    expect(code(run('TICKETSPERENDPOINT', [[3], [4]], 2, 1))).toBe('#VALUE!');
  });
});

describe('MSP.TICKETSBYPERIOD', () => {
  const T: Grid = [
    ['Ticket #', 'Created', 'First Response', 'Resolved', 'SLA Met'],
    [1, '2025-01-10 09:00', '2025-01-10 10:00', '2025-01-10 13:00', 'yes'],
    [2, '2025-01-20 09:00', '2025-01-20 11:00', '2025-03-03 09:00', 'no'],
    [3, '2025-03-05 09:00', null, null, null],
  ];
  const HEADER = [
    'Period start',
    'Opened',
    'Resolved',
    'Net',
    'Backlog',
    'SLA met',
    'Avg first response (h)',
    'Avg resolution (h)',
  ];

  it('months, an empty month included; averages over the tickets opened in the period', () => {
    // January: opened 1 and 2, resolved 1 → net 1, backlog 1; SLA 1 of 2; first response (1 + 2) ÷ 2;
    // resolution (4 + 1008) ÷ 2 = 506 (ticket 2: 11 days of January + 28 of February + 3 of March = 42 days = 1008 h). February: nothing, backlog 1.
    // March: opened 3, resolved 2 → net 0, backlog 1; ticket 3 has no flag, no response, no resolution.
    expect(run('TICKETSBYPERIOD', T)).toEqual([
      HEADER,
      [serialFromParts(2025, 1, 1), 2, 1, 1, 1, 0.5, 1.5, 506],
      [serialFromParts(2025, 2, 1), 0, 0, 0, 1, '', '', ''],
      [serialFromParts(2025, 3, 1), 1, 1, 0, 1, '', '', ''],
    ]);
  });

  it('ISO weeks start on Monday; the interval word may be French', () => {
    const weeks = run('TICKETSBYPERIOD', T, 'semaine') as unknown[][];
    // Friday 2025-01-10 is in the week of Monday 6 January; the last event, Monday 3 March, starts its own week.
    expect(weeks.length).toBe(1 + 9);
    expect(weeks[1]![0]).toBe(serialFromParts(2025, 1, 6));
    expect(weeks[1]!.slice(1, 5)).toEqual([1, 1, 0, 0]);
    expect(weeks[3]).toEqual([serialFromParts(2025, 1, 20), 1, 0, 1, 1, 0, 2, 1008]);
    expect(weeks[9]![0]).toBe(serialFromParts(2025, 3, 3));
    expect(weeks[9]!.slice(1, 5)).toEqual([1, 1, 0, 1]);
  });

  it('days', () => {
    const days = run('TICKETSBYPERIOD', T.slice(0, 2), 'day');
    expect(days).toEqual([HEADER, [serialFromParts(2025, 1, 10), 1, 1, 0, 0, 1, 1, 4]]);
  });

  it('"" for resolved, net and backlog without a resolved column', () => {
    const t: Grid = [['Created'], ['2025-01-10'], ['2025-01-11']];
    expect(run('TICKETSBYPERIOD', t)).toEqual([HEADER, [serialFromParts(2025, 1, 1), 2, '', '', '', '', '', '']]);
  });

  it('a mistyped year that would spill more than 50 000 rows is #NUM! naming the dates', () => {
    // 2025 → 2205 is 180 years ≈ 65 700 days; the same span in weeks (≈ 9 400) is fine.
    const typo: Grid = [['Created'], ['2025-01-01'], ['2205-01-01']];
    const r = run('TICKETSBYPERIOD', typo, 'day');
    expect(code(r)).toBe('#NUM!');
    expect(message(r)).toContain('from 2025-01-01 to 2205-01-01');
    expect(Array.isArray(run('TICKETSBYPERIOD', typo, 'week'))).toBe(true);
  });

  it('bad interval, missing creation column, no creation dates', () => {
    expect(code(run('TICKETSBYPERIOD', T, 'fortnight'))).toBe('#VALUE!');
    expect(code(run('TICKETSBYPERIOD', [['Ticket #'], [1]]))).toBe('#VALUE!');
    expect(
      code(
        run('TICKETSBYPERIOD', [
          ['Ticket #', 'Created'],
          [1, null],
        ]),
      ),
    ).toBe('#N/A');
  });
});

describe('MSP.TICKETSBYCLIENT', () => {
  it('one row per client, most tickets first, ties by name, blanks last', () => {
    const t: Grid = [
      ['Ticket #', 'Client', 'Created', 'Resolved', 'SLA Met', 'Hours'],
      [1, 'Beta', '2025-03-03 09:00', '2025-03-03 11:00', 'yes', 1],
      [2, 'Alpha', '2025-03-03 09:00', '2025-03-03 13:00', 'no', 2.5],
      [3, 'ALPHA', '2025-03-03 09:00', null, null, ''],
      [4, 'Beta', '2025-03-03 09:00', '2025-03-03 15:00', 'yes', 0.5],
      [5, 'Gamma', '2025-03-03 09:00', '2025-03-04 09:00', 'no', 3],
      [6, null, '2025-03-03 09:00', null, '', null],
    ];
    expect(run('TICKETSBYCLIENT', t)).toEqual([
      ['Client', 'Tickets', 'Open', 'Hours', 'Avg resolution (h)', 'SLA met'],
      ['Alpha', 2, 1, 2.5, 4, 0],
      // (2 + 6) ÷ 2 = 4 h; SLA 2 of 2.
      ['Beta', 2, 0, 1.5, 4, 1],
      ['Gamma', 1, 0, 3, 24, 0],
      ['(blank)', 1, 1, 0, '', ''],
    ]);
  });
  it('"" for open and hours without those columns; missing client column is #VALUE!', () => {
    expect(run('TICKETSBYCLIENT', [['Customer'], ['X'], ['X']])).toEqual([
      ['Client', 'Tickets', 'Open', 'Hours', 'Avg resolution (h)', 'SLA met'],
      ['X', 2, '', '', '', ''],
    ]);
    const r = run('TICKETSBYCLIENT', [['Ticket #'], [1]]);
    expect(code(r)).toBe('#VALUE!');
    expect(message(r)).toContain('"Company"');
  });
});

describe('MSP.CSAT', () => {
  it('seed 002: 85 positive answers out of 100 = 85 %', () => {
    const answers: Grid = [...Array<number>(85).fill(5), ...Array<number>(15).fill(2)].map((v) => [v]);
    expect(run('CSAT', answers)).toBe(0.85);
  });
  it('numbers ≥ positive_min (default 4) are positive', () => {
    // 5, 4 positive; 3, 1 not: 2 ÷ 4. With positive_min 3: 3 ÷ 4. On a 1–10 scale with 8: 9 ÷ … 1 of 4.
    expect(run('CSAT', [[5, 4, 3, 1]])).toBe(0.5);
    expect(run('CSAT', [[5, 4, 3, 1]], 3)).toBe(0.75);
    expect(run('CSAT', [[9, 7, 6, 2]], 8)).toBe(0.25);
  });
  it('words in five languages and emoji; blanks (null, "", 0) and Zendesk "Offered" ignored', () => {
    const words: Grid = [
      ['Good'],
      ['bad'],
      ['Satisfied'],
      ['unsatisfied'],
      ['neutral'],
      ['👍'],
      ['👎'],
      ['😀'],
      ['😐'],
      ['😞'],
      ['Satisfait'],
      ['Tevreden'],
      ['Soddisfatto'],
      ['Zufrieden'],
      ['Mécontent'],
      ['Ontevreden'],
      ['Insoddisfatto'],
      ['Unzufrieden'],
      [null],
      [''],
      [0],
      ['Offered'],
      ['👍🏽'],
    ];
    // Positive: Good, Satisfied, 👍, 😀, Satisfait, Tevreden, Soddisfatto, Zufrieden, 👍🏽 = 9 of 19 answers.
    expect(run('CSAT', words)).toBeCloseTo(9 / 19, 12);
  });
  it('a header cell at the top is skipped; an unknown word elsewhere is #VALUE! naming the cell', () => {
    expect(run('CSAT', [['Satisfaction'], ['good'], ['bad']])).toBe(0.5);
    const r = run('CSAT', [['good'], ['meh']]);
    expect(code(r)).toBe('#VALUE!');
    expect(message(r)).toContain('MSP.CSAT: responses, row 2, column A of the range: "meh"');
  });
  it('no answers is #DIV/0!', () => {
    expect(code(run('CSAT', [[null], ['']]))).toBe('#DIV/0!');
  });
});

describe('MSP.CES', () => {
  it('average of the numeric scores, blanks ignored', () => {
    // (1 + 2 + 6 + 3) ÷ 4.
    expect(run('CES', [['CES'], [1], [2], [''], [null], [0], [6], ['3']])).toBe(3);
    expect(code(run('CES', [[1], ['hard']]))).toBe('#VALUE!');
    expect(code(run('CES', [[null]]))).toBe('#DIV/0!');
  });
});
