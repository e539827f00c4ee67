import { LANGUAGES, type Language } from '../../src/core/i18n';

/** Every string leaf of a catalogue object, by dotted path, leaving out the paths in `skip`. */
function leaves(obj: unknown, skip: ReadonlySet<string>, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const p = path ? `${path}.${k}` : k;
    if (skip.has(p)) continue;
    if (typeof v === 'string') out.set(p, v);
    else for (const [q, s] of leaves(v, skip, p)) out.set(q, s);
  }
  return out;
}

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/**
 * The checks every catalogue's translations owe English, as tests of the calling `describe`: the
 * same keys, none blank, and the same `{placeholders}` in every text. `skip`: paths checked
 * another way (the core's `functions`, against the registry).
 */
export function translationTests(table: (lang: Language) => unknown, skip: ReadonlySet<string> = new Set()): void {
  const others = LANGUAGES.filter((l) => l !== 'en');
  const english = leaves(table('en'), skip);

  it.each(others)('%s has exactly the English keys, none blank', (lang) => {
    const t = leaves(table(lang), skip);
    expect([...t.keys()].sort()).toEqual([...english.keys()].sort());
    expect([...t].filter(([, s]) => s.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it.each(others)('%s uses the same {placeholders} as English in every text', (lang) => {
    const t = leaves(table(lang), skip);
    const mismatched = [...english].filter(
      ([k, s]) => JSON.stringify(placeholders(s)) !== JSON.stringify(placeholders(t.get(k) ?? '')),
    );
    expect(mismatched.map(([k]) => k)).toEqual([]);
  });
}
