import { DetailedCellError } from 'hyperformula';
import { buildEngine, evalFormula } from '../hyperformula/mspPlugin';

describe('benchmark functions as spreadsheet formulas (HyperFormula)', () => {
  it('rates a computed KPI cell, and TARGET feeds arithmetic', () => {
    const hf = buildEngine({
      Sheet1: [
        [
          300,
          400,
          '=MSP.SLARATE(A1, B1)',
          '=MSP.BENCHMARK("SLA", C1)',
          '=MSP.BENCHMARK("SLA", C1, "nl")',
          '=MSP.TARGET("SLA")-C1',
          '=MSP.ADVICE("SLA", C1, "fr")',
        ],
      ],
    });
    const s = hf.getSheetId('Sheet1')!;
    const at = (col: number) => hf.getCellValue({ sheet: s, row: 0, col });
    // Seed 002: 300 ÷ 400 = 0.75 ≥ 0.90 − 0.18 = 0.72, so Watch.
    expect(at(3)).toBe('Watch');
    expect(at(4)).toBe('Opvolgen');
    expect(at(5)).toBeCloseTo(0.15, 12); // 0.90 − 0.75
    expect(at(6)).toMatch(/^Penchez-vous sur votre gestion des tickets/);
  });

  it('spills MSP.KPIS with its header, and other formulas can read the spill', () => {
    const hf = buildEngine({
      Sheet1: [['=MSP.KPIS("it")', null, null, null, null, null, null, '=COUNTA(A1:A30)', '=SUM(E2:E3)']],
    });
    const s = hf.getSheetId('Sheet1')!;
    const at = (row: number, col: number) => hf.getCellValue({ sheet: s, row, col });
    expect([at(0, 0), at(0, 1), at(0, 5)]).toEqual(['KPI', 'Nome', 'Eccellente']);
    expect([at(1, 0), at(1, 4), at(1, 5)]).toEqual(['CHURN', 0.1, 0.05]);
    expect(at(5, 5)).toBe(''); // RECURRINGSHARE has no best threshold
    expect(at(0, 7)).toBe(18); // header + 17 catalogue rows
    expect(at(0, 8)).toBeCloseTo(1.1, 12); // CHURN 0.10 + NRR 1.00 (registry order: revenue KPIs first)
  });

  it('errors carry their message to the cell', () => {
    const v = evalFormula([[0.9]], '=MSP.BENCHMARK("SLA", A1, "español")');
    expect((v as DetailedCellError).value).toBe('#VALUE!');
    expect((v as DetailedCellError).message).toMatch(/MSP\.BENCHMARK: language "español"/);
    const n = evalFormula([[0.9]], '=MSP.TARGET("ARR")');
    expect((n as DetailedCellError).value).toBe('#N/A');
  });
});
