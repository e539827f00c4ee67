import type { Grid } from '../../cells';
import { KpiError } from '../../errors';
import { renderError } from '../../i18n/render';
import { fr } from '../../i18n/fr';
import { run, code } from '../../../../test/helpers/kpiError';

/**
 * The contract clock of SPEC §2.3 through MSP.SLA, MSP.RESPONSESLA, MSP.FRT and MSP.TTR, on
 * tickets worked by hand on a Mon-Fri 08:00-18:00 calendar.
 */

const message = (v: unknown) => (v instanceof KpiError ? v.message : `not an error: ${JSON.stringify(v)}`);
const OFFICE = 'Mon-Fri 08:00-18:00';

/** A P3 opened Friday 2025-03-07 17:55 and solved Monday 09:00: 5 min + 1 h = 13/12 business hours, 63 h 05 wall-clock. */
const WEEKEND: Grid = [
  ['Ticket #', 'Priority', 'Created', 'Resolved'],
  [1, 'P3', '2025-03-07 17:55', '2025-03-10 09:00'],
];

/**
 * A P1 opened Monday 2025-03-10 at 07:00, before opening: its clock starts at 08:00. Answered
 * 08:30 (0.5 business hours, 1.5 wall-clock), resolved 11:30 (3.5 business hours, 4.5 wall-clock).
 */
const EARLY: Grid = [
  ['Ticket #', 'Priority', 'Created', 'First Response', 'Resolved'],
  [1, '1 - Critical', '2025-03-10 07:00', '2025-03-10 08:30', '2025-03-10 11:30'],
];

/** Targets as the Service desk sheet writes them: priority, response h, resolution h. */
const TARGETS: Grid = [
  ['Priority', 'Response (h)', 'Resolution (h)'],
  ['P1', 1, 4],
  ['P2', 2, 8],
  ['P3', 4, 24],
  ['P4', 8, 40],
];

describe('business hours: the hand-worked contract examples', () => {
  it('a P3 opened Friday 17:55 and solved Monday 09:00 took 1.08 business hours: met against 24 h', () => {
    expect(run('TTR', WEEKEND, null, OFFICE)).toBeCloseTo(13 / 12, 9);
    expect(run('SLA', WEEKEND, 24, OFFICE)).toBe(1);
    expect(run('SLA', WEEKEND, TARGETS, OFFICE)).toBe(1);
    // Wall-clock: 63 h 05 min, a breach of the same 24 h target.
    expect(run('TTR', WEEKEND)).toBeCloseTo(63 + 5 / 60, 9);
    expect(run('SLA', WEEKEND, 24)).toBe(0);
  });

  it('a P1 opened at 07:00 on a Monday starts its clock at 08:00', () => {
    expect(run('FRT', EARLY, null, OFFICE)).toBeCloseTo(0.5, 9);
    expect(run('TTR', EARLY, null, OFFICE)).toBeCloseTo(3.5, 9);
    // P1 = 1 h response, 4 h resolution: both met on the contract clock, both breached on the wall clock.
    expect(run('RESPONSESLA', EARLY, TARGETS, OFFICE)).toBe(1);
    expect(run('SLA', EARLY, TARGETS, OFFICE)).toBe(1);
    expect(run('RESPONSESLA', EARLY, TARGETS)).toBe(0);
    expect(run('SLA', EARLY, TARGETS)).toBe(0);
  });

  it('a ticket spanning two holidays counts only the open days around them', () => {
    // Tue 2024-12-24 16:00 → Fri 2024-12-27 10:00: 2 h + (25th, 26th closed) + 2 h = 4 h.
    // Without the holidays: 2 + 10 + 10 + 2 = 24 h.
    const christmas: Grid = [
      ['Ticket #', 'Created', 'Resolved'],
      [1, '2024-12-24 16:00', '2024-12-27 10:00'],
    ];
    const holidays: Grid = [['2024-12-25'], ['2024-12-26']];
    expect(run('TTR', christmas, null, OFFICE, holidays)).toBeCloseTo(4, 9);
    expect(run('TTR', christmas, null, OFFICE)).toBeCloseTo(24, 9);
    expect(run('SLA', christmas, 8, OFFICE, holidays)).toBe(1);
    expect(run('SLA', christmas, 8, OFFICE)).toBe(0);
  });

  it('a 7 × 2 range of opening and closing times is the same clock as its text', () => {
    const week: Grid = [...Array.from({ length: 5 }, () => [8 / 24, 18 / 24]), [null, null], [null, null]];
    expect(run('TTR', WEEKEND, null, week)).toBeCloseTo(13 / 12, 9);
  });

  it('an open ticket is breached once it has waited longer than its target in business hours', () => {
    // As-of = ticket 2's creation, Monday 2025-03-10 12:00. Ticket 1, open since Friday 17:00,
    // has waited 1 h + 4 h = 5 h: breached against 4 h, not yet due against 8 h (left out).
    const open: Grid = [
      ['Ticket #', 'Created', 'Resolved'],
      [1, '2025-03-07 17:00', null],
      [2, '2025-03-10 12:00', '2025-03-10 13:00'],
    ];
    expect(run('SLA', open, 4, OFFICE)).toBe(0.5);
    expect(run('SLA', open, 8, OFFICE)).toBe(1);
  });

  it('a time zone converts timestamps written with Z or an offset; others are local', () => {
    // 08:00Z is 09:00 in Paris (CET): one business hour to 10:00 local. Without the zone the Z
    // stamp is taken as 08:00 on the clock: two hours.
    const zoned: Grid = [
      ['Ticket #', 'Created', 'Resolved'],
      [1, '2025-03-10T08:00:00Z', '2025-03-10 10:00'],
    ];
    expect(run('TTR', zoned, null, `${OFFICE} Europe/Paris`)).toBeCloseTo(1, 9);
    expect(run('TTR', zoned, null, OFFICE)).toBeCloseTo(2, 9);
    const offset: Grid = [
      ['Ticket #', 'Created', 'Resolved'],
      [1, '2025-03-10T09:00:00+02:00', '2025-03-10 10:00'],
    ];
    expect(run('TTR', offset, null, `${OFFICE} UTC+01:00`)).toBeCloseTo(2, 9);
  });
});

