import { KpiError } from '../core/errors';
import * as core from '../core/evaluate';
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

  it("hands Excel's arrays to the core as they are, error objects included: no cell is copied", () => {
    const evaluate = jest.spyOn(core, 'evaluate');
    try {
      const na = { code: '#N/A', message: 'lookup failed' };
      const tickets = [
        ['Created', 'Resolved'],
        [45719.375, 45719.5],
        [45720, null],
        [na, null],
      ];
      const backlog = excelFunction(host(), 'BACKLOG');
      expect(() => backlog(tickets, null, { address: 'Sheet1!A1' })).toThrow(FakeError as unknown as typeof Error);
      const [, args] = evaluate.mock.calls[0]!;
      expect(args[0]).toBe(tickets);
      expect((args[0] as unknown[][])[3]).toBe(tickets[3]);
      expect((args[0] as unknown[][])[3]![0]).toBe(na);
      // Without the error: the same array again, and the result read from it (ticket 2 is open).
      const clean = tickets.slice(0, 3);
      expect(backlog(clean, null)).toBe(1);
      expect(evaluate.mock.calls[1]![1][0]).toBe(clean);
    } finally {
      evaluate.mockRestore();
    }
  });

  it("reads an error cell where the core reads it, with its code and Excel's own message", () => {
    const ttr = excelFunction(host(), 'TTR');
    try {
      ttr([
        ['Created', 'Resolved'],
        [45719.375, { code: '#N/A', message: 'lookup failed' }],
      ]);
      throw new Error('should have thrown');
    } catch (e) {
      expect(e).toEqual(new FakeError('#N/A', 'lookup failed'));
    }
  });

  it('never lets a non-Excel exception out for odd inputs', () => {
    const cogs = excelFunction(host(), 'COGS');
    expect(() => cogs(Symbol('x') as unknown, undefined, NaN)).toThrow(FakeError as unknown as typeof Error);
    expect(new KpiError('#N/A').toString()).toBe('#N/A');
  });
});
