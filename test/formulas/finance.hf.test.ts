import { DetailedCellError } from 'hyperformula';
import { buildEngine, evalFormula } from '../hyperformula/mspPlugin';

describe('finance functions as spreadsheet formulas (HyperFormula)', () => {
  it('sums ranges like SUM and feeds dependants', () => {
    const hf = buildEngine({
      Sheet1: [
        ['Revenue', 'COGS', 'Margin', 'Doubled'],
        [60000, 30000, '=MSP.GROSSMARGIN(A2:A3, B2:B3)', '=C2*2'],
        [40000, 24000, null, null],
      ],
    });
    const s = hf.getSheetId('Sheet1')!;
    // (100000 − 54000) ÷ 100000 worked by hand.
    expect(hf.getCellValue({ sheet: s, row: 1, col: 2 })).toBeCloseTo(0.46, 12);
    expect(hf.getCellValue({ sheet: s, row: 1, col: 3 })).toBeCloseTo(0.92, 12);
  });
  it('errors reach dependants as Excel errors with the message', () => {
    const v = evalFormula([[0, 10]], '=MSP.GROSSMARGIN(A1, B1)+1');
    expect(v).toBeInstanceOf(DetailedCellError);
    expect((v as DetailedCellError).value).toBe('#DIV/0!');
    const t = evalFormula([['abc', 10]], '=MSP.NOI(A1, B1)');
    expect((t as DetailedCellError).value).toBe('#VALUE!');
    expect((t as DetailedCellError).message).toMatch(/MSP\.NOI/);
  });
});
