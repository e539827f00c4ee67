import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Grid } from '../../src/core/cells';
import { cellName } from '../../src/core/errors';
import { evaluate } from '../../src/core/evaluate';
import { getFunction } from '../../src/core/registry';
import { main } from '../../src/cli/main';
import { DATA_SHEETS, REPORT_TEMPLATES, reportPlans, scorecardPlan } from '../../src/cli/plans';
import { readInput } from '../../src/cli/readInput';
import { type WrittenWorkbook, writeWorkbook } from '../../src/cli/xlsxWriter';
import { expected, sameValue } from './compare';
import { type ReadValue, readValues, recalculate } from './soffice';

/**
 * The workbooks the CLI writes for the sample data, opened and recalculated by LibreOffice: every
 * formula and value read back equals what the core computes, and the headline KPIs equal the
 * registry functions run directly on the sample files.
 */

const ROOT = path.join(__dirname, '..', '..');
const TICKETS = path.join(ROOT, 'samples', 'sample-tickets.csv');
const LEDGER = path.join(ROOT, 'samples', 'sample-ledger.csv');
const SAMPLE_TARGETS = [
  ['Priority', 'Response (h)', 'Resolution (h)'],
  ['Critical', 1, 4],
  ['High', 2, 8],
  ['Medium', 4, 24],
  ['Low', 8, 40],
];
const quiet = { out: () => undefined, err: (t: string) => process.stderr.write(`${t}\n`), colour: false };

type Values = Map<string, Map<string, ReadValue>>;

