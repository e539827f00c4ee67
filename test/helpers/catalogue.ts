/** Every string leaf of a catalogue object, by dotted path, leaving out the paths in `skip`. */
export function leaves(obj: unknown, skip: ReadonlySet<string> = new Set(), path = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const p = path ? `${path}.${k}` : k;
    if (skip.has(p)) continue;
    if (typeof v === 'string') out.set(p, v);
    else for (const [q, s] of leaves(v, skip, p)) out.set(q, s);
  }
  return out;
}

/** The `{name}` placeholders of a text, sorted. */
export const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
