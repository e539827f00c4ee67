import { LANGUAGES, type Language, messages } from '../src/core/i18n';
import { EXCEL_BUILTINS } from '../src/core/i18n/excelBuiltins';
import { foldText } from '../src/core/options';
import { FUNCTIONS } from '../src/core/registry';
import type { FunctionSpec } from '../src/core/spec';

/**
 * Excel's custom-functions metadata (functions.json), one file per language, generated from the
 * registry (ids, parameters, English texts) and the i18n translation tables. Ids never change with
 * the language; names, descriptions and parameter names/descriptions do.
 */

export interface ParameterMetadata {
  readonly name: string;
  readonly description: string;
  readonly type: 'any';
  /** Always `matrix`: the core reads scalars and ranges alike (args.ts), so Excel passes both as-is. */
  readonly dimensionality: 'matrix';
  readonly optional: boolean;
}

export interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly result: { readonly dimensionality: 'scalar' | 'matrix' };
  readonly parameters: readonly ParameterMetadata[];
  /** Error cells reach the function, which propagates the first one (SPEC §1) instead of Excel short-circuiting. */
  readonly options: { readonly capturesCalculationErrors: true };
}

export interface FunctionsJson {
  readonly functions: readonly FunctionMetadata[];
}

interface Localized {
  readonly name: string;
  readonly description: string;
  readonly params: readonly { readonly name: string; readonly description: string }[];
}

/** A function's texts in a language; English (the registry's own texts) stands in where a translation is missing. */
function localize(lang: Language, spec: FunctionSpec): Localized {
  const m = messages(lang);
  const fn = m.functions[spec.id];
  return {
    name: fn?.name ?? spec.id,
    description: fn?.description ?? spec.description,
    params: spec.params.map((p) => {
      const t = fn?.params?.[p.name];
      return { name: t?.[0] ?? p.name, description: t?.[1] ?? p.description };
    }),
  };
}

/** What a language lacks: `function CHURN`, `parameter CHURN.period`. Empty for English, whose texts are the registry's. */
export function missingTranslations(lang: Language): string[] {
  if (lang === 'en') return [];
  const m = messages(lang);
  return FUNCTIONS.flatMap((spec) => {
    const fn = m.functions[spec.id];
    return [
      ...(fn ? [] : [`function ${spec.id}`]),
      ...spec.params.filter((p) => !fn?.params?.[p.name]).map((p) => `parameter ${spec.id}.${p.name}`),
    ];
  });
}

export function buildMetadata(lang: Language): FunctionsJson {
  return {
    functions: FUNCTIONS.map((spec) => {
      const t = localize(lang, spec);
      return {
        id: spec.id,
        name: t.name,
        description: t.description,
        result: { dimensionality: spec.unit === 'table' ? 'matrix' : 'scalar' },
        parameters: spec.params.map((p, i) => ({
          name: t.params[i]!.name,
          description: t.params[i]!.description,
          type: 'any',
          dimensionality: 'matrix',
          optional: p.optional === true,
        })),
        options: { capturesCalculationErrors: true },
      };
    }),
  };
}

/** Function names Excel accepts and that read as ours: A–Z, digits, dots; a letter first; 3 to 64 characters. */
const NAME_SHAPE = /^[A-Z][A-Z0-9.]{2,63}$/;
/** A1 (`ABC1`) and R1C1 references in the five UIs: R1C1 (en, it), L1C1 (fr), R1K1 (nl), Z1S1 (de). */
const CELL_REFERENCE = [/^[A-Z]{1,3}[0-9]+$/, /^[RLZ][0-9]*[CKS][0-9]*$/];

export function looksLikeCellReference(name: string): boolean {
  return [name, ...name.split('.')].some((part) => CELL_REFERENCE.some((re) => re.test(part)));
}

/** Built-in names of all five languages, accent-folded, with the language(s) each belongs to. */
const BUILTINS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const lang of LANGUAGES) {
    for (const name of EXCEL_BUILTINS[lang]) {
      const key = foldText(name).toUpperCase();
      map.set(key, map.has(key) ? `${map.get(key)}, ${lang}` : lang);
    }
  }
  return map;
})();

/**
 * Ids the spec fixes although Excel has a function of that name: `MSP.COLUMNS` (SPEC §2.2), always
 * typed with its namespace. Only as the English name, which is the id; translations must differ.
 */
const SPEC_SHADOWS: ReadonlySet<string> = new Set(['COLUMNS']);

/**
 * Everything wrong with the function names of one language's metadata: bad shape, a cell reference
 * look-alike, a built-in Excel name of any language (`extraBuiltins` adds more lists, e.g. from a
 * spreadsheet engine in tests), two functions with one name, or another function's id.
 */
export function nameProblems(lang: Language, extraBuiltins: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const ids = new Set(FUNCTIONS.map((f) => f.id));
  for (const f of buildMetadata(lang).functions) {
    const where = `${lang} ${f.id} → ${f.name}`;
    if (!NAME_SHAPE.test(f.name)) problems.push(`${where}: not 3–64 of A–Z, 0–9 and dots starting with a letter`);
    if (looksLikeCellReference(f.name)) problems.push(`${where}: looks like a cell reference`);
    const builtin =
      SPEC_SHADOWS.has(f.name) && f.name === f.id
        ? undefined
        : (BUILTINS.get(f.name) ?? (extraBuiltins.has(f.name) ? 'spreadsheet engine list' : undefined));
    if (builtin) problems.push(`${where}: is an Excel built-in function (${builtin})`);
    if (seen.has(f.name)) problems.push(`${where}: same name as ${seen.get(f.name)}`);
    if (f.name !== f.id && ids.has(f.name)) problems.push(`${where}: is the id of another function`);
    seen.set(f.name, f.id);
  }
  return problems;
}

/**
 * Every metadata file the build emits, by file name: `functions.json` (English) and
 * `functions-<lang>.json`. A bad or clashing name throws, failing the build; a missing translation
 * only warns (English stands in) — the translation tests are what require completeness.
 */
export function metadataFiles(): Record<string, FunctionsJson> {
  const problems = LANGUAGES.flatMap((lang) => nameProblems(lang));
  if (problems.length > 0) throw new Error(`Localized function names rejected:\n${problems.join('\n')}`);
  const files: Record<string, FunctionsJson> = {};
  for (const lang of LANGUAGES) {
    const missing = missingTranslations(lang);
    if (missing.length > 0)
      process.stderr.write(`warning: ${lang} lacks translations (English used): ${missing.join(', ')}\n`);
    files[lang === 'en' ? 'functions.json' : `functions-${lang}.json`] = buildMetadata(lang);
  }
  return files;
}
