/**
 * One small export per tool MSPs paste (SPEC §2.2), written from each tool's published export and
 * API field names, with its own status words and date format. Expectations are worked by hand in
 * the comments.
 */
import type { Grid } from '../cells';
import { evaluate } from '../evaluate';
import { getFunction } from '../registry';
import { run } from '../../../test/helpers/kpiError';

describe('ServiceNow incident export (field names, seconds, states)', () => {
  const H = ['number', 'incident_state', 'priority', 'company', 'opened_at', 'resolved_at', 'closed_at', 'made_sla'];
  const grid: Grid = [
    H,
    ['INC0010001', 'Closed', '1 - Critical', 'Acme', '2025-03-03 09:00:00', '', '2025-03-03 13:00:00', 'true'],
    ['INC0010002', 'Resolved', '3 - Moderate', 'Beta', '2025-03-04 08:00:00', '2025-03-04 10:00:00', '', 'false'],
    ['INC0010003', 'Canceled', '4 - Low', 'Acme', '2025-03-05 08:00:00', '', '', ''],
    ['INC0010004', 7, '4 - Low', 'Beta', '2025-03-05 09:00:00', '', '', ''],
  ];

  it('the issue’s finding: resolved blank, closed_at set, every ticket closed → no backlog', () => {
    // 1 closed at 13:00 (closed_at stands in), 2 resolved, 3 Canceled, 4 state 7 (Closed)
    expect(run('BACKLOG', grid)).toBe(0);
  });

  it('times from resolved_at or closed_at, SLA from made_sla', () => {
    // 1: 09:00 → 13:00 = 4 h; 2: 08:00 → 10:00 = 2 h; 3 and 4 have no time → mean 3 h
    expect(run('TTR', grid)).toBe(3);
    // made_sla: true, false, blank, blank → 1 of 2
    expect(run('SLA', grid)).toBe(0.5);
  });

  it('reads calendar_duration in seconds, before business_duration', () => {
    const durations: Grid = [
      ['number', 'business_duration', 'calendar_duration'],
      ['INC1', 3600, 14400],
      ['INC2', 1800, 7200],
    ];
    // 14 400 s = 4 h, 7 200 s = 2 h → mean 3 h
    expect(run('TTR', durations)).toBe(3);
  });
});

describe('Jira Service Management CSV export', () => {
  const grid: Grid = [
    [
      'Issue key',
      'Summary',
      'Status',
      'Priority',
      'Organizations',
      'Created',
      'Resolved',
      'Time to first response',
      'Time to resolution',
      'Satisfaction',
    ],
    ['SD-1', 'VPN down', 'Done', 'Medium', 'Acme', '03/Mar/25 9:00 AM', '03/Mar/25 1:30 PM', '30m', '4h 30m', 5],
    ['SD-2', 'New laptop', 'Waiting for support', 'High', 'Beta', '04/Mar/25 10:00 AM', '', '1h 15m', '', ''],
    ['SD-3', 'Printer', 'Canceled', 'Low', 'Acme', '05/Mar/25 11:00 AM', '', '', '', ''],
  ];

  it('reads its dates, its duration text and its status words', () => {
    // open: SD-2 only (Done and Canceled are finished)
    expect(run('BACKLOG', grid)).toBe(1);
    // SD-1 09:00 → 13:30 = 4.5 h; the others unresolved
    expect(run('TTR', grid)).toBe(4.5);
    // Time to first response: 0.5 h and 1.25 h → mean 0.875 h
    expect(run('FRT', grid)).toBe(0.875);
  });
});

