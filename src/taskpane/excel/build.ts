import { format, messages } from '../../core/i18n';
import { type DataInspection, buildPlan, inspectData } from '../../templates';
import { uniqueSheetName } from '../../templates/sheetName';
import type { BuildSettings, Language, SheetPlan } from '../../templates/sheetPlan';
import { applyPlan } from './applyPlan';
import { plainWords } from './failure';
import { BUILD_ID_KEY, queueReadSettings, queueStoreSettings, settingsOf } from './settings';
import type { CountedContext } from './run';
import { type RangeData, readSource } from './source';

/** What the UI learns from a build or a refresh. */
export type BuildOutcome =
  | {
      readonly ok: true;
      /** The sheet as named in the workbook (with ` (2)` … when the wanted name was taken). */
      readonly sheetName: string;
      /** One line per thing built, in the chosen language, for the "Build" step's report. */
      readonly report: readonly string[];
      readonly inspection: DataInspection;
      /**
       * context.sync() calls the operation made: ≤ 3 for a build, ≤ 4 for a refresh, plus one per
       * further band of rows of a source larger than one of Excel's answers.
       */
      readonly syncs: number;
    }
  | {
      readonly ok: false;
      readonly error: string;
      readonly inspection?: DataInspection;
      /** Every context.sync() the operation made, the rollback's included. */
      readonly syncs: number;
    };

/** What a build needs besides the settings: set by refresh to replace an existing sheet. */
export interface ReplaceTarget {
  /** The sheet being rebuilt: deleted only after the new one is complete, and its name reused. */
  readonly sheetName: string;
}

/** A random token for a sheet this run adds, so a rollback removes that sheet and no other. */
export const newBuildId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * The build, inside one Excel.run: (1) read sheet names and the source data, (2) write the whole
 * sheet, (3) verify it carries its settings and activate it. A source larger than one of Excel's
 * answers adds a sync per further band of rows to step 1 (see readBanded). The user's sheets are
 * only read; on any failure the sheet this build created — recognised by its build token — is
 * deleted (a failure while reading, bands included, comes before anything is written).
 */
export async function buildIn(
  counted: CountedContext,
  settings: BuildSettings,
  ui: Language,
  replace?: ReplaceTarget,
): Promise<BuildOutcome> {
  // Only the counted context is in scope: every sync, the rollback's included, is reported.
  const { context, syncs } = counted;
  // The pane's language for what the user reads there; the sheet's labels are in settings.language.
  const lang = ui;
  const unchanged = (error: string): string => `${error} ${messages(lang).wizard.errors.nothingChanged}`;
  const sheets = context.workbook.worksheets;
  // Refresh: where the old sheet sits, read now so the final step needs no extra round trip.
  let old = null as Excel.Worksheet | null;
  // What exists goes with the source's first request (again if Excel asks for smaller reads).
  const readExisting = (): void => {
    sheets.load('items/name');
    old = replace ? sheets.getItem(replace.sheetName).load('id, name, position') : null;
  };
  let source: RangeData | null;
  try {
    source = await readSource(context, settings.source, readExisting);
    if (!source) {
      readExisting();
      await context.sync();
    }
  } catch (e) {
    return { ok: false, error: unchanged(plainWords(e, lang)), syncs: syncs() };
  }
  const grid = source ? source.grid : null;
  const inspection = inspectData(settings.template, grid, lang);
  if (inspection.blocking) {
    return { ok: false, error: unchanged(inspection.problems.join(' ')), inspection, syncs: syncs() };
  }
  let plan: SheetPlan;
  try {
    plan = buildPlan({ settings, data: grid });
  } catch (e) {
    return { ok: false, error: unchanged(plainWords(e, lang)), inspection, syncs: syncs() };
  }
  const taken = sheets.items.map((s) => s.name);
  const oldName = old?.name;
  const name = uniqueSheetName(plan.sheetName, taken);
  const buildId = newBuildId();
  let newId: string | undefined;
  try {
    const sheet = sheets.add(name);
    // The token goes first, so a rollback can recognise this sheet whatever failed after the add.
    queueStoreSettings(sheet, settings, buildId);
    await applyPlan(context, sheet, plan);
    sheet.load('id');
    await context.sync();
    newId = sheet.id;
    const stored = queueReadSettings(sheet);
    if (old && oldName !== undefined) {
      // Only now that the new sheet is complete: the old one steps aside under a free name, the new
      // one takes its name and place, and the old one is deleted last. A batch that stops half-way
      // leaves the old sheet in the workbook, and the rollback puts its name back.
      const position = old.position;
      old.name = uniqueSheetName(oldName, [...taken, name]);
      sheet.name = oldName;
      sheet.position = position;
      old.delete();
    }
    sheet.activate();
    sheet.load('name');
    await context.sync();
    if (JSON.stringify(settingsOf(stored)) !== JSON.stringify(settings)) {
      throw new Error(messages(lang).wizard.errors.settingsNotStored);
    }
    return { ok: true, sheetName: sheet.name, report: report(plan, lang), inspection, syncs: syncs() };
  } catch (e) {
    const error = plainWords(e, lang);
    // Once the write went through, the new sheet is known by id; before that, by name and token.
    const undo = newId
      ? old && oldName !== undefined
        ? restore(context, newId, old.id, oldName)
        : deleteSheet(context, newId)
      : rollback(context, name, buildId);
    const cleaned = await undo.catch(() => false);
    const t = messages(lang).wizard.errors;
    return {
      ok: false,
      error: cleaned ? unchanged(error) : `${error} ${format(t.leftover, { sheet: name })}`,
      inspection,
      syncs: syncs(),
    };
  }
}

