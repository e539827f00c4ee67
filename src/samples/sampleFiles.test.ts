import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gridToCsv } from './csv';
import { SAMPLE_FILES } from './sampleFiles';

describe('committed sample files', () => {
  it.each(SAMPLE_FILES.map((s) => [s.path, s] as const))('%s equals what its module generates (run `npx tsx scripts/write-samples.ts`)', (path, sample) => {
    const committed = readFileSync(resolve(__dirname, '../..', path), 'utf8');
    expect(committed).toBe(gridToCsv(sample.grid(), sample.dateColumns));
  });
});
