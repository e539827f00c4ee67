import { gridToCsv } from './csv';

describe('gridToCsv', () => {
  it('quotes only what needs it and writes date columns as ISO text', () => {
    // 45658 = 2025-01-01; the header row is never read as dates.
    expect(gridToCsv([['Date', 'b,c', 'd"e'], [45658, 1.5, 'x\ny']], [0])).toBe('Date,"b,c","d""e"\n2025-01-01,1.5,"x\ny"\n');
  });
});