describe('Zendesk Support export', () => {
  const grid: Grid = [
    [
      'Id',
      'Requester',
      'Organization',
      'Status',
      'Priority',
      'Created at',
      'Solved at',
      'First reply time in minutes',
      'Full resolution time in minutes',
      'Satisfaction Score',
    ],
    [1, 'Ann', 'Acme', 'Solved', 'Normal', '2025-03-03 09:00:00 +0100', '2025-03-03 11:00:00 +0100', 30, 120, 'Good'],
    [2, 'Bob', 'Beta', 'Closed', 'High', '2025-03-04 09:00:00 +0100', '2025-03-04 15:00:00 +0100', 60, 360, 'Bad'],
    [3, 'Cy', 'Acme', 'Pending', 'Low', '2025-03-05 09:00:00 +0100', '', 15, '', 'Offered'],
    [4, 'Di', 'Beta', 'Open', 'Low', '2025-03-05 10:00:00 +0100', '', '', '', 'Unoffered'],
  ];

  it('reads its timestamps with offsets, minutes columns and satisfaction words', () => {
    expect(run('BACKLOG', grid)).toBe(2);
    // 2 h and 6 h
    expect(run('TTR', grid)).toBe(4);
    // 30, 60, 15 minutes → 0.5, 1, 0.25 h → mean 0.58333…
    expect(run('FRT', grid)).toBeCloseTo(1.75 / 3, 12);
    // Good, Bad, Offered (no answer), Unoffered (no answer) → 1 of 2
    expect(
      run(
        'CSAT',
        grid.map((r) => [r[9]!]),
      ),
    ).toBe(0.5);
  });
});

describe('Autotask ticket export (US dates)', () => {
  const grid: Grid = [
    [
      'Ticket Number',
      'Account Name',
      'Status',
      'Priority',
      'Create Date',
      'First Response Date',
      'Complete Date',
      'Due Date',
    ],
    [
      'T20250303.0001',
      'Acme',
      'Complete',
      'Medium',
      '3/3/2025 9:00 AM',
      '3/3/2025 9:30 AM',
      '3/3/2025 3:00 PM',
      '3/4/2025 9:00 AM',
    ],
    [
      'T20250313.0002',
      'Beta',
      'In Progress',
      'High',
      '3/13/2025 8:00 AM',
      '3/13/2025 10:00 AM',
      '',
      '3/14/2025 8:00 AM',
    ],
    ['T20250313.0003', 'Acme', 'Waiting Customer', 'Low', '3/13/2025 1:00 PM', '', '', ''],
  ];

  it('is read month-first because 3/13/2025 proves it, even where the default is day-first', () => {
    const frt = evaluate(getFunction('FRT')!, [grid], 'dmy');
    // 0.5 h and 2 h → 1.25 h
    expect(frt).toBe(1.25);
    // 9:00 AM → 3:00 PM
    expect(run('TTR', grid)).toBe(6);
    expect(run('BACKLOG', grid)).toBe(2);
    // 1 met (15:00 before the next day's 9:00); 2 not yet due at the latest timestamp (3/13 1:00 PM); 3 no due
    expect(run('SLA', grid)).toBe(1);
  });
});

describe('Atera (API field names)', () => {
  it('reads camelCase field names and its Resolved / Closed / Pending statuses', () => {
    const grid: Grid = [
      [
        'TicketID',
        'TicketTitle',
        'CustomerName',
        'TicketStatus',
        'TicketPriority',
        'TicketCreatedDate',
        'TicketResolvedDate',
      ],
      [101, 'Disk full', 'Acme', 'Resolved', 'High', '2025-03-03T09:00:00Z', '2025-03-03T10:30:00Z'],
      [102, 'Mail', 'Beta', 'Closed', 'Low', '2025-03-04T09:00:00Z', ''],
      [103, 'Backup', 'Acme', 'Pending', 'Medium', '2025-03-05T09:00:00Z', ''],
    ];
    expect(run('BACKLOG', grid)).toBe(1);
    expect(run('TTR', grid)).toBe(1.5);
  });
});

describe('NinjaOne ticketing export (European dates)', () => {
  const grid: Grid = [
    ['Ticket ID', 'Subject', 'Status', 'Priority', 'Organization', 'Create Time'],
    [1, 'Patch failed', 'Resolved', 'HIGH', 'Acme', '03/03/2025 09:00'],
    [2, 'Slow PC', 'Paused', 'LOW', 'Beta', '25/03/2025 09:00'],
    [3, 'New user', 'New', 'MEDIUM', 'Acme', '04/03/2025 09:00'],
  ];

  it('the status stands in for a resolved column; 25/03 proves day-first', () => {
    expect(run('BACKLOG', grid)).toBe(2);
    // By 10 March: ticket 1 (3 March, resolved by status) and ticket 3 (4 March, day-first) → 1 open.
    // Read month-first, ticket 3 would be 3 April and none would be open.
    expect(evaluate(getFunction('BACKLOG')!, [grid, '2025-03-10'], 'mdy')).toBe(1);
  });
});

