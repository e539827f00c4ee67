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
/** The host error a call throws; fails the test when it returns, or throws anything else. */
function hostError(call: () => unknown): FakeError {
  try {
    call();
  } catch (e) {
    if (e instanceof FakeError) return e;
    throw e;
  }
  throw new Error('expected a CustomFunctions.Error, the call returned');
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

  it("answers in the language of the user's Office: messages, and spilled tables' headers", () => {
    const h = host();
    const fr = () => 'fr' as const;
    // Hand-written from the French catalogue: CPL is COUT.PAR.LEAD, marketing_spend dépenses_marketing.
    expect(hostError(() => excelFunction(h, 'CPL', fr)([[1000]], [[0]]))).toEqual(new FakeError('#DIV/0!', undefined));
    expect(hostError(() => excelFunction(h, 'CPL', fr)([['cent']], [[10]])).message).toBe(
      'MSP.COUT.PAR.LEAD: dépenses_marketing doit être un nombre, reçu « cent ».',
    );
    const moves = excelFunction(
      h,
      'MRRMOVES',
      fr,
    )([
      ['Client', '2025-01', '2025-02'],
      ['Acme', 100, 120],
    ]) as unknown[][];
    expect(moves[0]!.slice(0, 3)).toEqual(['Période', 'MRR de début', 'Nouveau']);
    expect(moves[1]!.slice(0, 3)).toEqual(['2025-02', 100, 0]);
  });

  it('passes values through and drops the invocation object Excel appends', () => {
    const cpl = excelFunction(host(), 'CPL');
    expect(cpl([[100000]], [[500]], { address: 'Sheet1!A1' })).toBe(200);
  });

  it('throws CustomFunctions errors, with messages only where Excel shows them', () => {
    const h = host();
    const cpl = excelFunction(h, 'CPL');
    expect(hostError(() => cpl(1, 0))).toEqual(new FakeError('#DIV/0!', undefined));
    const bad = hostError(() => cpl('abc', 1));
    expect(bad.code).toBe('#VALUE!');
    expect(bad.message).toMatch(/MSP\.CPL/);
  });

  it('propagates an input error; one Excel cannot return (#REF!) becomes #VALUE! saying so', () => {
    const cogs = excelFunction(host(), 'COGS');
    expect(hostError(() => cogs([[1, { code: '#N/A', message: '' }]], 1, 1)).code).toBe('#N/A');
    const ref = hostError(() => cogs([[{ code: '#REF!' }]], 1, 1));
    expect(ref.code).toBe('#VALUE!');
    expect(ref.message).toMatch(/#REF!/);
  });

  it("hands Excel's arrays to the core as they are, error objects included: no cell is copied", () => {
    const evaluate = jest.spyOn(core, 'evaluateIn');
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
