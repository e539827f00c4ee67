import { KpiError } from '../core/errors';
import { WorkbookModel } from './evaluator';
import { parseFormula, printFormula } from './formula';

describe('formula parser and printer', () => {
  it.each([
    ["MSP.SLA('Tickets'!A1:K301)", 'MSP.SLA(Tickets!A1:K301)'],
    ["MSP.SLA('My data'!$A$1:$K$301,8)", "MSP.SLA('My data'!A1:K301,8)"],
    ['IF(B5>=0.95,"Best ""in"" class",IF(B5<>0,"x",""))', 'IF(B5>=0.95,"Best ""in"" class",IF(B5<>0,"x",""))'],
    ['(B5-C5)/B5', '(B5-C5)/B5'],
    ['A1-(B1-C1)', 'A1-(B1-C1)'],
    ['SUM(B10#)*50%', 'SUM(B10#)*50%'],
    ['MSP.CHURN(A1:M40,,12)', 'MSP.CHURN(A1:M40,,12)'],
    ['IF(A1<0,#NUM!,-A1)', 'IF(A1<0,#NUM!,-A1)'],
    ['"a"&B2&TRUE', '"a"&B2&TRUE'],
  ])('%s prints back as %s', (input, printed) => {
    expect(printFormula(parseFormula(`=${input}`))).toBe(printed);
  });

  it('refuses malformed formulas', () => {
    expect(() => parseFormula('=SUM(A1')).toThrow(/expected , or \)/);
    expect(() => parseFormula('="open')).toThrow(/unterminated/);
  });
});

describe('WorkbookModel', () => {
  const model = new WorkbookModel();
  model.setValue('Data', 0, 0, 100000);
  model.setValue('Data', 1, 0, 500);
  model.setFormula('S', 0, 0, '=MSP.CPL(Data!A1,Data!A2)');
  model.setFormula('S', 0, 1, '=IF(A1>=0.9,"ok","low")&"!"');
  model.setFormula('S', 0, 2, '=SUM(Data!A1:A2)/0');
  model.setFormula('S', 0, 3, '=MSP.NOSUCH(1)');

  it('computes MSP calls through the core and native functions around them', () => {
    // CPL(100 000, 500) = 100 000 / 500 = 200 (seed 002)
    expect(model.formulaResult('S', 0, 0)).toBe(200);
    expect(model.formulaResult('S', 0, 1)).toBe('ok!'); // 200 >= 0.9
    expect(model.formulaResult('S', 0, 2)).toEqual(new KpiError('#DIV/0!'));
    expect((model.formulaResult('S', 0, 3) as KpiError).code).toBe('#NAME?');
  });
});