describe('Kaseya BMS ticket export', () => {
  const grid: Grid = [
    ['Ticket Number', 'Account Name', 'Status Name', 'Priority Name', 'Open Date', 'Due Date', 'Closed Date'],
    ['TCK-1', 'Acme', 'Closed', 'High', '03/03/2025 09:00', '03/03/2025 17:00', '03/03/2025 17:00'],
    ['TCK-2', 'Beta', 'Waiting on Customer', 'Low', '03/04/2025 09:00', '', ''],
    ['TCK-3', 'Acme', 'Closed', 'Low', '03/05/2025 09:00', '', '?'],
  ];

  it('reads Closed Date as the resolution, a ? as no date, and an undecidable order by the default', () => {
    // TCK-1: 8 h; TCK-3 closed by status without a time
    expect(run('TTR', grid)).toBe(8);
    expect(run('BACKLOG', grid)).toBe(1);
    // Nothing above 12: day-first by default, so TCK-2 opened 3 April, after 10 March → not counted
    expect(evaluate(getFunction('BACKLOG')!, [grid, '2025-03-10'], 'dmy')).toBe(0);
    // month-first (an en-US workbook): TCK-2 opened 4 March and is open on 10 March
    expect(evaluate(getFunction('BACKLOG')!, [grid, '2025-03-10'], 'mdy')).toBe(1);
  });
});

describe('SuperOps ticket export', () => {
  it('reads Resolution Due Time as the due time', () => {
    const grid: Grid = [
      ['Display Id', 'Subject', 'Client', 'Status', 'Priority', 'Created Time', 'Resolved Time', 'Resolution Due Time'],
      ['T-1', 'a', 'Acme', 'Resolved', 'High', '2025-03-03 09:00:00', '2025-03-03 12:00:00', '2025-03-03 13:00:00'],
      ['T-2', 'b', 'Beta', 'Closed', 'Low', '2025-03-04 09:00:00', '2025-03-04 15:00:00', '2025-03-04 14:00:00'],
      ['T-3', 'c', 'Acme', 'Closed', 'Low', '2025-03-04 10:00:00', '', ''],
    ];
    // T-1 met, T-2 an hour late, T-3 no due → 1 of 2
    expect(run('SLA', grid)).toBe(0.5);
    expect(run('BACKLOG', grid)).toBe(0);
  });
});

describe('Syncro (API field names)', () => {
  it('reads customer_business_then_name, offsets with fractions and Invoiced as finished', () => {
    const grid: Grid = [
      ['number', 'subject', 'customer_business_then_name', 'status', 'created_at', 'resolved_at'],
      [1001, 'a', 'Acme', 'Invoiced', '2025-03-03T09:00:00.000-05:00', '2025-03-03T11:00:00.000-05:00'],
      [1002, 'b', 'Beta', 'Waiting for Parts', '2025-03-04T09:00:00.000-05:00', ''],
      [1003, 'c', 'Acme', 'Customer Reply', '2025-03-05T09:00:00.000-05:00', ''],
    ];
    expect(run('BACKLOG', grid)).toBe(2);
    expect(run('TTR', grid)).toBe(2);
    expect((run('TICKETSBYCLIENT', grid) as unknown[][])[1]!.slice(0, 3)).toEqual(['Acme', 2, 1]);
  });
});

describe('HaloPSA report export (UK dates)', () => {
  it('reads its field names and day-first dates proven by 14/03', () => {
    const grid: Grid = [
      ['Ticket ID', 'Client Name', 'Status', 'Date Logged', 'Date Responded', 'Date Closed', 'Fix By Date'],
      [1, 'Acme', 'Closed', '03/03/2025 09:00', '03/03/2025 09:15', '03/03/2025 11:00', '03/03/2025 17:00'],
      [2, 'Beta', 'Awaiting Client', '14/03/2025 09:00', '14/03/2025 10:00', '', '15/03/2025 09:00'],
    ];
    // 0.25 h and 1 h, whatever the default
    expect(evaluate(getFunction('FRT')!, [grid], 'mdy')).toBe(0.625);
    expect(run('TTR', grid)).toBe(2);
    expect(run('BACKLOG', grid)).toBe(1);
  });
});
