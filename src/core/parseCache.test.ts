import type { Grid } from './cells';
import { fail } from './errors';
import { perRange } from './parseCache';

describe('perRange', () => {
  it('parses a range object once per variant, and a new array (even with equal content) again', () => {
    const cached = perRange<number>();
    let parses = 0;
    const parse = () => ++parses;
    const grid: Grid = [['a'], [1]];
    expect(cached(grid, 'x', parse)).toBe(1);
    expect(cached(grid, 'x', parse)).toBe(1);
    expect(cached(grid, 'y', parse)).toBe(2);
    expect(cached([...grid], 'x', parse)).toBe(3);
    expect(parses).toBe(3);
  });

  it('does not keep a failed parse', () => {
    const cached = perRange<number>();
    const grid: Grid = [[1]];
    expect(() => cached(grid, '', () => {
      throw fail.value('X', 'bad');
    })).toThrow();
    expect(cached(grid, '', () => 7)).toBe(7);
  });
});
