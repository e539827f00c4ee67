/**
 * Working memory for the evaluation under way. A ticket table of 100 000 rows takes megabytes of
 * typed columns that live only while one function computes; allocated afresh on every
 * recalculation, that memory cost page faults and garbage collections worth a fifth of the
 * function's time. Inside `withWorkingMemory` (which `evaluate` puts around every function), blocks
 * are carved from one buffer kept from call to call and given back when the scope ends; outside it
 * (the task pane and the CLI reading a table they keep), every block is fresh.
 *
 * What is carved must not outlive the scope: `evaluate` turns every result into plain cells, and no
 * cache may keep a block (the ledger cache keeps memory of its own).
 */

/** Beyond this, blocks are fresh memory: the kept buffer is not to hold hundreds of megabytes for good. */
const MAX_KEPT = 64 * 1024 * 1024;

let kept = new ArrayBuffer(0);
/** First free byte of `kept`; -1 when no scope is open. */
let top = -1;
/** The most an evaluation has asked for: the buffer grows to it before the next one starts. */
let wanted = 0;

/** Runs `fn` with working memory; blocks carved inside are reused once it returns (or throws). */
export function withWorkingMemory<T>(fn: () => T): T {
  const outer = top;
  if (outer < 0) {
    if (kept.byteLength < wanted) kept = new ArrayBuffer(wanted);
    top = 0;
  }
  try {
    return fn();
  } finally {
    top = outer;
  }
}

/**
 * `bytes` of memory, 8-byte aligned, holding whatever its last user left: write before reading.
 * Carved from the working memory inside `withWorkingMemory`, fresh outside or when it is too small.
 */
export function workingBlock(bytes: number): {
  readonly buffer: ArrayBuffer;
  readonly offset: number;
  readonly fresh: boolean;
} {
  const size = Math.ceil(bytes / 8) * 8;
  if (top >= 0 && top + size <= kept.byteLength) {
    const offset = top;
    top += size;
    return { buffer: kept, offset, fresh: false };
  }
  if (top >= 0 && top + size <= MAX_KEPT) wanted = Math.max(wanted, top + size);
  return { buffer: new ArrayBuffer(size), offset: 0, fresh: true };
}

type ArrayType = Float64ArrayConstructor | Int32ArrayConstructor | Int8ArrayConstructor | Uint8ArrayConstructor;

/** A zero-filled array of working memory: what `new Type(length)` gives, without fresh memory per call. */
export function workingArray<T extends ArrayType>(Type: T, length: number): InstanceType<T> {
  const { buffer, offset, fresh } = workingBlock(length * Type.BYTES_PER_ELEMENT);
  const array = new Type(buffer, offset, length) as InstanceType<T>;
  return fresh ? array : (array.fill(0) as InstanceType<T>);
}

/** Whether an array was carved from the working memory (so it is reused once its scope ends). */
export const isWorkingMemory = (array: ArrayBufferView): boolean => array.buffer === kept;
