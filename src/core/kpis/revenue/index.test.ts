import { code } from '../../../../test/helpers/kpiError';
import { evaluate } from '../../evaluate';
import { revenueFunctions } from './index';

describe('worked examples of the revenue functions', () => {
  it.each(revenueFunctions.flatMap((f) => f.examples.map((ex) => [ex.formula, f, ex] as const)))('%s', (_, f, ex) => {
    const out = evaluate(f, ex.args);
    if (typeof ex.result === 'string' && ex.result.startsWith('#')) expect(code(out)).toBe(ex.result);
    else expect(out).toEqual(ex.result);
  });
});
