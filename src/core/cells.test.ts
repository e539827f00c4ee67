import { KpiError } from './errors';
import { isBlank, isBlankText } from './cells';

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
