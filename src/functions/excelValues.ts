import type { Arg, Cell } from '../core/cells';
import { KpiError, type ErrorCode, toErrorCode } from '../core/errors';
import { type Language, errorMessage } from '../core/i18n';

/** Error codes a custom function may return; the others (#NAME?, #REF! …) are input-only. */
const RETURNABLE: readonly ErrorCode[] = ['#VALUE!', '#N/A', '#DIV/0!', '#NUM!', '#NULL!'];
/** Excel displays a custom message only with these two codes. */
const WITH_MESSAGE: readonly ErrorCode[] = ['#VALUE!', '#N/A'];

/** Excel hands error cells over as CustomFunctions.Error-like objects (capturesCalculationErrors). */
function fromExcelCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && 'code' in v) {
    const code = toErrorCode((v as { code: unknown }).code);
    if (code) return new KpiError(code, { text: String((v as { message?: unknown }).message ?? '') });
  }
  return new KpiError('#VALUE!', { text: `Unsupported cell value: ${String(v)}` });
}

export function fromExcel(v: unknown): Arg {
  if (Array.isArray(v))
    return v.map((row: unknown) => (Array.isArray(row) ? row.map(fromExcelCell) : [fromExcelCell(row)]));
  return fromExcelCell(v);
}

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
