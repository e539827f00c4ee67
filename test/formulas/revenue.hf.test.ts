import { DetailedCellError } from 'hyperformula';
import { sampleLedger, sampleWideLedger } from '../../src/samples/sampleLedger';
import { type SheetValue, buildEngine, evalFormula } from '../hyperformula/mspPlugin';

/** Sheet1 holding `data` from A1, with formulas placed at given cells of free columns. */
function sheet(data: SheetValue[][], formulas: Record<string, string>) {
  const rows = data.map((r) => [...r]);
  for (const [ref, formula] of Object.entries(formulas)) {
    const col = ref.charCodeAt(0) - 65;
    const row = Number(ref.slice(1)) - 1;
    while (rows.length <= row) rows.push([]);
    rows[row]![col] = formula;
  }
  const hf = buildEngine({ Sheet1: rows });
  const id = hf.getSheetId('Sheet1')!;
  const at = (ref: string) =>
    hf.getCellValue({ sheet: id, col: ref.charCodeAt(0) - 65, row: Number(ref.slice(1)) - 1 });
  return { hf, at };
}

describe('revenue functions as spreadsheet formulas (HyperFormula)', () => {
  it('MRRMOVES spills its table over the wide sample, and SUM reads the spilled columns', () => {
    // Ledger in A1:E6; the spill starts at G1: 11 columns (G..Q) × 4 rows.
    const { at } = sheet(sampleWideLedger(), {
      G1: '=MSP.MRRMOVES(A1:E6)',
      G10: '=SUM(I2:I4)',
      G11: '=SUM(M2:M4)',
      G12: '=N4-H2',
    });
    expect([at('G1'), at('H1'), at('Q1')]).toEqual(['Period', 'Starting MRR', 'Customer churn']);
    // Feb: start 2340, new 800 (Rossi), contraction −100, churn −600, end 2440, 1 of 3 lost.
    expect([at('G2'), at('H2'), at('I2'), at('L2'), at('M2'), at('N2'), at('O2'), at('P2')]).toEqual([
      '2025-02',
      2340,
      800,
      -100,
      -600,
      2440,
      3,
      1,
    ]);
    expect(at('Q2')).toBeCloseTo(1 / 3, 12);
    // Apr: Müller back 650, Van Dijk churns 1100, end 2060.
    expect([at('G4'), at('K4'), at('M4'), at('N4')]).toEqual(['2025-04', 650, -1100, 2060]);
    // SUM of New = 800 + 0 + 0; SUM of Churn = −600 + 0 − 1100; the whole change = 2060 − 2340.
    expect(at('G10')).toBe(800);
    expect(at('G11')).toBe(-1700);
    expect(at('G12')).toBe(-280);
  });

  it('MRRMOVES over the 700-row long sample: the spilled movements add up to the change in MRR', () => {
    const data = sampleLedger();
    const last = data.length;
    // 17 movement rows below the header (18 months): G1:Q18. Movement columns I..M, start H, end N.
    const { at } = sheet(data, {
      G1: `=MSP.MRRMOVES(A1:E${last})`,
      G21: '=SUM(I2:M18)',
      G22: '=N18-H2',
      G23: '=ROWS(G1:G18)',
    });
    expect(at('G1')).toBe('Period');
    expect(at('G2')).toBe(45323); // DATE(2024,2,1): the first month after the baseline, as a serial
    expect(at('G18')).toBe(45809); // DATE(2025,6,1)
    expect(at('G19')).toBeNull(); // the spill ends with the data
    expect(at('G21') as number).toBeCloseTo(at('G22') as number, 6);
  });

  it('CHURN, NRR and QUICKRATIO in cells, with errors reaching dependants', () => {
    const { at } = sheet(sampleWideLedger(), {
      G1: '=MSP.CHURN(A1:E6, "2025-04")',
      G2: '=MSP.CHURN(A1:E6, 1)',
      G3: '=G2+1',
      G4: '=MSP.QUICKRATIO(A1:E6, 3)',
      G5: '=IFERROR(G4, "nothing lost")',
      G6: '=MSP.NRR(A1:E6, 4, 3)',
      G7: '=1-MSP.RETENTION(A1:E6, DATE(2025,4,15))',
    });
    // April: Van Dijk lost of Martin, Van Dijk, Rossi.
    expect(at('G1')).toBeCloseTo(1 / 3, 12);
    expect((at('G2') as DetailedCellError).value).toBe('#N/A');
    expect((at('G3') as DetailedCellError).value).toBe('#N/A');
    expect((at('G3') as DetailedCellError).message).toMatch(/MSP\.CHURN/);
    // March: Martin +70 gained, nothing lost.
    expect((at('G4') as DetailedCellError).value).toBe('#DIV/0!');
    expect(at('G5')).toBe('nothing lost');
    // Jan → Apr: cohort Martin 540, Van Dijk 1200, Müller 600 = 2340; in April 610 + 0 + 650 = 1260.
    expect(at('G6')).toBeCloseTo(1260 / 2340, 12);
    expect(at('G7')).toBeCloseTo(1 / 3, 12);
  });

  it('a bad amount in the ledger is #VALUE! naming the cell, and a spill of an error is just the error', () => {
    const data: SheetValue[][] = [
      ['Customer', '2025-01', '2025-02'],
      ['Acme', 100, 'twelve'],
    ];
    const v = evalFormula(data, '=MSP.MRRMOVES(A1:C2)') as DetailedCellError;
    expect(v).toBeInstanceOf(DetailedCellError);
    expect(v.value).toBe('#VALUE!');
    expect(v.message).toMatch(/MSP\.MRRMOVES: .*row 2, column C/);
  });

  it('COHORTS spills "" past the data; MRR and CLV compute from cells', () => {
    const { at } = sheet(sampleWideLedger(), {
      G1: '=MSP.COHORTS(A1:E6)',
      G10: '=MSP.MRR(3600, "annuel")',
      G11: '=MSP.CLV(100000, 0.2)',
    });
    // Jan cohort Martin, Van Dijk, Müller; Apr: Martin and Müller → 2/3. Feb cohort Rossi: 3 periods of data.
    expect([at('G2'), at('H2'), at('I2')]).toEqual(['2025-01', 3, 1]);
    expect(at('L2')).toBeCloseTo(2 / 3, 12);
    expect([at('G3'), at('H3'), at('I3'), at('J3'), at('K3'), at('L3')]).toEqual(['2025-02', 1, 1, 1, 1, '']);
    expect(at('G10')).toBe(300);
    expect(at('G11')).toBe(500000);
  });
});
