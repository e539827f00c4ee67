import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { metadataFiles } from './metadata';

/**
 * Writes the functions metadata files into a directory (default `dist`) without a full build.
 * Usage: npx tsx scripts/write-metadata.ts <outDir>
 */
export function writeMetadata(outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  return Object.entries(metadataFiles()).map(([name, json]) => {
    const file = join(outDir, name);
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
    return file;
  });
}

if (require.main === module) {
  try {
    const files = writeMetadata(resolve(process.argv[2] ?? 'dist'));
    process.stdout.write(`wrote ${files.join(', ')}\n`);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
