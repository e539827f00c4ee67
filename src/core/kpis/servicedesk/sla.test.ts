import type { Grid } from '../../cells';
import { KpiError } from '../../errors';
import { run, code } from '../../../../test/helpers/kpiError';

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

  it('a text timestamp that is no date is #VALUE! naming the cell', () => {
    const bad = DUE_TABLE.map((row) => [...row]);
    bad[3]![1] = '4 March 2025 09:00';
    const r = run('SLA', bad);
    expect(code(r)).toBe('#VALUE!');
    expect(message(r)).toContain(
      'MSP.SLA: tickets, row 4, column B (Created) of the range: "4 March 2025 09:00" is not a date',
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
