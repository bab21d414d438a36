/**
 * The one shared reader of input grids (task pane and CLI): a sheet or file
 * read as a Raster goes in, a Tabel1Invoer or a list of BanenFout comes out.
 * Pure: no Office, no I/O.
 */

/**
 * A rectangular block of cells as read from a sheet or a file: a header row
 * and the data rows below it. Positions are kept so that every error can name
 * the sheet, the row, the column header and the A1 cell the user sees.
 */
export interface Raster {
  /** Sheet name (Excel) or file name (CSV/JSON). */
  blad: string;
  /** 0-based sheet row of the header row; data row i is sheet row rijIndex + 2 + i (1-based). */
  rijIndex: number;
  /** 0-based sheet column of the first column. */
  kolomIndex: number;
  /** Header row values, as read. */
  koppen: unknown[];
  /** Data rows below the header, cell values as read (numbers, strings, Dates, null...). */
  rijen: unknown[][];
  /** Data rows that are hidden or filtered out: 1-based sheet row numbers, ascending. */
  verborgenRijen?: number[];
}
