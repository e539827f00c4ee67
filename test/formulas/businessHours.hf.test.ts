import type { HyperFormula } from 'hyperformula';
import { serialFromParts } from '../../src/core/dates';
import { buildMetadata } from '../../scripts/metadata';
import { sampleTickets } from '../../src/samples/sampleTickets';
import { buildEngine, type SheetValue } from '../hyperformula/mspPlugin';

/**
 * The contract clock (SPEC §2.3) as spreadsheet formulas: business hours, holidays and targets in
 * cells the formulas reference, checked against the engine's own NETWORKDAYS.INTL.
 */

function engine(rows: SheetValue[][]): { hf: HyperFormula; at: (a1: string) => unknown } {
  const hf = buildEngine({ Sheet1: rows });
  const s = hf.getSheetId('Sheet1')!;
  return {
    hf,
    at: (a1) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
      const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      return hf.getCellValue({ sheet: s, row: Number(m[2]) - 1, col });
    },
  };
}

const at8 = (y: number, m: number, d: number) => serialFromParts(y, m, d, 8);
const at18 = (y: number, m: number, d: number) => serialFromParts(y, m, d, 18);

describe('business hours as formulas (HyperFormula)', () => {
  // Tickets opened at 08:00 and resolved at 18:00 on working days: Mon-Fri 08:00-18:00 business
  // hours are then 10 × NETWORKDAYS.INTL over the same days and holidays (column F).
  const rows: SheetValue[][] = [
    ['Ticket #', 'Priority', 'Created', 'First Response', 'Resolved', 'Check (h)', null, 'Holidays'],
    [1, 'P1', at8(2025, 12, 22), at8(2025, 12, 22) + 0.5 / 24, at18(2025, 12, 29)],
    [2, 'Priority 2', at8(2025, 12, 19), at8(2025, 12, 19) + 3 / 24, at18(2025, 12, 22)],
    [3, '2 - High', at8(2025, 12, 31), at8(2025, 12, 31) + 1 / 24, at18(2026, 1, 2)],
  ];
  rows[0]![7] = 'Holidays';
  rows[1]![7] = serialFromParts(2025, 12, 25);
  rows[2]![7] = serialFromParts(2025, 12, 26);
  rows[3]![7] = serialFromParts(2026, 1, 1);
  // The test engine (leapYear1900 with nullDate 1899-12-30) reads serials after February 1900 one
  // day early for weekdays (its WEEKDAY(46013) is Sunday; Excel's 2025-12-22 is a Monday), so the
  // real Saturday-Sunday weekend is its weekend code 7 (Friday-Saturday).
  for (let r = 1; r <= 3; r++) rows[r]![5] = `=NETWORKDAYS.INTL(INT(C${r + 1}),INT(E${r + 1}),7,$H$2:$H$4)*10`;
  // The Service desk sheet's inputs: the clock as text, the targets table.
  rows[4] = [];
  rows[9] = [];
  rows[5] = ['Mon-Fri 08:00-18:00', null, null, null, null, null, null, null];
  rows[6] = ['Priority', 'Response (h)', 'Resolution (h)'];
  rows[7] = ['P1', 1, 24];
  rows[8] = ['P2', 2, 30];
  rows[10] = [
    '=MSP.TTR(A1:E4,,A6,H2:H4)',
    '=AVERAGE(F2:F4)',
    '=MSP.SLA(A1:E4,A7:C9,A6,H2:H4)',
    '=MSP.RESPONSESLA(A1:E4,A7:C9,A6,H2:H4)',
    '=MSP.SLA(A1:E4,A7:C9)',
    '=MSP.FRT(A1:E4,"max",A6,H2:H4)',
  ];

  it('MSP.TTR on the calendar equals 10 h × NETWORKDAYS.INTL, holidays included', () => {
    const { at } = engine(rows);
    // 40 h (22, 23, 24, 29 Dec), 20 h (Fri 19, Mon 22), 20 h (31 Dec, 2 Jan): mean 80 ÷ 3.
    expect(at('F2')).toBe(40);
    expect(at('A11')).toBeCloseTo(at('B11') as number, 9);
    expect(at('A11')).toBeCloseTo(80 / 3, 9);
  });

  it('MSP.SLA and MSP.RESPONSESLA read the targets table; without the clock the same tickets breach', () => {
    const { at } = engine(rows);
    // Resolution: P1 40 h > 24 breached, P2 20 h ≤ 30 met twice: 2 ÷ 3. Response: 0.5 h ≤ 1, 3 h > 2, 1 h ≤ 2: 2 ÷ 3.
    expect(at('C11')).toBeCloseTo(2 / 3, 12);
    expect(at('D11')).toBeCloseTo(2 / 3, 12);
    // Wall-clock: 178 h, 82 h, 58 h, all above their targets.
    expect(at('E11')).toBe(0);
    expect(at('F11')).toBeCloseTo(3, 9);
  });

  it('editing an input cell recalculates: a wider target meets the P1 ticket', () => {
    const { hf, at } = engine(rows);
    hf.setCellContents({ sheet: hf.getSheetId('Sheet1')!, row: 7, col: 2 }, 40);
    expect(at('C11')).toBe(1);
  });

  it('a bad clock in the input cell is #VALUE! with the message', () => {
    const { hf, at } = engine(rows);
    hf.setCellContents({ sheet: hf.getSheetId('Sheet1')!, row: 5, col: 0 }, 'Mon-Fri 18:00-08:00');
    const v = at('A11') as { type: string; message: string };
    expect(v.type).toBe('VALUE');
    expect(v.message).toMatch(/business_hours: in "18:00-08:00" the closing time must be after the opening time/);
  });
});

