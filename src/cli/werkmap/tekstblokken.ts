/**
 * Texts kept compactly: the shared string table of a workbook (a million
 * distinct ids are a million texts) and a sheet's own texts. Each block of
 * 4.096 texts is joined into one JS string once it is full, with the end of
 * each text in a Uint32Array; a text is sliced out when it is read. About the
 * text's own characters plus 5 bytes (end offset, blank flag), against some
 * 30–40 bytes for a JS string of its own in an array; and nothing keeps the
 * inflated XML chunks alive (a slice of a chunk would). Recently read texts
 * are cached per index, so the few ministries and soorten that fill most rows
 * are the same string objects each time (their hash is computed once).
 */

const BLOK_BITS = 12;
const BLOK = 1 << BLOK_BITS;
const CACHE = 1024;

export class Tekstblokken {
  aantal = 0;
  private readonly blokken: string[] = [];
  private open: string[] = [];
  /** End of text j within its block. */
  private einden = new Uint32Array(BLOK);
  /** 1 when text j is empty or spaces only. */
  private leeg = new Uint8Array(BLOK);
  private readonly cacheIndex = new Int32Array(CACHE).fill(-1);
  private readonly cacheTekst: string[] = new Array<string>(CACHE).fill("");
  /** Index of a text seen before (only while the table is small: ids are not interned). */
  private readonly index: Map<string, number> | null;

  /** `intern`: the same text added twice gets the same index (for a sheet's own texts). */
  constructor(intern = false) {
    this.index = intern ? new Map() : null;
  }

  voegToe(tekst: string): number {
    if (this.index) {
      const eerder = this.index.get(tekst);
      if (eerder !== undefined) return eerder;
      if (this.index.size < 1 << 16) this.index.set(tekst, this.aantal);
    }
    const j = this.aantal++;
    if (j === this.einden.length) {
      const einden = new Uint32Array(this.einden.length * 2);
      einden.set(this.einden);
      this.einden = einden;
      const leeg = new Uint8Array(this.leeg.length * 2);
      leeg.set(this.leeg);
      this.leeg = leeg;
    }
    const begin = (j & (BLOK - 1)) === 0 ? 0 : this.einden[j - 1]!;
    this.einden[j] = begin + tekst.length;
    // Text that starts and ends with a visible character is not blank (no trim needed).
    const zichtbaar =
      tekst.length > 0 && tekst.charCodeAt(0) > 32 && tekst.charCodeAt(tekst.length - 1) > 32 && tekst.charCodeAt(0) !== 160;
    this.leeg[j] = !zichtbaar && tekst.trim() === "" ? 1 : 0;
    this.open.push(tekst);
    if (this.open.length === BLOK) {
      this.blokken.push(this.open.join(""));
      this.open = [];
    }
    return j;
  }

  /** Whether text j is empty or spaces only (an empty cell for the used range). */
  isLeeg(j: number): boolean {
    return this.leeg[j] === 1;
  }

  /** Text j; undefined for an index outside the table. */
  tekst(j: number): string | undefined {
    if (!(j >= 0 && j < this.aantal)) return undefined;
    const plek = j & (CACHE - 1);
    if (this.cacheIndex[plek] === j) return this.cacheTekst[plek]!;
    const blok = j >>> BLOK_BITS;
    const binnen = j & (BLOK - 1);
    const tekst =
      blok < this.blokken.length ? this.blokken[blok]!.slice(binnen === 0 ? 0 : this.einden[j - 1]!, this.einden[j]!) : this.open[binnen]!;
    this.cacheIndex[plek] = j;
    this.cacheTekst[plek] = tekst;
    return tekst;
  }
}
