import { isKpiError } from '../../core/errors';
import { format, messages } from '../../core/i18n';
import { plainError } from '../../templates/findings';
import type { Language } from '../../templates/sheetPlan';

const codeOf = (e: unknown): string =>
  typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';

/** The codes Excel gives a request or a response above its payload cap (see payload.ts). */
const TOO_LARGE = new Set(['RequestPayloadSizeLimitExceeded', 'PayloadTooLarge', 'ResponsePayloadSizeLimitExceeded']);

/** Whether Excel refused a request or its answer for its size (a smaller one may go through). */
export const isTooLarge = (e: unknown): boolean => TOO_LARGE.has(codeOf(e));

/**
 * A failure as the user should read it: a data error of the core as the Data step says it (no
 * function prefix, the missing column named), plain words in their language for the Office.js
 * error codes a build can meet, Excel's own message otherwise (it is already localized by Excel).
 */
export function plainWords(e: unknown, lang: Language): string {
  if (isKpiError(e)) return plainError(e, lang, 'data').text;
  const t = messages(lang).wizard.errors;
  const code = codeOf(e);
  if (isTooLarge(e)) return t.tooLarge;
  const known: Record<string, string> = {
    ItemNotFound: t.notFound,
    InvalidReference: t.notFound,
    ItemAlreadyExists: t.nameTaken,
    AccessDenied: t.protected,
    InsertDeleteConflict: t.protected,
    ApiNotFound: t.oldExcel,
  };
  if (known[code]) return known[code];
  const detail = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  return format(t.unexpected, { detail: detail || code || '?' });
}
