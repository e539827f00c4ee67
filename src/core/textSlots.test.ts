import fc from 'fast-check';
import { TextSlots } from './textSlots';

describe('TextSlots', () => {
  it('finds a text by content, not by identity, and tells case and accents apart', () => {
    const slots = new TextSlots();
    slots.set('Acme', 0);
    slots.set('Société', 1);
    // Built at run time: equal content, another string object.
    expect(slots.get(['Ac', 'me'].join(''))).toBe(0);
    expect(slots.get('acme')).toBe(-1);
    expect(slots.get('Societe')).toBe(-1);
    expect(slots.get('Société')).toBe(1);
    expect(slots.get('')).toBe(-1);
  });

  it('replaces the slot of a text set again without counting it twice', () => {
    const slots = new TextSlots();
    slots.set('a', 3);
    slots.set('a', 7);
    expect(slots.get('a')).toBe(7);
    expect(slots.size).toBe(1);
  });

  it('keeps every text through its growth, and forgets them all on clear', () => {
    const slots = new TextSlots();
    const names = Array.from({ length: 5000 }, (_, i) => `Customer ${i}`);
    names.forEach((n, i) => slots.set(n, i));
    expect(slots.size).toBe(5000);
    expect(names.every((n, i) => slots.get(`${n}`) === i)).toBe(true);
    expect(slots.get('Customer 5000')).toBe(-1);
    slots.clear();
    expect(slots.size).toBe(0);
    expect(slots.get('Customer 1')).toBe(-1);
  });

  // Short texts of few characters collide often; any UTF-16 code units, lone surrogates included.
  const text = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'b', 'é'), maxLength: 4 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
  );

  it('answers as a Map does for any texts set and asked in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, fc.nat()), { maxLength: 300 }),
        fc.array(text, { maxLength: 100 }),
        (entries, asked) => {
          const slots = new TextSlots();
          const map = new Map<string, number>();
          for (const [text, slot] of entries) {
            slots.set(text, slot);
            map.set(text, slot);
          }
          return (
            slots.size === map.size &&
            [...entries.map(([t]) => t), ...asked].every((t) => slots.get(t) === (map.get(t) ?? -1))
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
