import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { catalog } from '../../src/core/benchmarks/catalog';
import type { Arg } from '../../src/core/cells';
import { cellName } from '../../src/core/errors';
import { evaluate } from '../../src/core/evaluate';
import { FUNCTIONS, getFunction } from '../../src/core/registry';
import { parseFormula, printFormula } from '../../src/cli/formula';
import { NATIVE_IDS, toNative } from '../../src/cli/nativeFormulas';
import { expected, sameValue } from './compare';
import { type ReadValue, readValues, recalculate } from './soffice';

/**
 * Every plain-Excel rewrite of an MSP function, recalculated by LibreOffice, must give what the
 * registry's hand-worked examples say (errors included); and the rating rewrites must agree with
 * MSP.BENCHMARK / MSP.ADVICE on values at and around every threshold of the catalogue.
 */

interface Case {
  readonly label: string;
  readonly inputs: readonly (number | string | null)[];
  /** The add-in formula, with the inputs as A..E of its row. */
  readonly formula: (refs: string[]) => string;
  readonly want: ReadValue;
}

const cases: Case[] = [];
const scalar = (a: Arg): a is number | string | null => a === null || typeof a === 'number' || typeof a === 'string';

// The registry's worked examples of every function written natively (scalar arguments only).
for (const id of NATIVE_IDS.filter((i) => i !== 'BENCHMARK' && i !== 'ADVICE')) {
  const spec = getFunction(id)!;
  for (const ex of spec.examples) {
    if (!ex.args.every(scalar) || ex.args.some((a) => typeof a === 'string')) continue;
    cases.push({
      label: ex.formula,
      inputs: ex.args as (number | null)[],
      formula: (refs) => `=MSP.${id}(${refs.slice(0, ex.args.length).join(',')})`,
      want: expected(ex.result),
    });
  }
}

// Ratings and advice at, just around and beyond each threshold, in two languages, against the core.
for (const row of catalog()) {
  const h = row.healthy.value;
  const best = row.best?.value;
  const watchEdge = row.better === 'higher' ? h - 0.2 * h : h + 0.2 * h;
  const values = [
    h,
    h * 1.001,
    h * 0.999,
    watchEdge,
    watchEdge * 1.01,
    watchEdge * 0.99,
    h * 3,
    h / 3,
    0,
    ...(best === undefined ? [] : [best, best * 1.001, best * 0.999]),
  ];
  for (const lang of ['en', 'fr'] as const) {
    for (const id of ['BENCHMARK', 'ADVICE'] as const) {
      for (const v of values) {
        cases.push({
          label: `${id}(${row.kpi}, ${v}, ${lang})`,
          inputs: [v],
          formula: ([ref]) => `=MSP.${id}("${row.kpi}",${ref},"${lang}")`,
          want: expected(evaluate(getFunction(id)!, [row.kpi, v, lang])),
        });
      }
    }
  }
}
for (const [label, input] of [
  ['text', 'high'],
  ['a blank cell', null],
  ['a negative', -0.1],
] as const) {
  cases.push({
    label: `BENCHMARK of ${label}`,
    inputs: [input],
    formula: ([ref]) => `=MSP.BENCHMARK("SLA",${ref})`,
    want: expected(evaluate(getFunction('BENCHMARK')!, ['SLA', input])),
  });
}

describe('native rewrites recalculated by LibreOffice', () => {
  let values: Map<string, ReadValue>;
  const formulaCol = 6;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Cases');
    cases.forEach((c, i) => {
      const r = i + 1;
      c.inputs.forEach((v, j) => {
        if (v !== null) ws.getCell(r, j + 1).value = v;
      });
      const planFormula = c.formula(c.inputs.map((_, j) => cellName(i, j)));
      const native = toNative(parseFormula(planFormula), () => undefined);
      if (!native) throw new Error(`${c.label}: ${planFormula} was not rewritten`);
      // A wrong cached value: only a real recalculation can produce the expected one.
      ws.getCell(r, formulaCol + 1).value = { formula: printFormula(native), result: -12345 };
    });
    const dir = mkdtempSync(path.join(tmpdir(), 'msp-native-'));
    const file = path.join(dir, 'native.xlsx');
    await wb.xlsx.writeFile(file);
    const [out] = recalculate([file]);
    values = (await readValues(out!)).get('Cases')!;
  }, 240_000);

  it('covers every scalar function the scorecard offers', () => {
    // The scorecard's calculator rows are the functions of plain numbers: all must recalculate without the add-in.
    const scalarFns = FUNCTIONS.filter(
      (f) => f.unit !== 'table' && f.unit !== 'text' && f.params.every((p) => p.kind === 'number'),
    ).map((f) => f.id);
    expect(scalarFns.filter((id) => !NATIVE_IDS.includes(id))).toEqual([]);
  });

  it.each(cases.map((c, i) => [c.label, i] as const))('%s', (_label, i) => {
    const got = values.get(cellName(i, formulaCol));
    const want = cases[i]!.want;
    if (!sameValue(got, want))
      throw new Error(`LibreOffice gave ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
  });
});
