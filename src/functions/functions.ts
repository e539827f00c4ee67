import type { Out } from '../core/cells';
import type { DateOrder } from '../core/dateOrder';
import { isKpiError } from '../core/errors';
import { evaluateIn } from '../core/evaluate';
import type { Language } from '../core/i18n';
import { FUNCTIONS } from '../core/registry';
import { excelError, fromExcel } from './excelValues';

/** The part of the CustomFunctions runtime we use, so tests can pass a recording double. */
export interface CustomFunctionsHost {
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  Error: new (code: CustomFunctions.ErrorCode, message?: string) => CustomFunctions.Error;
}

/**
 * The function Excel calls for one registry id. `language` is asked at each error (not at
 * registration): Office knows the user's display language only once it has initialised; so is
 * `dateOrder`, the order of ambiguous numeric text dates (from Office's content language).
 */
export function excelFunction(
  host: CustomFunctionsHost,
  id: string,
  language: () => Language = () => 'en',
  dateOrder: () => DateOrder = () => 'dmy',
): (...args: unknown[]) => Out {
  const spec = FUNCTIONS.find((f) => f.id === id);
  if (!spec) throw new Error(`No function ${id} in the registry.`);
  // Excel appends an invocation object after the declared parameters: pass on only those.
  return (...args) => {
    const result = evaluateIn(spec, fromExcel(args.slice(0, spec.params.length)), language(), dateOrder());
    if (!isKpiError(result)) return result;
    const { code, message } = excelError(result, language());
    throw new host.Error(code as CustomFunctions.ErrorCode, message);
  };
}

export function registerCustomFunctions(
  host: CustomFunctionsHost,
  language?: () => Language,
  dateOrder?: () => DateOrder,
): void {
  for (const spec of FUNCTIONS) host.associate(spec.id, excelFunction(host, spec.id, language, dateOrder));
}
