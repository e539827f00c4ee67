import { DetailedCellError, type HyperFormula } from 'hyperformula';
import { sampleTickets } from '../../src/samples/sampleTickets';
import { buildEngine, type SheetValue } from '../hyperformula/mspPlugin';

/** The sample export on Sheet1 (A1:K301) with formulas from column M on. */
function sheet(
  formulas: Record<string, string>,
  patch: (rows: SheetValue[][]) => void = () => undefined,
): { hf: HyperFormula; at: (a1: string) => unknown } {
  const rows: SheetValue[][] = sampleTickets().map((r) => [...r]);
  patch(rows);
  for (const [a1, formula] of Object.entries(formulas)) {
    const { row, col } = parseA1(a1);
    while (rows.length <= row) rows.push([]);
    rows[row]![col] = formula;
  }
  const hf = buildEngine({ Sheet1: rows });
  const s = hf.getSheetId('Sheet1')!;
  return { hf, at: (a1) => hf.getCellValue({ sheet: s, ...parseA1(a1) }) };
}

function parseA1(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

describe('service desk functions as spreadsheet formulas over the sample export (HyperFormula)', () => {
  const grid = sampleTickets();
  const flags = grid.slice(1).map((r) => r[8]);

  it('=MSP.SLA(A1:K301) is the share of "Yes" among the SLA Met flags, as COUNTIF computes it', () => {
    const { at } = sheet({
      M1: '=MSP.SLA(A1:K301)',
      M2: '=COUNTIF(I2:I301,"Yes")/(COUNTIF(I2:I301,"Yes")+COUNTIF(I2:I301,"No"))',
    });
    const yes = flags.filter((f) => f === 'Yes').length;
    const no = flags.filter((f) => f === 'No').length;
    expect(yes + no).toBeLessThan(300); // the sample leaves some flags blank
    expect(at('M1')).toBeCloseTo(yes / (yes + no), 12);
    expect(at('M1')).toBeCloseTo(at('M2') as number, 12);
  });

  it('=MSP.TICKETSBYPERIOD spills one row per month, and SUM over a spilled column adds up', () => {
    const { at } = sheet({
      M1: '=MSP.TICKETSBYPERIOD(A1:K301)',
      W1: '=SUM(N2:N20)',
      W2: '=SUM(O2:O20)',
      W3: '=MSP.BACKLOG(A1:K301)',
      W4: '=COUNT(G2:G301)',
    });
    expect(at('M1')).toBe('Period start');
    expect(at('T1')).toBe('Avg resolution (h)');
    // January to June 2025: six months, first of January = serial 45658.
    expect(at('M2')).toBe(45658);
    expect(at('M7')).toBe(45809);
    expect(at('M8')).toBeNull();
    // Every ticket is opened in one month; resolutions counted equal the non-blank Resolved cells.
    expect(at('W1')).toBe(300);
    expect(at('W2')).toBe(at('W4'));
    // The backlog at the end of the last month is the open tickets now.
    expect(at('Q7')).toBe(at('W3'));
    expect(at('W3')).toBe(300 - (at('W4') as number));
  });

  it('the week spill has as many rows as ISO weeks from the first creation to the last event', () => {
    const { at } = sheet({ M1: '=MSP.TICKETSBYPERIOD(A1:K301, "week")', W1: '=COUNT(M2:M100)', W2: '=SUM(N2:N100)' });
    // Monday 6 January to the week of Monday 23 June 2025: 25 weeks.
    expect(at('W1')).toBe(25);
    expect(at('W2')).toBe(300);
  });

  it('=MSP.TICKETSBYCLIENT spills clients, most tickets first, adding up to the whole table', () => {
    const { at } = sheet({
      M1: '=MSP.TICKETSBYCLIENT(A1:K301)',
      W1: '=SUM(N2:N40)',
      W2: '=SUM(K2:K301)',
      W3: '=SUM(P2:P40)',
    });
    expect(at('M1')).toBe('Client');
    expect(at('W1')).toBe(300);
    expect(at('W3')).toBeCloseTo(at('W2') as number, 9);
    expect((at('N2') as number) >= (at('N3') as number)).toBe(true);
  });

  it('an error reaches its dependants with the message', () => {
    const { at } = sheet({ M1: '=MSP.SLA(A1:B301)', M2: '=M1*100', M3: '=MSP.FRT(A1:K301, "sometimes")' });
    const e = at('M2') as DetailedCellError;
    expect(e).toBeInstanceOf(DetailedCellError);
    expect(e.value).toBe('#N/A');
    expect(e.message).toMatch(/MSP\.SLA: no SLA data/);
    expect((at('M3') as DetailedCellError).value).toBe('#VALUE!');
  });

  it('an Excel error value inside the ticket range propagates, not re-labelled', () => {
    const { at } = sheet({ M1: '=MSP.SLA(A1:K301)', M2: '=MSP.TICKETSBYCLIENT(A1:K301)' }, (rows) => {
      rows[4]![4] = '=1/0';
    });
    expect((at('M1') as DetailedCellError).value).toBe('#DIV/0!');
    expect((at('M2') as DetailedCellError).value).toBe('#DIV/0!');
  });

  it('a bad text date in the range is #VALUE! naming the cell', () => {
    const { at } = sheet({ M1: '=MSP.TTR(A1:K301)' }, (rows) => {
      // Text that is no date (numeric text dates such as 12/03/2025 are read, in the table's order).
      rows[9]![6] = "'next Tuesday";
    });
    const e = at('M1') as DetailedCellError;
    expect(e.value).toBe('#VALUE!');
    expect(e.message).toContain('row 10, column G (Resolved)');
  });
});
