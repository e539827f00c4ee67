import { KpiError, withFunction } from '../errors';
import type { Cell } from '../cells';
import { FLAG_WORDS, type Flag, flagFromText, flagOf, notAFlag } from './flags';

const place = { arg: 'tickets', row: 4, col: 2, header: 'FCR' };
/** How the ticket table reads a flag cell: the flag, or the #VALUE! naming the cell. */
function readFlag(cell: Cell, memo?: Map<string, Flag>): Flag {
  const f = flagOf(cell, memo);
  if (f === undefined) throw notAFlag(place, cell);
  return f;
}

describe('flag cells', () => {
  it('reads TRUE/FALSE, 1/0 and the English words of SPEC §2.2', () => {
    expect(readFlag(true)).toBe(1);
    expect(readFlag(false)).toBe(0);
    expect(readFlag(1)).toBe(1);
    expect(readFlag(0)).toBe(0);
    for (const yes of ['TRUE', 'Yes', 'y', 'Met', 'Within SLA', 'within', 'In', 'I', '1'])
      expect([yes, flagFromText(yes)]).toEqual([yes, 1]);
    for (const no of ['FALSE', 'No', 'n', 'Breached', 'SLA Violated', 'violated', 'Out', 'O', 'out of SLA', '0'])
      expect([no, flagFromText(no)]).toEqual([no, 0]);
  });

  it('reads the French, Dutch, Italian and German words', () => {
    for (const yes of [
      'Oui',
      'VRAI',
      'Respecté',
      'Dans le SLA',
      'Ja',
      'Gehaald',
      'Binnen SLA',
      'Sì',
      'si',
      'Rispettato',
      'Entro SLA',
      'Wahr',
      'Eingehalten',
      'Innerhalb SLA',
    ]) {
      expect([yes, flagFromText(yes)]).toEqual([yes, 1]);
    }
    for (const no of [
      'Non',
      'Faux',
      'Hors SLA',
      'Non respecté',
      'Nee',
      'Buiten SLA',
      'Niet gehaald',
      'No',
      'Falso',
      'Violato',
      'Fuori SLA',
      'Nein',
      'Verletzt',
      'Außerhalb SLA',
      'nicht eingehalten',
    ]) {
      expect([no, flagFromText(no)]).toEqual([no, 0]);
    }
  });

  it('no word means both yes and no', () => {
    const yes = new Set(
      Object.values(FLAG_WORDS.yes)
        .flat()
        .map((w) => flagFromText(w)),
    );
    const no = new Set(
      Object.values(FLAG_WORDS.no)
        .flat()
        .map((w) => flagFromText(w)),
    );
    expect([...yes]).toEqual([1]);
    expect([...no]).toEqual([0]);
  });

  it('blank is unknown, in all three forms Excel uses except 0 (which is FALSE in a flag column)', () => {
    expect(readFlag(null)).toBe(-1);
    expect(readFlag('')).toBe(-1);
    expect(readFlag('  ')).toBe(-1);
  });

  it('unrecognised text and other numbers are #VALUE! naming the cell', () => {
    for (const bad of ['maybe', 2, 'SLA']) {
      const e = (() => {
        try {
          readFlag(bad);
        } catch (err) {
          return err;
        }
        return undefined;
      })();
      expect(e).toBeInstanceOf(KpiError);
      expect((e as KpiError).code).toBe('#VALUE!');
      expect(withFunction(e as KpiError, 'FCR').message).toContain('MSP.FCR: tickets, row 5, column C (FCR)');
    }
  });

  it('an Excel error in the cell propagates as it is', () => {
    const err = new KpiError('#N/A', { text: 'upstream' });
    let thrown: unknown;
    try {
      readFlag(err);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBe(err);
  });

  it('caches words already seen without changing the answer', () => {
    const memo = new Map<string, 1 | 0 | -1>();
    expect(readFlag('Within SLA', memo)).toBe(1);
    expect(memo.get('Within SLA')).toBe(1);
    expect(readFlag('Within SLA', memo)).toBe(1);
  });
});
