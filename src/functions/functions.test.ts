import { KpiError } from '../core/errors';
import { FUNCTIONS } from '../core/registry';
import { type CustomFunctionsHost, excelFunction, registerCustomFunctions } from './functions';

/** A recording stand-in for the CustomFunctions runtime (the Office boundary). */
class FakeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const host = (): CustomFunctionsHost & { ids: string[] } => {
  const ids: string[] = [];
  return { ids, associate: (id) => void ids.push(id), Error: FakeError as unknown as CustomFunctionsHost['Error'] };
};

describe('Excel adapter', () => {
  it('associates every registry function', () => {
    const h = host();
    registerCustomFunctions(h);
    expect(h.ids).toEqual(FUNCTIONS.map((f) => f.id));
  });

  it('passes values through and drops the invocation object Excel appends', () => {
    const cpl = excelFunction(host(), 'CPL');
    expect(cpl([[100000]], [[500]], { address: 'Sheet1!A1' })).toBe(200);
  });

  it('throws CustomFunctions errors, with messages only where Excel shows them', () => {
    const h = host();
    const cpl = excelFunction(h, 'CPL');
    expect(() => cpl(1, 0)).toThrow(FakeError as unknown as typeof Error);
    try {
      cpl(1, 0);
    } catch (e) {
      expect(e).toEqual(new FakeError('#DIV/0!', undefined));
    }
    try {
      cpl('abc', 1);
    } catch (e) {
      expect((e as FakeError).code).toBe('#VALUE!');
      expect((e as FakeError).message).toMatch(/MSP\.CPL/);
    }
  });

  it('propagates an input error; one Excel cannot return (#REF!) becomes #VALUE! saying so', () => {
    const cogs = excelFunction(host(), 'COGS');
    try {
      cogs([[1, { code: '#N/A', message: '' }]], 1, 1);
      throw new Error('should have thrown');
    } catch (e) {
      expect((e as FakeError).code).toBe('#N/A');
    }
    try {
      cogs([[{ code: '#REF!' }]], 1, 1);
      throw new Error('should have thrown');
    } catch (e) {
      expect((e as FakeError).code).toBe('#VALUE!');
      expect((e as FakeError).message).toMatch(/#REF!/);
    }
  });

  it('never lets a non-Excel exception out for odd inputs', () => {
    const cogs = excelFunction(host(), 'COGS');
    expect(() => cogs(Symbol('x') as unknown, undefined, NaN)).toThrow(FakeError as unknown as typeof Error);
    expect(new KpiError('#N/A').toString()).toBe('#N/A');
  });
});
