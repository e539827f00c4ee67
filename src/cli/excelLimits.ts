/** What one Excel worksheet holds (Excel specifications and limits). */
export const EXCEL = {
  rows: 1_048_576,
  columns: 16_384,
  /** Characters in one cell. */
  cellChars: 32_767,
} as const;
