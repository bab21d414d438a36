/**
 * Which rows have an id seen before, for up to hundreds of thousands of
 * person rows without an allocation per row.
 *
 * While the ids ascend (an HR export sorted by personeelsnummer) no id can
 * repeat, so each is only compared with the one before. From the first id
 * that does not ascend on, an open-addressing hash table (linear probing, at
 * most half full) of ids and row numbers, in two arrays sized once for all
 * rows, holds every id; the rows before are added to it then. (A Set of 250k
 * ids costs about twice as much as the table, mostly in its entries; the
 * table still costs as much as the rest of the pass, the ascending check
 * almost nothing.)
 */

/**
 * Whether a text id is its own key: not empty, and neither its first nor its last character is
 * white space that String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator: up to
 * U+0020, U+00A0, and from U+1680 on). Any other text goes through trim first, so "P1" and
 * "P1" followed by a non-breaking space (pasted from a web page) are one id.
 */
export function isEigenSleutel(t: string): boolean {
  if (t.length === 0) return false;
  const a = t.charCodeAt(0);
  const z = t.charCodeAt(t.length - 1);
  return a > 32 && a !== 160 && a < 0x1680 && z > 32 && z !== 160 && z < 0x1680;
}

/**
 * The ascending run of ids: the last id and the rows added while the ids
 * ascended (one array for all rows, made at the first id; null before it and
 * once the table holds them). A plain record rather than class fields: the
 * pass's loop reads and writes it directly (`opvolgend`), and code the engine
 * optimised for a record shape keeps working from one run to the next, where
 * a run's class instances and their shapes are collected with the run.
 */
export interface Oplopend {
  vorige: string | number | undefined;
  rijen: Int32Array | null;
  aantal: number;
}

/**
 * The common case of IdTabel.voegToe: row `rij` with a text id (as compared:
 * no surrounding spaces) above the one before, noted without a lookup. False
 * when it is not that case: then voegToe decides (nothing was changed).
 */
export function opvolgend(o: Oplopend, id: string, rij: number): boolean {
  const v = o.vorige;
  const rijen = o.rijen;
  if (typeof v !== "string" || rijen === null || o.aantal === rijen.length || !(v < id)) return false;
  o.vorige = id;
  rijen[o.aantal++] = rij;
  return true;
}

export class IdTabel {
  private rijen: Int32Array | null = null;
  private ids: Array<string | number | undefined> = [];
  private masker = 0;
  /** Ids in the table; it doubles before it is half full, so probing always ends (more rows than announced, too). */
  private gevuld = 0;
  /** While the ids ascend: the last id and the rows so far (a plain record the pass's loop takes its common case from, see `opvolgend`). */
  readonly oplopend: Oplopend = { vorige: undefined, rijen: null, aantal: 0 };

  constructor(
    private readonly aantal: number,
    /** The id of an earlier row (to fill the table when the ids stop ascending). */
    private readonly idVan: (rij: number) => string | number | undefined,
  ) {}

  /** Adds row `rij` with id `id`; gives the earlier row with the same id, or -1. */
  voegToe(id: string | number, rij: number): number {
    if (this.rijen === null) {
      const o = this.oplopend;
      const v = o.vorige;
      if (v === undefined || (typeof v === typeof id && v < id)) {
        o.vorige = id;
        o.rijen ??= new Int32Array(Math.max(1, this.aantal));
        if (o.aantal === o.rijen.length) {
          const groter = new Int32Array(o.rijen.length * 2);
          groter.set(o.rijen);
          o.rijen = groter;
        }
        o.rijen[o.aantal++] = rij;
        return -1;
      }
      this.maakTabel();
    }
    return this.inTabel(id, rij);
  }

  /** The ids so far, into the table. */
  private maakTabel(): void {
    let grootte = 16;
    while (grootte < this.aantal * 2) grootte *= 2;
    this.rijen = new Int32Array(grootte).fill(-1);
    this.ids = new Array<string | number | undefined>(grootte);
    this.masker = grootte - 1;
    const o = this.oplopend;
    for (let i = 0; i < o.aantal; i++) {
      const rij = o.rijen![i]!;
      this.inTabel(this.idVan(rij)!, rij);
    }
    o.rijen = null; // from now on every id goes into the table (opvolgend refuses)
  }

  /** Twice the size, every id placed again (only when more rows come than the table was made for). */
  private vergroot(): void {
    const oudeRijen = this.rijen!;
    const oudeIds = this.ids;
    this.rijen = new Int32Array(oudeRijen.length * 2).fill(-1);
    this.ids = new Array<string | number | undefined>(oudeRijen.length * 2);
    this.masker = oudeRijen.length * 2 - 1;
    this.gevuld = 0;
    for (let p = 0; p < oudeRijen.length; p++) if (oudeRijen[p]! >= 0) this.inTabel(oudeIds[p]!, oudeRijen[p]!);
  }

  private inTabel(id: string | number, rij: number): number {
    if ((this.gevuld + 1) * 2 > this.rijen!.length) this.vergroot();
    const rijen = this.rijen!;
    const { ids, masker } = this;
    let p = spreiding(id) & masker;
    for (;;) {
      const j = rijen[p]!;
      if (j < 0) {
        rijen[p] = rij;
        ids[p] = id;
        this.gevuld++;
        return -1;
      }
      if (ids[p] === id) return j;
      p = (p + 1) & masker;
    }
  }
}

/** FNV-1a over the characters of a text; a whole number mixed by a multiplication. */
function spreiding(id: string | number): number {
  if (typeof id === "number") {
    if (Number.isInteger(id) && Math.abs(id) < 2 ** 31) return Math.imul(id, 0x9e3779b1) >>> 0;
    return spreiding(String(id));
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
