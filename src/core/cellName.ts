/** Spreadsheet-style address of a 0-based cell inside an input range, relative to its top-left. */
export function cellName(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** The column letters of a 0-based column: 0 → A, 26 → AA. */
export function columnName(col: number): string {
  let letters = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return letters;
}
