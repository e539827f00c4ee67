import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANGUAGES } from '../src/core/i18n';
import { EXCEL_BUILTINS } from '../src/core/i18n/excelBuiltins';
import { foldText } from '../src/core/options';
import { FUNCTIONS } from '../src/core/registry';
import {
  type FunctionsJson,
  buildMetadata,
  looksLikeCellReference,
  missingTranslations,
  nameProblems,
} from '../scripts/metadata';
import { writeMetadata } from '../scripts/write-metadata';

/** A second, independent list of built-in names: HyperFormula's own translations of Excel's functions. */
// require: the package types this entry only under node16 module resolution.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const packs = require('hyperformula/commonjs/i18n/languages') as Record<string, { functions: Record<string, string> }>;
const engineBuiltins = new Set(
  ['enGB', 'frFR', 'nlNL', 'itIT', 'deDE']
    .flatMap((code) => Object.values(packs[code]!.functions))
    .map((n) => foldText(n).toUpperCase()),
);

describe('localized function metadata', () => {
  const all = Object.fromEntries(LANGUAGES.map((l) => [l, buildMetadata(l)])) as Record<
    (typeof LANGUAGES)[number],
    FunctionsJson
  >;

  it('every language has the registry ids, in the same order, with the same parameter counts and optionality', () => {
    const shape = (m: FunctionsJson) => m.functions.map((f) => [f.id, f.parameters.map((p) => p.optional)]);
    expect(all.en.functions.map((f) => f.id)).toEqual(FUNCTIONS.map((f) => f.id));
    for (const l of LANGUAGES) expect(shape(all[l])).toEqual(shape(all.en));
  });

  it('English is the registry: name = id, its description and parameter names', () => {
    for (const [i, f] of all.en.functions.entries()) {
      const spec = FUNCTIONS[i]!;
      expect([f.name, f.description]).toEqual([spec.id, spec.description]);
      expect(f.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
    }
  });

  it('follows the functions.json schema: any/matrix parameters, spills as matrix results, errors captured', () => {
    for (const l of LANGUAGES) {
      for (const f of all[l].functions) {
        const spec = FUNCTIONS.find((s) => s.id === f.id)!;
        expect(f.result).toEqual({ dimensionality: spec.unit === 'table' ? 'matrix' : 'scalar' });
        expect(f.options).toEqual({ capturesCalculationErrors: true });
        expect(f.description.length).toBeGreaterThan(10);
        for (const p of f.parameters)
          expect([p.type, p.dimensionality, p.description.length > 3]).toEqual(['any', 'matrix', true]);
        // Excel requires the optional parameters last.
        const optional = f.parameters.map((p) => p.optional === true);
        expect(optional).toEqual([...optional].sort()); // false before true
      }
    }
    expect(all.en.functions.find((f) => f.id === 'KPIS')!.result.dimensionality).toBe('matrix');
    expect(all.fr.functions.find((f) => f.id === 'BENCHMARK')).toMatchObject({
      name: 'EVALUATION',
      parameters: [{ name: 'kpi' }, { name: 'valeur' }, { name: 'langue', optional: true }],
    });
  });

  it('every language translates every function and parameter (English stands in for none)', () => {
    for (const l of LANGUAGES) expect(missingTranslations(l)).toEqual([]);
  });

  it.each(LANGUAGES)('%s names: valid, unique, not a cell reference, no Excel built-in of any language', (lang) => {
    expect(nameProblems(lang, engineBuiltins)).toEqual([]);
  });

  it('the clash check itself catches clashes, look-alikes and bad shapes', () => {
    expect(looksLikeCellReference('ABC1')).toBe(true);
    expect(looksLikeCellReference('R1C1')).toBe(true);
    expect(looksLikeCellReference('L2C3')).toBe(true); // French R1C1
    expect(looksLikeCellReference('Z1S1')).toBe(true); // German R1C1
    expect(looksLikeCellReference('KPI.XFD1048576')).toBe(true);
    expect(looksLikeCellReference('NRR')).toBe(false);
    expect(looksLikeCellReference('TICKETS.PER.ENDPOINT')).toBe(false);
    // Names the lists must hold, in each language, for the check to mean anything.
    expect(EXCEL_BUILTINS.en).toEqual(expect.arrayContaining(['RATE', 'DURATION', 'AVERAGE', 'VLOOKUP', 'RUN']));
    expect(EXCEL_BUILTINS.fr).toEqual(expect.arrayContaining(['TAUX', 'DUREE', 'MOYENNE', 'RECHERCHEV']));
    expect(EXCEL_BUILTINS.nl).toEqual(expect.arrayContaining(['RENTE', 'DUUR', 'GEMIDDELDE', 'VERT.ZOEKEN']));
    expect(EXCEL_BUILTINS.it).toEqual(expect.arrayContaining(['TASSO', 'DURATA', 'MEDIA', 'CERCA.VERT']));
    expect(EXCEL_BUILTINS.de).toEqual(expect.arrayContaining(['ZINS', 'MITTELWERT', 'SVERWEIS', 'ZÄHLENWENN']));
    expect(engineBuiltins.has('MOYENNE')).toBe(true);
    expect(engineBuiltins.has('ZAHLENWENN')).toBe(true); // accent-folded
    // A name from the lists is rejected by nameProblems: simulate with the engine list holding a real name.
    const realName = all.de.functions.find((f) => f.id === 'UTILIZATION')!.name;
    expect(nameProblems('de', new Set([realName]))).toEqual([
      `de UTILIZATION → ${realName}: is an Excel built-in function (spreadsheet engine list)`,
    ]);
  });
});

describe('write-metadata', () => {
  it('writes functions.json and one file per language with identical id sets', () => {
    const dir = mkdtempSync(join(tmpdir(), 'msp-metadata-'));
    writeMetadata(dir);
    expect(readdirSync(dir).sort()).toEqual([
      'functions-de.json',
      'functions-fr.json',
      'functions-it.json',
      'functions-nl.json',
      'functions.json',
    ]);
    const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as FunctionsJson;
    const ids = read('functions.json').functions.map((f) => f.id);
    expect(ids.length).toBe(FUNCTIONS.length);
    for (const l of ['fr', 'nl', 'it', 'de'])
      expect(read(`functions-${l}.json`).functions.map((f) => f.id)).toEqual(ids);
    expect(read('functions-nl.json').functions.find((f) => f.id === 'SLA')!.name).toBe('SLA.NALEVING');
  });
});
