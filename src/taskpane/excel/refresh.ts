import { messages } from '../../core/i18n';
import { rangeA1 } from '../../templates/a1';
import { CONTRACT_AREA, contractFromCells } from '../../templates/contractInputs';
import type { Language } from '../../templates/sheetPlan';
import { type BuildOutcome, buildIn } from './build';
import { plainWords } from './failure';
import { countSyncs } from './run';
import { queueReadSettings, settingsOf } from './settings';

/**
 * Rebuilds a sheet from the settings stored on it, for whoever runs it (settings travel with the
 * workbook). The new version is built completely first under a free name; only then, in the last
 * batch, does the old sheet step aside under a free name, the new one take its name and position,
 * and the old one get deleted. A failure before the swap removes the new sheet; a failure during it
 * puts the old sheet back under its name (or, if the old one is already gone, keeps the new one):
 * the user never ends up without the sheet.
 *
 * Decision: the rebuilt sheet KEEPS the old name and position, so the user finds it where it was
 * and the stored settings keep matching what listBuilds shows. Formulas elsewhere that pointed into
 * the old sheet become #REF! (Excel does that when a sheet is deleted); built sheets are outputs,
 * not inputs, so this is the lesser harm than renaming the user's sheet on each refresh.
 *
 * A Service desk sheet keeps the inputs the user edited on it (business hours, holidays, targets):
 * they are read with the settings and build the new sheet.
 *
 * Syncs: one to read the stored settings, then the build's three (the old sheet's position is read
 * in the build's first one): four in all, plus one per further band of rows of a big source.
 */
export async function refreshIn(
  raw: Excel.RequestContext,
  sheetName: string,
  uiLanguage: Language,
): Promise<BuildOutcome> {
  const counted = countSyncs(raw);
  const { context, syncs } = counted;
  const old = context.workbook.worksheets.getItem(sheetName);
  const stored = queueReadSettings(old);
  // A Service desk sheet's inputs (business hours, holidays, targets) as the user left them: read in
  // the same sync, harmless on any other sheet.
  const inputs = old.getRange(rangeA1(CONTRACT_AREA));
  inputs.load('values');
  try {
    await context.sync();
  } catch (e) {
    const error = `${plainWords(e, uiLanguage)} ${messages(uiLanguage).wizard.errors.nothingChanged}`;
    return { ok: false, error, syncs: syncs() };
  }
  const settings = settingsOf(stored);
  if (!settings) return { ok: false, error: messages(uiLanguage).wizard.build.nothingToRefresh, syncs: syncs() };
  const kept =
    settings.template === 'servicedesk'
      ? { ...settings, options: { ...settings.options, ...contractFromCells(inputs.values) } }
      : settings;
  return buildIn(counted, kept, uiLanguage, { sheetName });
}
