import type { Arg } from '../../src/core/cells';
import { KpiError } from '../../src/core/errors';
import { evaluate } from '../../src/core/evaluate';
import { getFunction } from '../../src/core/registry';

/** The KpiError a core helper throws; fails the test when it throws nothing or something else. */
export function caught(f: () => unknown): KpiError {
  try {
    f();
  } catch (e) {
    if (e instanceof KpiError) return e;
    throw e;
  }
  throw new Error('expected a KpiError, nothing was thrown');
}

/** A registry function run as the adapters run it. */
export const run = (id: string, ...args: Arg[]) => evaluate(getFunction(id)!, args);

/** The error code of a result, or the result itself. */
export const code = (v: unknown) => (v instanceof KpiError ? v.code : v);

/** The message of an error result, or a text saying the result was no error (so a match fails readably). */
export const message = (v: unknown) => (v instanceof KpiError ? v.message : `not an error: ${JSON.stringify(v)}`);