/**
 * Deletes the sheet this build (or sample write) added, and only it: the sheet now called `name` must carry this
 * build's token (a co-author may have taken the name meanwhile). Returns whether the workbook is clean.
 */
export async function rollback(context: Excel.RequestContext, name: string, buildId: string): Promise<boolean> {
  const ours = context.workbook.worksheets.getItemOrNullObject(name);
  ours.load('name');
  await context.sync();
  if (ours.isNullObject) return true;
  const token = ours.customProperties.getItemOrNullObject(BUILD_ID_KEY);
  token.load('value');
  await context.sync();
  if (token.isNullObject || token.value !== buildId) return true;
  ours.delete();
  await context.sync();
  return true;
}

/** Deletes the sheet this build created, known by its id. */
async function deleteSheet(context: Excel.RequestContext, id: string): Promise<boolean> {
  const ours = context.workbook.worksheets.getItemOrNullObject(id);
  ours.load('name');
  await context.sync();
  if (ours.isNullObject) return true;
  ours.delete();
  await context.sync();
  return true;
}

/**
 * A refresh that failed while swapping sheets: if the old sheet is still there, the new one goes
 * and the old one gets its name back; if the old one is already gone, the new, complete sheet
 * stays — the user never ends up with neither.
 */
async function restore(context: Excel.RequestContext, newId: string, oldId: string, oldName: string): Promise<boolean> {
  const sheets = context.workbook.worksheets;
  const fresh = sheets.getItemOrNullObject(newId);
  const old = sheets.getItemOrNullObject(oldId);
  fresh.load('name');
  old.load('name');
  await context.sync();
  if (old.isNullObject) return true;
  if (!fresh.isNullObject) fresh.delete();
  if (old.name !== oldName) old.name = oldName;
  await context.sync();
  return true;
}

function report(plan: SheetPlan, lang: Language): string[] {
  const t = messages(lang).wizard.build;
  const formulas = plan.blocks.reduce((n, b) => n + b.cells.flat().filter((c) => 'formula' in c).length, 0);
  return [
    format(t.reportFormulas, { count: String(formulas) }),
    format(t.reportTables, { count: String(plan.spills.length) }),
    format(t.reportCharts, { count: String(plan.charts.length) }),
  ];
}