describe('target_hours per priority', () => {
  const MIXED: Grid = [
    ['Ticket #', 'Priority', 'Created', 'Resolved'],
    [1, 'Priority 1', '2025-03-03 09:00', '2025-03-03 12:00'],
    [2, 'p 2', '2025-03-03 09:00', '2025-03-03 19:00'],
    [3, null, '2025-03-03 09:00', '2025-03-03 10:00'],
    [4, 'High', '2025-03-03 09:00', '2025-03-03 11:00'],
  ];

  it('matches P1 = 1 = Priority 1, ignores case and spaces, leaves blank priorities out', () => {
    // Two columns, no header: 1 → 4 h (3 h met), P2 → 8 h (10 h breached), HIGH → 1 h (2 h breached).
    const targets: Grid = [
      [1, 4],
      ['P2', 8],
      ['HIGH', 1],
    ];
    expect(run('SLA', MIXED, targets)).toBeCloseTo(1 / 3, 12);
  });

  it('a ticket whose priority is not listed is #VALUE! naming it and its cell', () => {
    const r = run('SLA', MIXED, [
      ['Priority', 'Hours'],
      ['P1', 4],
      ['P2', 8],
    ]);
    expect(code(r)).toBe('#VALUE!');
    expect(message(r)).toBe(
      'MSP.SLA: tickets, row 5, column B (Priority) of the range: priority "High" has no target in target_hours (it lists P1, P2).',
    );
  });

  it('a malformed targets range is #VALUE! or #NUM! naming the cell, in the user’s language too', () => {
    expect(code(run('SLA', MIXED, [[1, 2, 3, 4]]))).toBe('#VALUE!');
    // Text in the first row's hours cell makes it a header; in any other row it is a mistake.
    const r = run('SLA', MIXED, [
      ['P1', 4],
      ['P2', 'soon'],
    ]);
    expect(message(r)).toBe('MSP.SLA: target_hours, row 2, column B of the range: "soon" is not a number of hours.');
    expect(code(run('SLA', MIXED, [['P1', -1]]))).toBe('#NUM!');
    expect(
      renderError(
        fr,
        run('SLA', MIXED, [
          ['P1', 4],
          ['P2', 'x'],
        ]) as KpiError,
      ),
    ).toMatch(/^MSP\.RESPECT\.SLA: heures_cible, ligne 2, colonne B .*« x » n’est pas un nombre d’heures\.$/);
  });
});

describe('business_hours and holidays problems are #VALUE! naming the argument', () => {
  it.each([
    ['Mox-Fri 08:00-18:00', /business_hours: "Mox" is not a day, a time or a time zone/],
    ['Mon-Fri 25:00-26:00', /business_hours: "25:00" is not a time of day/],
    ['Mon-Fri 18:00-08:00', /business_hours: in "18:00-08:00" the closing time must be after the opening time/],
    ['Mon-Fri', /business_hours: "Mon-Fri" has no opening hours after it/],
    ['Mon-Fri 08:00-18:00 Europe/Pariss', /business_hours: "Europe\/Pariss" is not a known time zone/],
  ])('%s', (text, expected) => {
    const r = run('TTR', WEEKEND, null, text);
    expect(code(r)).toBe('#VALUE!');
    expect(message(r)).toMatch(expected);
  });

  it('a grid of the wrong shape, and a holiday that is no date', () => {
    expect(message(run('TTR', WEEKEND, null, [[8 / 24, 18 / 24]]))).toMatch(
      /business_hours must be text or a range of 7 rows/,
    );
    expect(message(run('TTR', WEEKEND, null, OFFICE, [['2025-12-25'], ['Christmas']]))).toBe(
      'MSP.TTR: holidays, row 2, column A of the range: "Christmas" is not a date.',
    );
  });
});
