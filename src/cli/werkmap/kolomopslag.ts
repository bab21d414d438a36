/**
 * A sheet's cells as the scanner (blad-scanner.ts) reads them, kept compactly
 * by column: per cell a type byte and a float64 (the number; a date as its
 * time; a text as its index in the shared string table or in the sheet's own
 * texts), in blocks of 65.536 rows that are only made where a column has
 * cells. Nine bytes a cell (five in a block of texts only), no array or object
 * per row: 250.000 person rows of four columns are 6 MB (as arrays of values
 * they were some 80 MB, plus the garbage of making them). Rows are kept by sheet row number, so rows out of
 * order need no sorting.
 *
 * It also keeps what the reader needs to find the range read: the used range
 * of non-empty cells (text of spaces only counts as empty), the hidden rows,
 * and per row whether it holds a value. The data rows of a range are handed
 * to the core reader as a row source (core/invoer/rijbron.ts), or made into
 * arrays for callers that want a Raster with rows.
 */
import type { Rijbron } from "../../core/invoer/rijbron";
import { Tekstblokken } from "./tekstblokken";

const BLOK_BITS = 16;
const BLOK = 1 << BLOK_BITS;
const MASKER = BLOK - 1;

const enum Soort {
  Leeg = 0,
  Getal = 1,
  Gedeeld = 2,
  Tekst = 3,
  Waar = 4,
  Onwaar = 5,
  Datum = 6,
}

/**
 * One column's cells, in blocks made on first use. A block holds its values as 32-bit indexes
 * while it only has texts (a column of ids, names or soorten: 5 bytes a cell), and as float64
 * from its first number on (the indexes copied over: 9 bytes a cell).
 */
class Kolom {
  readonly soorten: (Uint8Array | undefined)[] = [];
  readonly getallen: (Float64Array | undefined)[] = [];
  readonly indexen: (Uint32Array | undefined)[] = [];

  zet(plek: number, soort: Soort, x: number): void {
    const b = plek >>> BLOK_BITS;
    let s = this.soorten[b];
    if (s === undefined) {
      s = this.soorten[b] = new Uint8Array(BLOK);
      this.indexen[b] = new Uint32Array(BLOK);
    }
    s[plek & MASKER] = soort;
    const indexen = this.indexen[b];
    if (indexen !== undefined && (soort === Soort.Gedeeld || soort === Soort.Tekst || soort === Soort.Waar || soort === Soort.Onwaar)) {
      indexen[plek & MASKER] = x;
      return;
    }
    let getallen = this.getallen[b];
    if (getallen === undefined) {
      getallen = this.getallen[b] = Float64Array.from(indexen!);
      this.indexen[b] = undefined;
    }
    getallen[plek & MASKER] = x;
  }

  /** The number or index of a cell whose block exists. */
  waarde(b: number, binnen: number): number {
    const getallen = this.getallen[b];
    return getallen !== undefined ? getallen[binnen]! : this.indexen[b]![binnen]!;
  }
}

export interface Bereik {
  boven: number;
  links: number;
  onder: number;
  rechts: number;
}

/** What the scanner hands on: per row its number, then its cells (1-based columns), then the end of the row. */
export interface Celontvanger {
  begin(nr: number, verborgen: boolean): void;
  getal(kolom: number, x: number): void;
  /** A shared string: its index in the workbook's table. */
  gedeeld(kolom: number, j: number): void;
  /** Any other value: text (inline, a formula's result, an error value as Dutch Excel shows it), boolean, Date. */
  waarde(kolom: number, w: unknown): void;
  einde(): void;
}

export class Kolomopslag implements Celontvanger {
  private readonly kolommen: (Kolom | undefined)[] = [];
  /** Per row (by sheet row − 1): 1 when it holds a non-empty value. */
  private readonly gevuld: (Uint8Array | undefined)[] = [];
  private readonly eigen = new Tekstblokken(true);
  readonly verborgen: number[] = [];
  readonly gebruikt: Bereik = { boven: Infinity, links: Infinity, onder: -Infinity, rechts: -Infinity };
  private nr = 0;
  private plek = 0;
  private links = 0;
  private rechts = 0;

  constructor(private readonly teksten: Tekstblokken) {}

  begin(nr: number, verborgen: boolean): void {
    this.nr = nr;
    this.plek = nr - 1;
    this.links = 0;
    this.rechts = 0;
    if (verborgen) this.verborgen.push(nr);
  }

  private kolom(k: number): Kolom {
    return (this.kolommen[k] ??= new Kolom());
  }

  private gevuldeCel(k: number): void {
    if (this.links === 0) this.links = k;
    this.rechts = Math.max(this.rechts, k);
  }

