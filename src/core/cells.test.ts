import { type Grid, errorOf, firstError, isBlank, isBlankText, isErrorCell, metEveryCell, rangeError } from './cells';
import { KpiError } from './errors';
import { errorMessage } from './i18n';

describe('error cells: ours and the objects Excel hands over', () => {
  it('only objects that are not arrays are error cells (blanks are null)', () => {
    expect([null, 0, '', 'x', true, undefined, [[1]]].map(isErrorCell)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(isErrorCell({ code: '#N/A' })).toBe(true);
    expect(isErrorCell(new KpiError('#REF!'))).toBe(true);
  });

  it('a KpiError is its own error; an Excel error object becomes one with its code and message', () => {
    const ours = new KpiError('#DIV/0!');
    expect(errorOf(ours)).toBe(ours);
    const excel = errorOf({ code: '#N/A', message: 'lookup failed' });
    expect(excel).toBeInstanceOf(KpiError);
    expect(excel.code).toBe('#N/A');
    expect(excel.message).toBe('lookup failed');
    // Excel's codes come in its own spelling; the text is matched as the error literal.
    expect(errorOf({ code: '#ref!' }).code).toBe('#REF!');
    expect(errorOf({ code: '#REF!' }).message).toBe('');
  });

  it('the same Excel object gives the same error each time it is read', () => {
    const cell = { code: '#NUM!' };
    expect(errorOf(cell)).toBe(errorOf(cell));
  });

  it("an object with no known error code is #VALUE! naming its type, in the user's language", () => {
    const e = errorOf({ code: 'oops' } as never);
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe(
      'a cell holds a value of type object, which cannot be read here: use text, a number or a date.',
    );
    // An Excel data type (a stock, a place) arrives as an object with its type.
    const entity = errorOf({ type: 'Entity', text: 'Contoso' } as never);
    expect(errorMessage(entity, 'fr')).toBe(
      'une cellule contient une valeur de type Entity, illisible ici : utilisez du texte, un nombre ou une date.',
    );
  });

  it('firstError finds Excel objects row by row, leftmost first', () => {
    const grid: Grid = [
      [1, null, 'a'],
      ['b', { code: '#NAME?' }, { code: '#N/A' }],
      [{ code: '#REF!' }, 2, 3],
    ];
    expect(firstError(grid)?.code).toBe('#NAME?');
  });
});

describe('ranges met in full', () => {
  it('rangeError scans a range no reader has vouched for, and trusts one that was', () => {
    const withError: Grid = [[1], [{ code: '#N/A' }]];
    expect(rangeError(withError)?.code).toBe('#N/A');
    // A reader only says so after meeting every cell without an error: then no scan is made
    // (this grid has one, so the scan being skipped shows in the result).
    metEveryCell(withError);
    expect(rangeError(withError)).toBeUndefined();
    // Another grid with the same cells is scanned on its own.
    expect(rangeError([[1], [{ code: '#N/A' }]])?.code).toBe('#N/A');
  });
});

describe('blank cells', () => {
  // Spaces of every kind a paste can bring: ASCII, tab, no-break (U+00A0), em (U+2003), ideographic (U+3000).
  const blankText = [null, '', ' ', '\t \n', '\u00a0', '\u2003', ' \u3000 '];
  const notBlank = ['a', ' a ', '\u00a0x', '0', '-', false, true, 1, -0.5, new KpiError('#N/A')];

  it('blank text: null, empty, or spaces only', () => {
    expect(blankText.map(isBlankText)).toEqual(blankText.map(() => true));
    expect(notBlank.map(isBlankText)).toEqual(notBlank.map(() => false));
    expect(isBlankText(0)).toBe(false);
  });

  it('a blank cell: blank text or the 0 some platforms give for an empty cell', () => {
    expect([...blankText, 0].map(isBlank)).toEqual([...blankText, 0].map(() => true));
    expect(notBlank.map(isBlank)).toEqual(notBlank.map(() => false));
  });
});
