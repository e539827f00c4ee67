/**
 * A sheet's cells for the fake: read and written by row and column (a 200 000-row source must load
 * in a moment), and readable as a Map keyed `row,col` (0-based) as the tests inspect it, in row-major
 * order. Empty cells are absent.
 */
export class CellGrid<V> implements Iterable<[string, V]> {
  private readonly rows: (V | undefined)[][] = [];
  private count = 0;

  at(row: number, col: number): V | undefined {
    return this.rows[row]?.[col];
  }

  put(row: number, col: number, value: V): void {
    const r = (this.rows[row] ??= []);
    if (r[col] === undefined) this.count++;
    r[col] = value;
  }

  /** One past the last row holding a cell. */
  usedRows(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) if (this.rows[r]?.some((v) => v !== undefined)) return r + 1;
    return 0;
  }

  get size(): number {
    return this.count;
  }

  get(key: string): V | undefined {
    const [r, c] = key.split(',').map(Number);
    return this.at(r!, c!);
  }

  set(key: string, value: V): this {
    const [r, c] = key.split(',').map(Number);
    this.put(r!, c!, value);
    return this;
  }

  *entries(): IterableIterator<[string, V]> {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) if (row[c] !== undefined) yield [`${r},${c}`, row[c]!];
    }
  }

  *keys(): IterableIterator<string> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): IterableIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.entries();
  }
}
