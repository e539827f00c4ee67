/**
 * Writes every sample of `src/samples/sampleFiles.ts` to its CSV file:
 *   npx tsx scripts/write-samples.ts
 * A test checks the committed files still equal what the modules generate.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gridToCsv } from '../src/samples/csv';
import { SAMPLE_FILES } from '../src/samples/sampleFiles';

const root = resolve(__dirname, '..');
for (const sample of SAMPLE_FILES) {
  const grid = sample.grid();
  writeFileSync(resolve(root, sample.path), gridToCsv(grid, sample.dateColumns), 'utf8');
  console.log(`${sample.path}: ${grid.length - 1} rows`);
}
