import type { SampleGrid } from './sampleGrid';
import { sampleLedger } from './sampleLedger';
import { SAMPLE_TICKET_DATE_COLUMNS, sampleTickets } from './sampleTickets';

/** A sample shipped as a CSV file in `samples/`, generated from its module by `scripts/write-samples.ts`. */
export interface SampleFile {
  /** Path from the repository root. */
  readonly path: string;
  readonly grid: () => SampleGrid;
  /** 0-based columns holding date serials, written as ISO text. */
  readonly dateColumns: readonly number[];
}

export const SAMPLE_FILES: readonly SampleFile[] = [
  { path: 'samples/sample-ledger.csv', grid: sampleLedger, dateColumns: [2] },
  { path: 'samples/sample-tickets.csv', grid: sampleTickets, dateColumns: SAMPLE_TICKET_DATE_COLUMNS },
];
