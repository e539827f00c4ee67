import { absA1, parseRangeA1, rangeA1, splitAddress } from './a1';
import { columnRef, sourceRef } from './sourceRef';

describe('A1 references', () => {
  it('writes and reads ranges', () => {
    expect(rangeA1({ row: 0, col: 0, rows: 301, cols: 11 })).toBe('A1:K301');
    expect(rangeA1({ row: 4, col: 27, rows: 1, cols: 1 })).toBe('AB5');
    expect(absA1(4, 1)).toBe('$B$5');
    expect(parseRangeA1('$A$1:$K$301')).toEqual({ row: 0, col: 0, rows: 301, cols: 11 });
    expect(parseRangeA1('AB5')).toEqual({ row: 4, col: 27, rows: 1, cols: 1 });
    expect(parseRangeA1('Tickets')).toBeUndefined();
  });

  it('splits addresses as Excel spells them, quoted names included', () => {
    expect(splitAddress('Sheet1!A1:K9')).toEqual({ sheet: 'Sheet1', local: 'A1:K9' });
    expect(splitAddress("'It''s mine'!B2")).toEqual({ sheet: "It's mine", local: 'B2' });
    expect(splitAddress('C3:D4')).toEqual({ sheet: null, local: 'C3:D4' });
  });

  it('refers to the data as an absolute range or as a table without its totals row', () => {
    expect(sourceRef({ kind: 'range', ref: "'Sample tickets'!A1:K301" })).toBe("'Sample tickets'!$A$1:$K$301");
    expect(sourceRef({ kind: 'range', ref: 'Data!B3:F40' })).toBe("'Data'!$B$3:$F$40");
    expect(sourceRef({ kind: 'table', ref: 'Tickets' })).toBe('Tickets[[#Headers],[#Data]]');
    expect(columnRef({ kind: 'range', ref: 'Data!B3:F40' }, 2, 'CSAT')).toBe("'Data'!$D$4:$D$40");
    expect(columnRef({ kind: 'table', ref: 'Tickets' }, 2, 'Score [1-5] #')).toBe("Tickets[Score '[1-5'] '#]");
  });
});
