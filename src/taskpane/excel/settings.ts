import { LANGUAGES } from '../../core/i18n';
import { type BuildSettings, type Language, TEMPLATE_IDS, type TemplateId } from '../../templates/sheetPlan';

/*
 * Where build settings live: worksheet custom properties on the built sheet (ExcelApi 1.12).
 * Checked against the Office.js docs ("Persist add-in state and settings", Excel.WorksheetCustomProperty):
 * - They are part of the workbook file and of the sheet itself, so whoever opens the shared workbook
 *   (a colleague, Excel on the web while co-authoring) reads them, and they go away with the sheet:
 *   a deleted or replaced sheet never leaves stale settings behind, and a copied sheet keeps them.
 * - They are written in the same Excel.run batch as the sheet (no extra round trip), so the build
 *   stays within its three syncs and a failed build rolls them back with the sheet.
 * - Keys are limited to 255 characters (ours are short); the docs give no limit for a worksheet
 *   property's value, unlike workbook-level custom properties (255 characters outside the web).
 * Not chosen: Office.context.document.settings is one JSON bag per add-in saved by a separate
 *   saveAsync, so two co-authors building at once overwrite each other's whole bag (the docs'
 *   settingsChanged event exists for exactly that conflict), and it outlives deleted sheets;
 *   custom XML parts need their id kept somewhere else and an XML round trip for a small record.
 */

export const SETTINGS_KEY = 'MSPKPI.Settings';
/** A random token per build: a rollback deletes a sheet only if it carries this build's token. */
export const BUILD_ID_KEY = 'MSPKPI.BuildId';

/** Queues the settings (and the build token) onto a sheet; sent by the caller's next sync. */
export function queueStoreSettings(sheet: Excel.Worksheet, settings: BuildSettings, buildId: string): void {
  sheet.customProperties.add(SETTINGS_KEY, JSON.stringify(settings));
  sheet.customProperties.add(BUILD_ID_KEY, buildId);
}

/** Queues reading a sheet's settings property; `value` after the sync (null object when absent). */
export function queueReadSettings(sheet: Excel.Worksheet): Excel.WorksheetCustomProperty {
  const p = sheet.customProperties.getItemOrNullObject(SETTINGS_KEY);
  p.load('value');
  return p;
}

/** The stored settings of a loaded property, or undefined when absent or not ours. */
export function settingsOf(p: Excel.WorksheetCustomProperty): BuildSettings | undefined {
  return p.isNullObject ? undefined : parseSettings(p.value);
}

const SOURCE_KINDS = ['range', 'table', 'none'] as const;

/**
 * Reads a stored settings text defensively: a workbook may have been edited by hand or by another
 * version, so anything that is not exactly a v1 record is ignored rather than trusted.
 */
export function parseSettings(text: string | null | undefined): BuildSettings | undefined {
  if (!text) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const s = raw as Record<string, unknown>;
  const source = s['source'] as Record<string, unknown> | undefined;
  const options = s['options'] as Record<string, unknown> | undefined;
  if (
    s['version'] !== 1 ||
    !TEMPLATE_IDS.includes(s['template'] as TemplateId) ||
    !LANGUAGES.includes(s['language'] as Language)
  )
    return undefined;
  if (!source || !SOURCE_KINDS.includes(source['kind'] as never) || typeof source['ref'] !== 'string') return undefined;
  if (options !== undefined && (typeof options !== 'object' || options === null)) return undefined;
  return raw as BuildSettings;
}
