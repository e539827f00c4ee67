/** A spreadsheet range as the samples hand it over: header row first, dates as Excel serials. */
export type SampleGrid = (string | number)[][];
