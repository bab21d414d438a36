/**
 * Which person rows went into which sum (issue 17, herkomst): per ministry and
 * dienstverband the 0-based grid rows, as a growing Int32Array (4 bytes a
 * row, no object per row). Only made when a caller asks for the herkomst
 * (InvoerVraag.herkomst); the reader's pass then adds one call per counted
 * row. The value of a row is read again from the grid when asked (`waarde`).
 */
import type { Decimal } from "../basis/decimaal";
import type { Eenheid } from "../eenheden/eenheden";
import type { Deel } from "./herken";
import type { MinisterieInvoer } from "../tabel1/tabel1";
import type { Raster } from "./raster";

/** A growing list of row indexes in a typed array. */
export class RijLijst {
  private rijen = new Int32Array(16);
  lengte = 0;

  voegToe(i: number): void {
    if (this.lengte === this.rijen.length) {
      const groter = new Int32Array(this.rijen.length * 2);
      groter.set(this.rijen);
      this.rijen = groter;
    }
    this.rijen[this.lengte++] = i;
  }

  /** The rows as a view (no copy). */
  alle(): Int32Array {
    return this.rijen.subarray(0, this.lengte);
  }

  /** Bytes held (for the benchmark's cost line). */
  bytes(): number {
    return this.rijen.byteLength;
  }
}

/**
 * One counted row's value as the pass added it, with its unit: a plain number stays a number (no
 * Decimal per row; sums of many rows add it exactly with ExacteSom), any other cell its Decimal.
 */
export interface GeteldeWaarde {
  waarde: number | Decimal;
  eenheid: Eenheid;
}

/** One counted row as read again: its value with its unit, and its id when the grid has an id column. */
export interface GelezenRij {
  waarde: Decimal;
  eenheid: Eenheid;
  id?: string;
}

export class RijRegistratie {
  private readonly per = new Map<MinisterieInvoer, Record<Deel, RijLijst>>();
  /** Set by the reader: reads row i's value, unit and id again, with the same decisions as its pass. */
  lees: (i: number) => GelezenRij = () => {
    throw new Error("RijRegistratie zonder lezer");
  };
  /** Set by the reader: row i's value as the pass added it and its unit, for sums (no id, no Decimal for a plain number). */
  waarde: (i: number) => GeteldeWaarde = () => {
    throw new Error("RijRegistratie zonder lezer");
  };

  constructor(readonly raster: Raster) {}

  voegToe(m: MinisterieInvoer, deel: Deel, i: number): void {
    let r = this.per.get(m);
    if (!r) {
      r = { formeel: new RijLijst(), binnenwerk: new RijLijst(), inleen: new RijLijst() };
      this.per.set(m, r);
    }
    r[deel].voegToe(i);
  }

  /** The 0-based grid rows of one ministry and dienstverband (empty when none). */
  rijen(m: MinisterieInvoer, deel: Deel): Int32Array {
    return this.per.get(m)?.[deel].alle() ?? new Int32Array(0);
  }

  /** 1-based sheet row of grid row i. */
  rijNr(i: number): number {
    return this.raster.rijIndex + 2 + i;
  }

  bytes(): number {
    let n = 0;
    for (const r of this.per.values()) n += r.formeel.bytes() + r.binnenwerk.bytes() + r.inleen.bytes();
    return n;
  }
}