  getal(k: number, x: number): void {
    this.kolom(k).zet(this.plek, Soort.Getal, x);
    this.gevuldeCel(k);
  }

  gedeeld(k: number, j: number): void {
    if (!(Number.isInteger(j) && j >= 0 && j < this.teksten.aantal)) return; // no such text: an empty cell, as before
    this.kolom(k).zet(this.plek, Soort.Gedeeld, j);
    if (!this.teksten.isLeeg(j)) this.gevuldeCel(k);
  }

  waarde(k: number, w: unknown): void {
    if (typeof w === "string") {
      const j = this.eigen.voegToe(w);
      this.kolom(k).zet(this.plek, Soort.Tekst, j);
      if (!this.eigen.isLeeg(j)) this.gevuldeCel(k);
    } else if (typeof w === "boolean") {
      this.kolom(k).zet(this.plek, w ? Soort.Waar : Soort.Onwaar, 0);
      this.gevuldeCel(k);
    } else if (w instanceof Date) {
      this.kolom(k).zet(this.plek, Soort.Datum, w.getTime());
      this.gevuldeCel(k);
    } else if (typeof w === "number") {
      this.getal(k, w);
    }
  }

  einde(): void {
    if (this.links === 0) return;
    const b = this.plek >>> BLOK_BITS;
    (this.gevuld[b] ??= new Uint8Array(BLOK))[this.plek & MASKER] = 1;
    this.neemOp(this.nr, this.links, this.rechts);
  }

  /** Widens the used range (also for a formula without a result, which is not empty). */
  neemOp(nr: number, links: number, rechts: number): void {
    const g = this.gebruikt;
    if (nr < g.boven) g.boven = nr;
    if (nr > g.onder) g.onder = nr;
    if (links < g.links) g.links = links;
    if (rechts > g.rechts) g.rechts = rechts;
  }

  /** Whether sheet row nr holds a non-empty value. */
  isGevuld(nr: number): boolean {
    const plek = nr - 1;
    return plek >= 0 && this.gevuld[plek >>> BLOK_BITS]?.[plek & MASKER] === 1;
  }

  /** The value of a cell (1-based row and column) as the core reader expects it; null when empty. */
  waardeVan(nr: number, k: number): unknown {
    const kolom = this.kolommen[k];
    const plek = nr - 1;
    const b = plek >>> BLOK_BITS;
    const soorten = kolom?.soorten[b];
    if (soorten === undefined || plek < 0) return null;
    const x = kolom!.waarde(b, plek & MASKER);
    switch (soorten[plek & MASKER] as Soort) {
      case Soort.Getal:
        return x;
      case Soort.Gedeeld:
        return this.teksten.tekst(x) ?? null;
      case Soort.Tekst:
        return this.eigen.tekst(x) ?? null;
      case Soort.Waar:
        return true;
      case Soort.Onwaar:
        return false;
      case Soort.Datum:
        return new Date(x);
      default:
        return null;
    }
  }

  /** Row nr, columns links..links+breedte−1, as an array (null for an empty cell). */
  rij(nr: number, links: number, breedte: number): unknown[] {
    const uit = new Array<unknown>(breedte);
    for (let k = 0; k < breedte; k++) uit[k] = this.waardeVan(nr, links + k);
    return uit;
  }

  /** The data rows eerste..laatste (sheet rows) in columns links..links+breedte−1, as a row source. */
  rijen(eerste: number, laatste: number, links: number, breedte: number): Rijbron {
    return new Opslagrijen(this, eerste, Math.max(0, laatste - eerste + 1), links, breedte);
  }
}

/** A block of a Kolomopslag as the core reader's row source: data row i is sheet row eerste + i, cell k column links + k. */
class Opslagrijen implements Rijbron {
  constructor(
    private readonly opslag: Kolomopslag,
    private readonly eerste: number,
    readonly aantal: number,
    private readonly links: number,
    private readonly breedte: number,
  ) {}

  cel(i: number, k: number): unknown {
    if (!(i >= 0 && i < this.aantal && k >= 0 && k < this.breedte)) return undefined;
    return this.opslag.waardeVan(this.eerste + i, this.links + k);
  }

  isLeeg(i: number): boolean {
    return !(i >= 0 && i < this.aantal) || !this.opslag.isGevuld(this.eerste + i);
  }

  rij(i: number): readonly unknown[] {
    return !(i >= 0 && i < this.aantal) ? [] : this.opslag.rij(this.eerste + i, this.links, this.breedte);
  }

  vanaf(i: number): Rijbron {
    return new Opslagrijen(this.opslag, this.eerste + i, Math.max(0, this.aantal - i), this.links, this.breedte);
  }
}
