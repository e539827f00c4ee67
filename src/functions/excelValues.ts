import type { Arg } from '../core/cells';
import { KpiError, type ErrorCode } from '../core/errors';
import { type Language, errorMessage } from '../core/i18n';

/** Error codes a custom function may return; the others (#NAME?, #REF! …) are input-only. */
const RETURNABLE: readonly ErrorCode[] = ['#VALUE!', '#N/A', '#DIV/0!', '#NUM!', '#NULL!'];
/** Excel displays a custom message only with these two codes. */
const WITH_MESSAGE: readonly ErrorCode[] = ['#VALUE!', '#N/A'];

/**
 * Excel's arguments as the core takes them: as they are. Excel hands numbers, text, booleans, null
 * for blanks and omitted arguments, 2-D arrays for ranges, and error cells as CustomFunctions.Error
 * -like objects (capturesCalculationErrors); the core reads all of these where it reads a cell
 * (`errorOf` in core/cells), so no cell is copied: a 100 000-row range costs no second grid.
 */
export const fromExcel = (args: readonly unknown[]): readonly Arg[] => args as readonly Arg[];

/** The Excel-side shape of a core error: code plus a message, in the user's language, where Excel can show one. */
export function excelError(e: KpiError, lang: Language): { code: ErrorCode; message?: string } {
  const message = errorMessage(e, lang);
  if (RETURNABLE.includes(e.code))
    return WITH_MESSAGE.includes(e.code) && message ? { code: e.code, message } : { code: e.code };
  // An input error Excel will not accept back as a result (#REF!, #NAME?, #SPILL! …): say what it was.
  return {
    code: '#VALUE!',
    message: message || errorMessage(new KpiError('#VALUE!', 'referencedError', { code: e.code }), lang),
  };
}
