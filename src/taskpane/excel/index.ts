/**
 * The Excel side of the wizard, as the task pane calls it. Every function runs its own Excel.run;
 * pass `run` to drive it with a fake in tests (it defaults to `Excel.run`). None of them throws for
 * an Excel or data problem: failures come back as `{ ok: false, error }` in plain words in the
 * language given. None of them changes or deletes a sheet it did not create.
 */
import { type DataInspection, inspectData } from '../../templates';
import type { BuildRequest } from '../../templates/request';
import type { BuildSettings, Language, TemplateId } from '../../templates/sheetPlan';
import { type BuildOutcome, buildIn } from './build';
import { plainWords } from './failure';
import { refreshIn } from './refresh';
import { type RunFn, countSyncs, excelRun } from './run';
import { type SampleOutcome, writeSampleIn } from './sampleData';
import { queueReadSettings, settingsOf } from './settings';
import { type TableInfo, queueTables, readSelection, readSource } from './source';

export type {
  BuildOutcome,
  BuildRequest,
  BuildSettings,
  DataInspection,
  Language,
  RunFn,
  SampleOutcome,
  TableInfo,
  TemplateId,
};

/** What the Data step learns about a candidate source, before anything is written. */
export type SourceInspection =
  | {
      readonly ok: true;
      /** Put this in `BuildRequest.source` to build from it. */
      readonly source: BuildSettings['source'];
      /** As Excel spells it, e.g. `Tickets!A1:K301`. */
      readonly address: string;
      readonly inspection: DataInspection;
    }
  | { readonly ok: false; readonly error: string };

/**
 * Inspects the current selection for a template (columns per role, periods, customers, tickets,
 * problems). A single selected cell stands for the data region around it. 1 sync (2 when a single
 * cell is selected: the region's values are read then), plus one per band of a big selection: the
 * inspection counts every ticket and checks every row, so it reads all of them, as the build will.
 */
export async function inspectSelection(
  template: TemplateId,
  language: Language = 'en',
  run: RunFn = excelRun,
): Promise<SourceInspection> {
  try {
    return await run(async (context) => {
      const { address, grid } = await readSelection(context);
      return {
        ok: true,
        source: { kind: 'range', ref: address },
        address,
        inspection: inspectData(template, grid, language),
      } as const;
    });
  } catch (e) {
    return { ok: false, error: plainWords(e, language) };
  }
}

/** The workbook's Excel tables with their sheets, for the Data step's list. 1 sync. */
export async function listTables(run: RunFn = excelRun): Promise<TableInfo[]> {
  return run(async (context) => {
    const tables = queueTables(context);
    await context.sync();
    return tables();
  });
}

/**
 * Inspects one Excel table (header row and data rows; a totals row is not data). 1 sync, plus one
 * per band of a big table.
 */
export async function inspectTable(
  name: string,
  template: TemplateId,
  language: Language = 'en',
  run: RunFn = excelRun,
): Promise<SourceInspection> {
  try {
    return await run(async (context) => {
      const source = { kind: 'table', ref: name } as const;
      const { address, grid } = (await readSource(context, source))!;
      return {
        ok: true,
        source,
        address,
        inspection: inspectData(template, grid, language),
      } as const;
    });
  } catch (e) {
    return { ok: false, error: plainWords(e, language) };
  }
}

/**
 * Writes the template's sample data (tickets for Service desk, a ledger for Recurring revenue) to a
 * new sheet named e.g. `Sample tickets` (` (2)` … when taken) and activates it. The outcome's
 * `address` is a range source for `build`. Scorecard and Benchmark reference need no data: an
 * `ok: false`. 2 syncs (names, then the write).
 */
export async function writeSample(
  template: TemplateId,
  language: Language = 'en',
  run: RunFn = excelRun,
): Promise<SampleOutcome> {
  try {
    return await run((context) => writeSampleIn(context, template, language));
  } catch (e) {
    return { ok: false, error: plainWords(e, language) };
  }
}

/**
 * Builds the template's sheet from the request (template, language, source, options), activates
 * it and stores the settings on it for Refresh. 3 syncs: read (sheet names + source data), write,
 * verify/activate; a source larger than one of Excel's answers (5 MB on the web) adds one per
 * further band of rows (see readBanded). On failure the half-built sheet is removed
 * (only it) and `error` says what went wrong; the user's sheets are never modified. The report and
 * the error are in `paneLanguage` (the labels on the sheet are in the request's language).
 */
export async function build(
  request: BuildRequest,
  run: RunFn = excelRun,
  paneLanguage: Language = request.language,
): Promise<BuildOutcome> {
  const settings: BuildSettings = { version: 1, ...request };
  try {
    return await run((context) => buildIn(countSyncs(context), settings, paneLanguage));
  } catch (e) {
    return { ok: false, error: plainWords(e, paneLanguage), syncs: 0 };
  }
}

/** A sheet built by the wizard, with the settings stored on it. */
export interface BuiltSheet {
  readonly sheetName: string;
  readonly settings: BuildSettings;
}

/** The sheets the wizard built in this workbook (by anyone), in tab order. 2 syncs. */
export async function listBuilds(run: RunFn = excelRun): Promise<BuiltSheet[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const props = sheets.items.map((s) => ({ name: s.name, p: queueReadSettings(s) }));
    await context.sync();
    return props.flatMap(({ name, p }) => {
      const settings = settingsOf(p);
      return settings ? [{ sheetName: name, settings }] : [];
    });
  });
}

/**
 * Rebuilds a wizard-built sheet from its stored settings and current data. The new version is
 * complete before the old sheet is replaced; it keeps the old name and position. On failure the
 * old sheet is untouched. `language` is for messages before the stored settings are known.
 * 4 syncs (settings, then the build's 3).
 */
export async function refresh(
  sheetName: string,
  language: Language = 'en',
  run: RunFn = excelRun,
): Promise<BuildOutcome> {
  try {
    return await run((context) => refreshIn(context, sheetName, language));
  } catch (e) {
    return { ok: false, error: plainWords(e, language), syncs: 0 };
  }
}
