/**
 * The data rows of a grid by index: what the core reader (invoer.ts and its
 * parts) reads rows through. A Raster's rows (arrays: the pane, CSV, small
 * sheets) are adapted into it; a streamed .xlsx sheet holds its rows in a
 * compact store (src/cli/werkmap/kolomopslag.ts: a type byte and a number per
 * cell, texts as indexes into the shared string table) and hands that in as
 * `Raster.bron`, so that no array or value object per row is ever made for
 * hundreds of thousands of person rows. Pure: plain JS, no I/O.
 */
import { isLegeRij } from "./cel";

export interface Rijbron {
  /** Data rows held (trailing empty rows may be among them: see gevuldAantal). */
  readonly aantal: number;
  /** Cell k (0-based within the grid) of data row i (0-based), as read; null or undefined when empty. */
  cel(i: number, k: number): unknown;
  /** Whether data row i holds no value (empty cells, or text of spaces only). */
  isLeeg(i: number): boolean;
  /** Data row i as an array (made anew by a compact store: for messages and rare checks, not per row). */
  rij(i: number): readonly unknown[];
  /** The rows from row i on (the header turned out to be row i − 1). */
  vanaf(i: number): Rijbron;
}

/** A grid with its data rows as arrays (`rijen`), or in a row source (`bron`, then `rijen` is empty). */
export interface MetRijen {
  rijen: unknown[][];
  bron?: Rijbron;
}

/** Rows that are arrays (a Raster's `rijen`), from row `van` on. */
export class Arrayrijen implements Rijbron {
  constructor(
    private readonly rijen: readonly (readonly unknown[] | undefined)[],
    readonly van = 0,
  ) {}

  /** The arrays themselves (row i is `arrays[van + i]`): for a pass over many rows that reads cells without a call each. */
  get arrays(): readonly (readonly unknown[] | undefined)[] {
    return this.rijen;
  }

  get aantal(): number {
    return Math.max(0, this.rijen.length - this.van);
  }

  cel(i: number, k: number): unknown {
    return this.rijen[this.van + i]?.[k];
  }

  isLeeg(i: number): boolean {
    return isLegeRij(this.rijen[this.van + i]);
  }

  rij(i: number): readonly unknown[] {
    return this.rijen[this.van + i] ?? [];
  }

  vanaf(i: number): Rijbron {
    return new Arrayrijen(this.rijen, this.van + i);
  }
}

/**
 * The arrays of a source that holds its rows as arrays (row i is
 * `arrays[van + i]`), for a pass over many rows that reads cells without a
 * call each (cheaper also before the engine has optimised the pass); else undefined.
 */
export function alsArrays(b: Rijbron): { arrays: readonly (readonly unknown[] | undefined)[]; van: number } | undefined {
  return b instanceof Arrayrijen ? { arrays: b.arrays, van: b.van } : undefined;
}

/** The rows of a grid as a row source: its `bron`, or its arrays adapted. */
export function rijbron(r: MetRijen): Rijbron {
  return r.bron ?? new Arrayrijen(r.rijen);
}

/** Number of rows up to and including the last with a value (trailing empty rows are never read). */
export function gevuldAantal(b: Rijbron): number {
  let n = b.aantal;
  while (n > 0 && b.isLeeg(n - 1)) n--;
  return n;
}
