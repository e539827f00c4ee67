/**
 * A typed array reused from parse to parse, for working memory that never leaves the parse: a long
 * ledger of 10 000 customers × 60 months needs megabytes of per-row arrays only while it is read,
 * and allocated afresh on every call that memory costs more in page faults and collections than
 * the parse itself. The array only grows (by a quarter more than asked, so slowly growing inputs
 * do not reallocate every time) and is kept for the next parse. Used by the ledger parser alone.
 */
export class ScratchArray<A extends Float64Array | Int32Array> {
  private array: A;

  constructor(private readonly make: (length: number) => A) {
    this.array = make(0);
  }

  /** The first `length` elements, holding whatever the last user left: write before reading. */
  take(length: number): A {
    if (this.array.length < length) this.array = this.make(Math.ceil(length * 1.25));
    return this.array.subarray(0, length) as A;
  }
}
