/** The input grid every reader works on; its own module so the reader's parts (herken, gedrukt) need not import the reader. */
import type { Leesverslag } from "./leesverslag";
import type { Rijbron } from "./rijbron";

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
  /** Data rows below the header, cell values as read (numbers, strings, Dates, null...); empty when `bron` holds them. */
  rijen: unknown[][];
  /**
   * The data rows in a row source instead (a streamed .xlsx sheet, src/cli/werkmap/lees.ts with
   * `compact`): then `rijen` is empty and every reader reads the rows through `rijbron(raster)`.
   */
  bron?: Rijbron;
  /** Data rows that are hidden or filtered out: 1-based sheet row numbers, ascending. */
  verborgenRijen?: number[];
  /**
   * Rows that continue a CSV record over several lines (a quoted field with
   * line breaks): 1-based, ascending. They keep row n = line n of the file,
   * but are not empty rows between the data: the reader neither reads nor
   * counts them.
   */
  vervolgRijen?: readonly number[];
  /**
   * What the file or sheet reader decided before the grid existed (encoding, separator, sheet, range);
   * the core reader appends its own decisions (header row, shape, columns, units, number marks, rows).
   */
  verslag?: Leesverslag;
}
