import fc from 'fast-check';
import type { Arg, Cell } from '../../src/core/cells';
import { KpiError } from '../../src/core/errors';
import { FUNCTIONS } from '../../src/core/registry';
import { type CustomFunctionsHost, excelFunction } from '../../src/functions/functions';
import { argsFor } from './arbitraries';

/** The host's error class: the only thing an Excel custom function may throw. */
class HostError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const host: CustomFunctionsHost = {
  associate: () => undefined,
  Error: HostError as unknown as CustomFunctionsHost['Error'],
};

/** What Excel hands over: error cells as objects with a code (not our KpiError), blanks and omitted as null. */
const toExcelCell = (c: Cell): unknown => (c instanceof KpiError ? { code: c.code, message: c.message } : c);
const toExcel = (a: Arg): unknown =>
  a === undefined ? null : Array.isArray(a) ? a.map((row) => row.map(toExcelCell)) : toExcelCell(a);

const RETURNABLE = ['#VALUE!', '#N/A', '#DIV/0!', '#NUM!', '#NULL!'];
const isValue = (v: unknown): boolean =>
  (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string' || typeof v === 'boolean';

describe('fuzz: every custom function through the Excel adapter', () => {
  it.each(FUNCTIONS.map((f) => [f.id, f] as const))(
    'MSP.%s returns a value or throws only the host error',
    (_id, spec) => {
      const fn = excelFunction(host, spec.id);
      fc.assert(
        fc.property(argsFor(spec.params), fc.boolean(), (args, withInvocation) => {
          const excelArgs = args.map(toExcel);
          // Excel appends an invocation object after the declared parameters.
          if (withInvocation) excelArgs.push({ address: 'Sheet1!A1', functionName: `MSP.${spec.id}` });
          let out: unknown;
          try {
            out = fn(...excelArgs);
          } catch (e) {
            if (!(e instanceof HostError)) throw new Error(`threw something other than the host error: ${String(e)}`);
            if (!RETURNABLE.includes(e.code)) throw new Error(`host error with a code Excel cannot return: ${e.code}`);
            return;
          }
          const ok = Array.isArray(out)
            ? out.length > 0 &&
              out.every((row) => Array.isArray(row) && row.length === out[0].length && row.every(isValue))
            : isValue(out);
          if (!ok) throw new Error(`not an Excel value: ${JSON.stringify(out)?.slice(0, 200)}`);
        }),
        { numRuns: 100, seed: 20250602, endOnFailure: true },
      );
    },
  );
});
