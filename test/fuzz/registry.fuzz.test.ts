import fc from 'fast-check';
import { evaluate } from '../../src/core/evaluate';
import { FUNCTIONS } from '../../src/core/registry';
import { argsFor } from './arbitraries';
import { badOutcome } from './outcome';

/**
 * Every registry function, arbitrary arguments (values of every type, errors inside ranges,
 * rectangular ranges of any shape, omitted and surplus arguments): evaluate() gives back a value
 * or an Excel error — never an exception, a crash turned into "unexpected error", NaN/Infinity,
 * or a spill that is ragged, headerless or holds null. Seeded, so a failure replays.
 */
describe('fuzz: every registry function on arbitrary input', () => {
  it.each(FUNCTIONS.map((f) => [f.id, f] as const))('MSP.%s returns only values or Excel errors', (_id, spec) => {
    fc.assert(
      fc.property(argsFor(spec.params), (args) => {
        let out;
        try {
          out = evaluate(spec, args);
        } catch (e) {
          throw new Error(`evaluate threw: ${String(e)}`);
        }
        const bad = badOutcome(spec.id, out);
        if (bad) throw new Error(bad);
      }),
      { numRuns: 300, seed: 20250601, endOnFailure: true },
    );
  });
});
