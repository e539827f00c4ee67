import { fail } from '../errors';

interface RatioRules {
  /** The numerator cannot exceed the denominator (a part of a whole): larger is #NUM!. */
  readonly partOfWhole?: boolean;
  /** The numerator may be negative (a loss, a negative margin). */
  readonly signedNumerator?: boolean;
}

/** Rejects a negative amount that can only be a typing mistake (a count, a cost, a duration). */
export function nonNegative(name: string, value: number): number {
  if (value < 0) throw fail.num('negative', { arg: name, value });
  return value;
}

/**
 * numerator ÷ denominator with the spec's errors: a negative input is #NUM!, a zero denominator
 * is #DIV/0!, and for a part of a whole a part larger than the whole is #NUM!.
 */
export function ratio(
  [numName, num]: [string, number],
  [denName, den]: [string, number],
  rules: RatioRules = {},
): number {
  if (!rules.signedNumerator) nonNegative(numName, num);
  nonNegative(denName, den);
  if (den === 0) throw fail.div0('zero', { arg: denName });
  if (rules.partOfWhole && num > den)
    throw fail.num('exceeds', { arg: numName, value: num, arg2: denName, value2: den });
  return num / den;
}