describe('CLI workbooks recalculated by LibreOffice', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'msp-report-'));
  const files = {
    report: path.join(dir, 'report.xlsx'),
    reportFr: path.join(dir, 'rapport.xlsx'),
    scorecard: path.join(dir, 'scorecard.xlsx'),
  };
  let tickets: Grid;
  let ledger: Grid;
  let written: { report: WrittenWorkbook; reportFr: WrittenWorkbook; scorecard: WrittenWorkbook };
  let values: { report: Values; reportFr: Values; scorecard: Values };

  beforeAll(async () => {
    const common = [
      'report',
      '--tickets',
      TICKETS,
      '--ledger',
      LEDGER,
      '--endpoints',
      '400',
      '--template',
      REPORT_TEMPLATES.join(','),
    ];
    expect(await main([...common, '--out', files.report], quiet)).toBe(0);
    expect(await main([...common, '--language', 'fr', '--currency', '€', '--out', files.reportFr], quiet)).toBe(0);
    expect(await main(['template', 'scorecard', '--out', files.scorecard], quiet)).toBe(0);

    // The same plans built again in-process tell which cell holds what.
    const t = await readInput(TICKETS);
    const l = await readInput(LEDGER);
    tickets = t.grid;
    ledger = l.grid;
    const build = (language: 'en' | 'fr', currency: string | null) => {
      const p = reportPlans({ templates: REPORT_TEMPLATES, tickets: t, ledger: l, language, endpoints: 400, currency });
      return writeWorkbook(p.plans, p.data);
    };
    written = {
      report: build('en', null),
      reportFr: build('fr', '€'),
      scorecard: writeWorkbook([scorecardPlan('en', null)], []),
    };

    const [r, rf, s] = recalculate([files.report, files.reportFr, files.scorecard]);
    values = { report: await readValues(r!), reportFr: await readValues(rf!), scorecard: await readValues(s!) };
  }, 300_000);

  it.each(['report', 'reportFr', 'scorecard'] as const)(
    '%s: every formula cell recalculates to the value the core computed',
    (which) => {
      const w = written[which];
      expect(w.formulas.length).toBeGreaterThan(0);
      const wrong = w.formulas
        .filter((f) => f.value !== undefined)
        .map((f) => ({ f, got: values[which].get(f.sheet)?.get(f.address) }))
        .filter(({ f, got }) => !sameValue(got, expected(f.value)))
        .map(
          ({ f, got }) =>
            `${f.sheet}!${f.address} ${f.nativeFormula ?? f.planFormula}: LibreOffice ${JSON.stringify(got)}, core ${JSON.stringify(f.value)}`,
        );
      expect(wrong).toEqual([]);
    },
  );

  it('writes native formulas (not static values) for the ratings and advice of the report', () => {
    const natives = written.report.formulas.filter((f) => f.nativeFormula);
    expect(natives.filter((f) => f.planFormula.startsWith('=MSP.BENCHMARK(')).length).toBeGreaterThanOrEqual(5);
    expect(natives.some((f) => f.planFormula.startsWith('=MSP.ADVICE('))).toBe(true);
  });

  /** The LibreOffice value of the first cell whose add-in formula starts with `prefix`. */
  const kpiCell = (which: 'report' | 'reportFr', prefix: string): ReadValue | undefined => {
    const f = written[which].formulas.find((x) => x.planFormula.startsWith(prefix));
    if (!f) throw new Error(`no ${prefix} cell in the ${which}`);
    return values[which].get(f.sheet)?.get(f.address);
  };

  it.each([
    // The Service desk sheet's SLA reads its targets table, prefilled for the sample's priorities
    // (SPEC §5: 1/4, 2/8, 4/24, 8/40 by rank), and its blank business-hours and holiday cells.
    ['SLA', () => [tickets, SAMPLE_TARGETS]],
    ['FRT', () => [tickets]],
    ['TTR', () => [tickets]],
    ['FCR', () => [tickets]],
    ['BACKLOG', () => [tickets]],
    ['TICKETSPERENDPOINT', () => [tickets, 400]],
    ['NRR', () => [ledger]],
    ['GRR', () => [ledger]],
    ['QUICKRATIO', () => [ledger]],
    ['ARPA', () => [ledger]],
  ] as const)('%s in both workbooks equals the core run directly on the sample file', (id, args) => {
    const direct = evaluate(getFunction(id)!, args() as Grid[]);
    expect(typeof direct).toBe('number');
    for (const which of ['report', 'reportFr'] as const)
      expect(sameValue(kpiCell(which, `=MSP.${id}(`), expected(direct as number))).toBe(true);
  });

  it.each([
    ['MRRMOVES', 'ledger'],
    ['COHORTS', 'ledger'],
    ['TICKETSBYPERIOD', 'tickets'],
    ['TICKETSBYCLIENT', 'tickets'],
  ] as const)('the %s table equals the core table run directly', async (id, input) => {
    const table = evaluate(getFunction(id)!, [input === 'ledger' ? ledger : tickets]);
    if (!Array.isArray(table)) throw new Error(`${id} gave ${String(table)}`);
    expect(table.length).toBeGreaterThan(1); // a header and rows: the cell-by-cell check below is not empty
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files.report);
    // Find the anchor by its note (the add-in formula it stands for).
    let anchor: { sheet: string; row: number; col: number } | undefined;
    wb.eachSheet((ws) =>
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          const note = typeof cell.note === 'string' ? cell.note : '';
          if (!anchor && note.includes(`=MSP.${id}(`)) anchor = { sheet: ws.name, row: r - 1, col: c - 1 };
        }),
      ),
    );
    expect(anchor).toBeDefined();
    const sheet = values.report.get(anchor!.sheet)!;
    const mismatches: string[] = [];
    table.forEach((line, r) =>
      line.forEach((v, c) => {
        const address = cellName(anchor!.row + r, anchor!.col + c);
        if (!sameValue(sheet.get(address), expected(v)))
          mismatches.push(`${address}: ${JSON.stringify(sheet.get(address))} ≠ ${JSON.stringify(v)}`);
      }),
    );
    expect(mismatches).toEqual([]);
  });

  it('copies the input data into the workbook so every reference resolves', () => {
    expect(values.report.get(DATA_SHEETS.tickets)?.get('A1')).toBe('Ticket #');
    expect(values.report.get(DATA_SHEETS.ledger)?.get('B1')).toBe('Customer');
    const rows = (name: string) =>
      Math.max(...[...values.report.get(name)!.keys()].map((a) => Number(/\d+$/.exec(a)![0])));
    expect(rows(DATA_SHEETS.tickets)).toBe(tickets.length);
    expect(rows(DATA_SHEETS.ledger)).toBe(ledger.length);
  });
});
