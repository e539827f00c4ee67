import { sayInEnglish } from './messages';
import { lineProgress } from './progress';

describe('progress line', () => {
  it('shows nothing for a read under two seconds', () => {
    let t = 0;
    const written: string[] = [];
    const p = lineProgress(
      (s) => written.push(s),
      sayInEnglish,
      () => t,
    );
    p.start('tickets.csv', 1000);
    t = 1999;
    p.update(900);
    p.done();
    expect(written).toEqual([]);
  });

  it('rewrites one line in place for a long read, at most four times a second, and erases it at the end', () => {
    let t = 0;
    const written: string[] = [];
    const p = lineProgress(
      (s) => written.push(s),
      sayInEnglish,
      () => t,
    );
    p.start('tickets.csv', 1000);
    t = 2000;
    p.update(250);
    t = 2100;
    p.update(300); // too soon after the last redraw
    t = 2300;
    p.update(999);
    p.done();
    expect(written).toEqual([
      '\rReading tickets.csv: 25 %\u001b[K',
      '\rReading tickets.csv: 99 %\u001b[K',
      '\r\u001b[K',
    ]);
  });
});
