import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';

/**
 * LibreOffice Calc, headless, as an independent spreadsheet engine for the workbooks the CLI
 * writes: it opens them, recalculates every formula, and saves the results as .xlsx for ExcelJS to
 * read back. Without `OOXMLRecalcMode = 0` (always recalculate) it would trust the cached values
 * the CLI wrote and prove nothing, so each run uses a fresh profile that sets it.
 */

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The soffice binary; a missing one fails the test with the fix, it is never skipped. */
export function soffice(): string {
  for (const candidate of ['soffice', 'libreoffice']) {
    try {
      execFileSync('which', [candidate], { stdio: 'pipe' });
      return candidate;
    } catch {
      // try the next name
    }
  }
  throw new Error(
    'LibreOffice is not installed, and these tests need it to recalculate the .xlsx files the CLI writes. ' +
      'Run `npx tsx scripts/prerequisites.ts` (as root it installs it; otherwise it prints the command).',
  );
}

/**
 * Opens each file in LibreOffice with every formula recalculated and saves it as `target` (an
 * extension, optionally with a filter and its options, as `--convert-to` takes it); returns the
 * paths of the converted copies.
 */
export function convert(files: readonly string[], target: string): string[] {
  const bin = soffice();
  const work = mkdtempSync(path.join(tmpdir(), 'msp-lo-'));
  const profile = path.join(work, 'profile');
  mkdirSync(path.join(profile, 'user'), { recursive: true });
  writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const outDir = path.join(work, 'out');
  execFileSync(
    bin,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      target,
      '--outdir',
      outDir,
      ...files,
    ],
    {
      stdio: 'pipe',
      timeout: 180_000,
    },
  );
  const extension = target.split(':')[0]!;
  return files.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.${extension}`));
}

/** Opens each workbook in LibreOffice, recalculates, and returns the paths of the recalculated copies. */
export const recalculate = (files: readonly string[]): string[] => convert(files, 'xlsx');

/** Runs a poppler tool (pdfinfo, pdftoppm) on the PDFs LibreOffice prints; a missing one fails with the fix. */
export function poppler(tool: 'pdfinfo' | 'pdftoppm', args: readonly string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    throw new Error(
      `${tool} is not installed, and the chart tests need it to render LibreOffice's PDF to PNG. ` +
        'Install it with: apt-get update && apt-get install -y poppler-utils (CI does this in .ci/run).',
    );
  }
}

export type ReadValue = number | string | boolean | { error: string } | null;

/** Every cell's value (the formula's result for formula cells), by sheet and A1 address. */
export async function readValues(file: string): Promise<Map<string, Map<string, ReadValue>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = new Map<string, Map<string, ReadValue>>();
  for (const ws of wb.worksheets) {
    const cells = new Map<string, ReadValue>();
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as ExcelJS.CellValue;
        // `cell.result`, not `value.result`: ExcelJS leaves a cached 0 out of the latter.
        const plain =
          v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)
            ? ((cell.result as ExcelJS.CellValue) ?? null)
            : v;
        cells.set(cell.address, plain instanceof Date ? plain.getTime() / 86_400_000 + 25_569 : (plain as ReadValue));
      }),
    );
    sheets.set(ws.name, cells);
  }
  return sheets;
}
