import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { isKpiError } from '../core/errors';
import { readXlsx } from './readXlsx';
import { noProgress } from './progress';

const dir = mkdtempSync(path.join(tmpdir(), 'msp-xlsx-'));

describe('.xlsx read as a stream', () => {
  it('reads dates as serials, cached formula results, errors and blanks', async () => {
    const wb = new ExcelJS.Workbook();
    const tickets = wb.addWorksheet('Tickets');
    tickets.addRow(['Ticket', 'Created', 'Hours', 'Check']);
    tickets.addRow([1, new Date(Date.UTC(2025, 2, 5, 12)), { formula: 'C3*0', result: 0 }, { error: '#N/A' }]);
    tickets.addRow([2, null, 1.5, 'ok']);
    tickets.getColumn(2).numFmt = 'yyyy-mm-dd hh:mm';
    const file = path.join(dir, 'tickets.xlsx');
    await wb.xlsx.writeFile(file);

    const table = await readXlsx(file, noProgress);
    expect(table.describe('en')).toBe('tickets.xlsx (sheet "Tickets")');
    expect(table.describe('de')).toBe('tickets.xlsx (Blatt „Tickets“)');
    // 2025-03-05 12:00 = serial 45721.5 (45721 is 2025-03-05, counted from 1899-12-30).
    expect(table.grid[1]!.slice(0, 3)).toEqual([1, 45721.5, 0]);
    expect(isKpiError(table.grid[1]![3]) && table.grid[1]![3].code).toBe('#N/A');
    expect(table.grid[2]).toEqual([2, null, 1.5, 'ok']);
    expect(table.dateColumns).toEqual(new Set([1]));
  });
});
