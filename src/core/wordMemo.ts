/**
 * What each distinct cell text of a column was read as (a flag, a status, a group …), remembered
 * for the rest of the column. A flag or status column repeats two or three words down 100 000
 * rows, and Excel hands each row a string of its own: comparing a cell with the last two words
 * met settles most rows, where a hash lookup would hash every new string first.
 *
 * @example
 * const memo = new WordMemo<number>();
 * memo.set('Closed', 1);
 * memo.get('Closed') //=> 1
 * memo.get('Open') //=> undefined
 */
export class WordMemo<K extends string | number, V> {
  private readonly all = new Map<K, V>();
  // The last two distinct keys met, the most recent first; `undefined` while there are fewer.
  private last: K | undefined;
  private lastValue: V | undefined;
  private before: K | undefined;
  private beforeValue: V | undefined;

  /** What `key` was read as, or undefined when it has not been met. */
  get(key: K): V | undefined {
    if (key === this.last) return this.lastValue;
    const value = key === this.before ? this.beforeValue : this.all.get(key);
    if (value !== undefined) this.meet(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.all.set(key, value);
    this.meet(key, value);
  }

  private meet(key: K, value: V): void {
    this.before = this.last;
    this.beforeValue = this.lastValue;
    this.last = key;
    this.lastValue = value;
  }
}
