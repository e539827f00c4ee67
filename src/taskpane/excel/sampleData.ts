import { format, messages } from '../../core/i18n';
import { SAMPLE_FILES } from '../../samples/sampleFiles';
import { sampleLedger } from '../../samples/sampleLedger';
import { sampleTickets } from '../../samples/sampleTickets';
import { rangeA1, sheetPrefix } from '../../templates/a1';
import { DATE, DATETIME } from '../../templates/formats';
import { uniqueSheetName } from '../../templates/sheetName';
import type { Language, TemplateId } from '../../templates/sheetPlan';
import { newBuildId, rollback } from './build';
import { plainWords } from './failure';
import { BUILD_ID_KEY } from './settings';

/** The sample a template builds from, its sheet name and how its date columns are shown. */
function sampleFor(template: TemplateId, lang: Language) {
  const t = messages(lang).sheet;
  if (template === 'servicedesk') return { grid: sampleTickets, name: t.sampleTicketsSheet, dateFormat: DATETIME };
  if (template === 'revenue') return { grid: sampleLedger, name: t.sampleLedgerSheet, dateFormat: DATE };
  return undefined;
}

export type SampleOutcome =
  | { readonly ok: true; readonly sheetName: string; readonly address: string; readonly rows: number }
  | { readonly ok: false; readonly error: string };

/**
 * Writes the template's sample (ticket export or ledger) to a new sheet and activates it. Two
 * syncs, not one: a unique name needs the existing names first (reading and writing cannot share
 * one request), and naming the sheet after what it holds is worth that round trip over letting
 * Excel pick `Sheet3`. One whole-rectangle write of values plus one of formats; the sample is a
 * few hundred rows, far below the request cap. A failed write leaves no partial sample sheet: the
 * sheet it added (recognised by its token, as a failed build's is) is removed, in up to three more.
 */
export async function writeSampleIn(
  context: Excel.RequestContext,
  template: TemplateId,
  lang: Language,
): Promise<SampleOutcome> {
  const sample = sampleFor(template, lang);
  if (!sample) return { ok: false, error: messages(lang).wizard.errors.noSample };
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  try {
    await context.sync();
  } catch (e) {
    return { ok: false, error: `${plainWords(e, lang)} ${messages(lang).wizard.errors.nothingChanged}` };
  }
  const name = uniqueSheetName(
    sample.name,
    sheets.items.map((s) => s.name),
  );
  const grid = sample.grid();
  const dateColumns = SAMPLE_FILES.find((f) => f.grid === sample.grid)?.dateColumns ?? [];
  const ref = { row: 0, col: 0, rows: grid.length, cols: grid[0]!.length };
  const token = newBuildId();
  try {
    const sheet = sheets.add(name);
    // Marked first, as a build marks its sheet: a failed write removes this sheet and no other.
    sheet.customProperties.add(BUILD_ID_KEY, token);
    const range = sheet.getRange(rangeA1(ref));
    range.numberFormat = grid.map((r, i) =>
      r.map((_, c) => (i > 0 && dateColumns.includes(c) ? sample.dateFormat : 'General')),
    );
    range.values = grid;
    range.getRow(0).format.font.bold = true;
    range.format.autofitColumns();
    sheet.freezePanes.freezeRows(1);
    sheet.activate();
    await context.sync();
  } catch (e) {
    const t = messages(lang).wizard.errors;
    const cleaned = await rollback(context, name, token).catch(() => false);
    const error = plainWords(e, lang);
    return {
      ok: false,
      error: cleaned ? `${error} ${t.nothingChanged}` : `${error} ${format(t.leftover, { sheet: name })}`,
    };
  }
  return { ok: true, sheetName: name, address: `${sheetPrefix(name)}${rangeA1(ref)}`, rows: grid.length - 1 };
}
