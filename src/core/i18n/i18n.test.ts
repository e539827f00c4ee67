import { kpiIds } from '../benchmarks/catalog';
import { KpiError, withFunction } from '../errors';
import { FUNCTIONS } from '../registry';
import { LANGUAGES, format, kpiAdvice, kpiName, messages, parseLanguage } from './index';
import { translationTests } from '../../../test/helpers/catalogue';

const OTHERS = LANGUAGES.filter((l) => l !== 'en');

describe('translations', () => {
  // `functions` are checked against the registry below.
  translationTests(messages, new Set(['functions']));

  it.each(OTHERS)('%s really translates the ratings, KPI names and advice', (lang) => {
    const m = messages(lang);
    const en = messages('en');
    for (const r of ['best', 'healthy', 'watch', 'act'] as const) expect(m.ratings[r]).not.toBe(en.ratings[r]);
    for (const k of kpiIds()) {
      expect(kpiAdvice(m, k)).not.toBe(kpiAdvice(en, k));
      expect(kpiName(m, k)).not.toBe(kpiName(en, k));
    }
  });

  it.each(OTHERS)('%s really translates the error messages and the quantities they name', (lang) => {
    const m = messages(lang);
    const en = messages('en');
    const same = (Object.keys(en.errors) as (keyof typeof en.errors)[]).filter((k) => m.errors[k] === en.errors[k]);
    const sameQ = (Object.keys(en.quantities) as (keyof typeof en.quantities)[]).filter(
      (k) => m.quantities[k] === en.quantities[k],
    );
    expect([...same, ...sameQ]).toEqual([]);
  });

  it.each(OTHERS)('%s writes the parameters inside a quantity (revenue − cogs) as its functions name them', (lang) => {
    const m = messages(lang);
    const operands = (q: string) => q.split(/ [−×] /);
    const wrong = Object.entries(messages('en').quantities)
      .filter(([, q]) => operands(q).length > 1)
      .flatMap(([key, q]) => {
        const local = operands(m.quantities[key as keyof typeof m.quantities]);
        return operands(q).flatMap((param, i) => {
          const names = FUNCTIONS.flatMap((f) => m.functions[f.id]?.params?.[param]?.[0] ?? []);
          return names.length > 0 && names.every((n) => n === local[i]) ? [] : [`${key}: ${param} → ${local[i]}`];
        });
      });
    expect(wrong).toEqual([]);
  });

  it.each(OTHERS)('%s names and describes every registry function and each of its parameters', (lang) => {
    const m = messages(lang);
    const missing = FUNCTIONS.flatMap((f) => {
      const t = m.functions[f.id];
      return [
        ...(t?.name && t.description ? [] : [`function ${f.id}`]),
        ...f.params.filter((p) => !t?.params?.[p.name]?.[1]).map((p) => `parameter ${f.id}.${p.name}`),
      ];
    });
    expect(missing).toEqual([]);
  });

  it.each(OTHERS)('%s has no translation for a function or parameter the registry does not have', (lang) => {
    const registry = new Map(FUNCTIONS.map((f) => [f.id, new Set(f.params.map((p) => p.name))]));
    const extra = Object.entries(messages(lang).functions).flatMap(([id, t]) => {
      const params = registry.get(id);
      if (!params) return [`function ${id}`];
      return Object.keys(t.params ?? {})
        .filter((p) => !params.has(p))
        .map((p) => `parameter ${id}.${p}`);
    });
    expect(extra).toEqual([]);
  });

  it.each(OTHERS)('%s parameter names are lower-case words joined by underscores, unique per function', (lang) => {
    const m = messages(lang);
    for (const f of FUNCTIONS) {
      const names = f.params.map((p) => m.functions[f.id]?.params?.[p.name]?.[0] ?? p.name);
      for (const n of names) expect(n).toMatch(/^\p{Ll}[\p{Ll}\p{N}_]*$/u);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});

describe('parseLanguage', () => {
  it('reads codes, tags with a region and language names, case- and accent-insensitively', () => {
    expect(parseLanguage(null)).toBe('en');
    expect(parseLanguage('  ')).toBe('en');
    expect(parseLanguage('FR')).toBe('fr');
    expect(parseLanguage('fr-BE')).toBe('fr');
    expect(parseLanguage('nl_BE')).toBe('nl');
    expect(parseLanguage('de-CH')).toBe('de');
    expect(parseLanguage('Francais')).toBe('fr');
    expect(parseLanguage('NEDERLANDS')).toBe('nl');
    expect(parseLanguage('italiano')).toBe('it');
    expect(parseLanguage('Italienisch')).toBe('it');
    expect(parseLanguage('English')).toBe('en');
  });
  it('anything else is #VALUE! naming the function and listing the codes', () => {
    for (const bad of ['es', 'english please', 'f', 'fra', '1']) {
      let thrown: unknown;
      try {
        parseLanguage(bad);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(KpiError);
      expect((thrown as KpiError).code).toBe('#VALUE!');
      expect(withFunction(thrown as KpiError, 'ADVICE').message).toBe(
        `MSP.ADVICE: language "${bad}" is not one of en, fr, nl, it, de.`,
      );
    }
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Step {step} of {total}', { step: 2, total: 4 })).toBe('Step 2 of 4');
    expect(format('{a}{a} {b}', { a: 'x' })).toBe('xx {b}');
  });
});
