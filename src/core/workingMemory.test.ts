import { withWorkingMemory, workingArray, workingBlock } from './workingMemory';

const floats = (n: number): Float64Array => {
  const { buffer, offset } = workingBlock(n * 8);
  return new Float64Array(buffer, offset, n);
};

describe('working memory', () => {
  it('outside a scope, every block is fresh memory of its own', () => {
    const a = floats(4).fill(1);
    const b = floats(4).fill(2);
    expect([...a]).toEqual([1, 1, 1, 1]);
    expect(b.buffer).not.toBe(a.buffer);
  });

  it('inside a scope, blocks do not overlap, and a nested scope leaves the outer blocks as they were', () => {
    // The first scope asks for more than is kept: its blocks are fresh, and the buffer grows for the next.
    withWorkingMemory(() => floats(1000));
    withWorkingMemory(() => {
      const a = floats(10).fill(1);
      const b = floats(10).fill(2);
      expect(b.buffer).toBe(a.buffer);
      withWorkingMemory(() => floats(20).fill(3));
      const c = floats(10).fill(4);
      expect([...a, ...b, ...c]).toEqual([...Array(10).fill(1), ...Array(10).fill(2), ...Array(10).fill(4)]);
    });
  });

  it('gives the memory back when the scope ends, even by an error', () => {
    withWorkingMemory(() => floats(100));
    const first = withWorkingMemory(() => floats(8).byteOffset);
    expect(() =>
      withWorkingMemory(() => {
        floats(50);
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(withWorkingMemory(() => floats(8).byteOffset)).toBe(first);
  });

  it('aligns every block on 8 bytes', () => {
    withWorkingMemory(() => floats(100));
    withWorkingMemory(() => {
      const { buffer, offset } = workingBlock(3);
      expect(offset % 8).toBe(0);
      expect(workingBlock(8).offset - offset).toBe(8);
      expect(buffer.byteLength).toBeGreaterThan(0);
    });
  });

  it('gives arrays zero-filled, as new arrays are, though the memory was used before', () => {
    withWorkingMemory(() => workingArray(Int32Array, 64).fill(7));
    withWorkingMemory(() => {
      const a = workingArray(Int32Array, 64);
      expect(a.every((v) => v === 0)).toBe(true);
      expect(a.length).toBe(64);
    });
  });
});
