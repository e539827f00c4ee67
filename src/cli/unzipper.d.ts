// The one unzipper function the CLI uses (the package ships no types): the central directory of a
// zip file, read without inflating anything.
declare module 'unzipper' {
  export interface CentralDirectoryEntry {
    readonly path: string;
    readonly compressedSize: number;
    readonly uncompressedSize: number;
  }
  export const Open: {
    file(path: string): Promise<{ readonly files: readonly CentralDirectoryEntry[] }>;
  };
}
