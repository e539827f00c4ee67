import { Grouping, textKey } from './grouping';
import { priorityKey } from './priority';

describe('Grouping', () => {
  it('groups text ignoring case, accents and surrounding spaces, labelled by the first cell as written', () => {
    const g = new Grouping(textKey);
    expect(['Café Ltd', ' cafe ltd', 'Acme', 'CAFÉ LTD '].map((c) => g.of(c))).toEqual([0, 0, 1, 0]);
    expect(g.labels).toEqual(['Café Ltd', 'Acme']);
    expect(g.keys).toEqual(['cafe ltd', 'acme']);
  });

  it('puts a number and the same digits as text in one group (a CSV round trip turns one into the other)', () => {
    const g = new Grouping(textKey);
    expect([12, '12', ' 12'].map((c) => g.of(c))).toEqual([0, 0, 0]);
  });

  it('puts blanks in every spelling, "no value" markers and Excel errors in no group', () => {
    const g = new Grouping(textKey);
    const none = [null, '', '   ', 0, 'N/A', '-', '?', { code: '#N/A', message: '' }];
    expect(none.map((c) => g.of(c as never))).toEqual(none.map(() => -1));
    expect(g.labels).toEqual([]);
  });

  it('keys by the function given: priorities written four ways are one group', () => {
    const g = new Grouping(priorityKey);
    expect(['P1', 'Priority 1', 1, '1 - Critical', 'High'].map((c) => g.of(c))).toEqual([0, 0, 0, 0, 1]);
  });

  it('answers a cell met again, as a new string, as the first time: a group, or none for a marker', () => {
    const g = new Grouping(textKey);
    const cells = ['Acme Industries', 'N/A', true, 'Acme Industries', 12, 'N/A', true, 12];
    const groups = [0, -1, 1, 0, 2, -1, 1, 2];
    expect(cells.map((c) => g.of(c))).toEqual(groups);
    // Deserialised again: equal texts, other string objects, as Excel hands them on a recalculation.
    const again = JSON.parse(JSON.stringify(cells)) as typeof cells;
    expect(again.map((c) => g.of(c))).toEqual(groups);
    expect(g.labels).toEqual(['Acme Industries', true, 12]);
  });
});