describe('=MSP.TICKETSBY over the sample export (HyperFormula)', () => {
  it('spills priorities in order and a Total row; SUM over the spilled columns adds up to the table', () => {
    const rows: SheetValue[][] = sampleTickets().map((r) => [...r]);
    rows[0]!.push(null, '=MSP.TICKETSBY(A1:K301,"Priority")');
    rows[0]![22] = '=SUM(N2:N5)';
    rows[1]![22] = '=SUM(T2:T5)';
    rows[2]![22] = '=SUM(K2:K301)';
    rows[3]![22] = '=MSP.SLA(A1:K301)';
    const { at } = engine(rows);
    expect([at('M1'), at('N1'), at('T1')]).toEqual(['Group', 'Tickets', 'Hours']);
    expect([at('M2'), at('M3'), at('M4'), at('M5'), at('M6')]).toEqual(['Critical', 'High', 'Medium', 'Low', 'Total']);
    expect(at('W1')).toBe(300);
    expect(at('N6')).toBe(300);
    expect(at('W2')).toBeCloseTo(at('W3') as number, 9);
    expect(at('T6')).toBeCloseTo(at('W3') as number, 9);
    // The Total row's SLA is MSP.SLA's (the flag column rules both).
    expect(at('P6')).toBeCloseTo(at('W4') as number, 12);
  });
});

describe('localized names of the new functions', () => {
  it.each([
    ['fr', 'RESPECT.SLA.REPONSE', 'TICKETS.PAR'],
    ['nl', 'SLA.NALEVING.REACTIE', 'TICKETS.PER'],
    ['it', 'RISPETTO.SLA.RISPOSTA', 'TICKET.PER'],
    ['de', 'SLA.EINHALTUNG.REAKTION', 'TICKETS.NACH'],
  ] as const)('%s', (lang, responseSla, ticketsBy) => {
    const fns = buildMetadata(lang).functions;
    expect(fns.find((f) => f.id === 'RESPONSESLA')!.name).toBe(responseSla);
    expect(fns.find((f) => f.id === 'TICKETSBY')!.name).toBe(ticketsBy);
    expect(fns.find((f) => f.id === 'SLA')!.parameters).toHaveLength(4);
  });
});
