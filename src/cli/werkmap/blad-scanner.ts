/**
 * One pass over a worksheet's XML (ECMA-376 Part 1, 18.3.1.99 worksheet),
 * chunk by chunk as it is inflated: each complete <row> is taken apart byte
 * by byte (no DOM, no event per node, no text made of the markup), its cells
 * turned into plain values and handed on at once; the part's XML is never
 * held whole. After
 * </sheetData> only the merged ranges are kept (18.3.1.55 mergeCell).
 *
 * Cell values (18.3.1.4 c, 18.18.11 ST_CellType) as the shared reader
 * expects them: numbers; text (shared, inline, rich text joined, a formula's
 * text result); booleans; a Date for a number in a date style, in the 1900
 * or 1904 date system; an error value as the text Dutch Excel shows
 * (#DEEL/0!); a formula gives its cached result, and one without a cached
 * result is reported (`formuleZonderWaarde`), never read as empty. Element
 * names may carry a namespace prefix (<x:row>), as some producers write.
 */
import { attributen, xmlTekst } from "./bladen";
import { excelDatum, NEDERLANDSE_FOUTWAARDE } from "./celwaarde";
import type { Celontvanger } from "./kolomopslag";
import { tekstVan } from "./xml-delen";
import { begintMet, bytesVan, isWit, zoekByte } from "./xml-bytes";

export interface ScanOpties {
  datumStijl: readonly boolean[];
  date1904: boolean;
  /** Only columns from..to (1-based, inclusive) become values; others are skipped unread. */
  kolommen?: { van: number; tot: number };
  /** Rows above or below these (1-based) are skipped unread. */
  rijen?: { van: number; tot: number };
}

/** A formula without a cached result at (row, column). */
export interface ZonderWaarde {
  rij: number;
  kolom: number;
  formule: string;
}

export interface ScanUitkomst {
  samengevoegd: string[];
  zonderWaarde: ZonderWaarde[];
}

/** "AB12" → column 28 (1-based), or 0 when it is no cell reference. */
export function kolomVan(ref: string): number {
  let k = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) k = k * 26 + (c - 64);
    else if (c >= 97 && c <= 122) k = k * 26 + (c - 96);
    else if (c === 36)
      continue; // $
    else break;
  }
  return k;
}

export function kolomLetters(k: number): string {
  let uit = "";
  for (let n = k; n > 0; n = Math.floor((n - 1) / 26)) uit = String.fromCharCode(65 + ((n - 1) % 26)) + uit;
  return uit;
}

/**
 * A shared formula as its follower cell has it: relative A1 references moved by the distance
 * from the master cell (ECMA-376 Part 1, 18.3.1.40 f, t="shared"); text in quotes is left alone.
 */
export function verschuif(formule: string, rijen: number, kolommen: number): string {
  return formule
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((deel, i) =>
      i % 2 === 1
        ? deel
        : deel.replace(
            /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
            (_, dk: string, k: string, dr: string, r: string) => {
              const kolom = dk ? k : kolomLetters(kolomVan(k) + kolommen);
              const rij = dr ? r : String(Number(r) + rijen);
              return `${dk}${kolom}${dr}${rij}`;
            },
          ),
    )
    .join("");
}

/**
 * The attributes of one start tag that the scanner needs, found in one pass over the tag's
 * bytes without cutting the tag out: positions of their values (begin, end), −1 when absent.
 * Reused for every tag (no object per cell).
 */
class Attributen {
  r = -1;
  rEind = -1;
  t = -1;
  tEind = -1;
  s = -1;
  sEind = -1;
  hidden = -1;
  hiddenEind = -1;
  /** A value held an entity, or the tag has a form not scanned here (single quotes, spaces around "="): read it with `attributen`. */
  lastig = false;

  lees(b: Buffer, van: number, tot: number): void {
    this.r = this.t = this.s = this.hidden = -1;
    this.lastig = false;
    let i = van;
    while (i < tot) {
      let c = b[i];
      if (isWit(c) || c === 47) {
        i++;
        continue;
      }
      // one pass over name="value": the name up to "=", then the value up to its closing quote
      const naam = i;
      while (c !== 61 && i < tot) c = b[++i];
      if (i >= tot) return;
      if (b[i + 1] !== 34 || isWit(b[i - 1])) {
        this.lastig = true;
        return;
      }
      const begin = i + 2;
      let eind = begin;
      while ((c = b[eind]) !== 34 && eind < tot) {
        if (c === 38) {
          this.lastig = true; // an entity in the value
          return;
        }
        eind++;
      }
      if (eind >= tot) return;
      this.onthoud(b, naam, i - naam, begin, eind);
      i = eind + 1;
    }
  }

  private onthoud(b: Buffer, naam: number, lengte: number, begin: number, eind: number): void {
    if (lengte === 1) {
      const n = b[naam];
      if (n === 114) {
        this.r = begin;
        this.rEind = eind;
      } else if (n === 116) {
        this.t = begin;
        this.tEind = eind;
      } else if (n === 115) {
        this.s = begin;
        this.sEind = eind;
      }
    } else if (lengte === 6 && begintMet(b, naam, HIDDEN)) {
      this.hidden = begin;
      this.hiddenEind = eind;
    }
  }
}

const HIDDEN = bytesVan("hidden");

/** The non-negative integer in b[van, tot) (row numbers, style and string indexes). */
function geheel(b: Buffer, van: number, tot: number): number {
  let n = 0;
  for (let i = van; i < tot; i++) {
    const c = b[i]! - 48;
    if (c < 0 || c > 9) return Number(b.toString("latin1", van, tot));
    n = n * 10 + c;
  }
  return n;
}

/** The column of a reference such as "AB12" in b[van, tot). */
function kolomIn(b: Buffer, van: number, tot: number): number {
  let k = 0;
  for (let i = van; i < tot; i++) {
    const c = b[i]!;
    if (c >= 65 && c <= 90) k = k * 26 + (c - 64);
    else if (c >= 97 && c <= 122) k = k * 26 + (c - 96);
    else if (c !== 36) break;
  }
  return k;
}

const enum Soort {
  Getal,
  Gedeeld,
  Tekst,
  Inline,
  Logisch,
  Fout,
  Datum,
}

function soortVan(t: string | null): Soort {
  switch (t) {
    case "s":
      return Soort.Gedeeld;
    case "str":
      return Soort.Tekst;
    case "inlineStr":
      return Soort.Inline;
    case "b":
      return Soort.Logisch;
    case "e":
      return Soort.Fout;
    case "d":
      return Soort.Datum;
    default:
      return Soort.Getal;
  }
}

/** The cell type of a t attribute at b[van, tot) (−1: none). */
function soortIn(b: Buffer, van: number, tot: number): Soort {
  return van < 0 ? Soort.Getal : soortVan(b.toString("latin1", van, tot));
}

/**
 * The number in b[van, tot), as Number() reads it. A plain decimal of at most 15 digits
 * ("24.5", "31") is read from its bytes: the digits as a whole number n < 2^53 (exact)
 * divided by a power of ten of at most 10^22 (exact), and one IEEE division is correctly
 * rounded, so n / 10^k is the double nearest the decimal, which is what Number() gives.
 * Anything else (a sign, an exponent, more digits) goes to Number() itself.
 */
export function getalIn(b: Buffer, van: number, tot: number): number {
  let n = 0;
  let deler = 1;
  let punt = false;
  let cijfers = 0;
  for (let i = van; i < tot; i++) {
    const c = b[i]!;
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      cijfers++;
      if (punt) deler *= 10;
    } else if (c === 46 && !punt) punt = true;
    else return Number(b.toString("latin1", van, tot));
  }
  if (cijfers === 0 || cijfers > 15 || deler > 1e22) return Number(b.toString("latin1", van, tot));
  return punt ? n / deler : n;
}

/**
 * A common cell's value from `i` (just after its start tag): "<v>…</v></c>" with a non-empty value
 * and nothing else. Returns where the value ends (its "</v>"), or −1 for any other form.
 */
function gewoneWaardeEinde(b: Buffer, i: number, tot: number): number {
  if (b[i] !== 60 || b[i + 1] !== 118 || b[i + 2] !== 62) return -1;
  const v = i + 3;
  let e = v;
  while (b[e] !== 60) {
    if (e >= tot) return -1;
    e++;
  }
  // "</v></c>", compared byte by byte (a call per cell costs more than the comparison)
  if (
    e === v ||
    b[e + 1] !== 47 ||
    b[e + 2] !== 118 ||
    b[e + 3] !== 62 ||
    b[e + 4] !== 60 ||
    b[e + 5] !== 47 ||
    b[e + 6] !== 99 ||
    b[e + 7] !== 62
  )
    return -1;
  return e;
}

/** The tag names with the sheet's namespace prefix, as text (for the general path) and as bytes. */
class Namen {
  readonly rijOpen: Buffer;
  readonly rijSluit: Buffer;
  readonly celOpen: Buffer;
  readonly celSluit: Buffer;
  readonly eindeSheetData: Buffer;
  readonly vOpen: string;
  readonly vSluit: string;
  readonly fOpen: string;
  readonly fSluit: string;

  constructor(readonly p: string) {
    this.rijOpen = bytesVan(`<${p}row`);
    this.rijSluit = bytesVan(`</${p}row>`);
    this.celOpen = bytesVan(`<${p}c`);
    this.celSluit = bytesVan(`</${p}c>`);
    this.eindeSheetData = bytesVan(`</${p}sheetData>`);
    this.vOpen = `<${p}v>`;
    this.vSluit = `</${p}v>`;
    this.fOpen = `<${p}f`;
    this.fSluit = `</${p}f>`;
  }
}

class Scanner {
  n = new Namen("");
  private vorigeRij = 0;
  private readonly a = new Attributen();
  readonly zonderWaarde: ZonderWaarde[] = [];
  /** Formula text and cell of each shared formula's master, by its si. */
  private readonly gedeeldeFormules = new Map<string, { tekst: string; rij: number; kolom: number }>();

  constructor(
    private readonly o: ScanOpties,
    private readonly uit: Celontvanger,
  ) {}

  /** The rows in b[van, tot), which ends after a complete row; returns where it stopped. */
  rijen(b: Buffer, van: number, tot: number): number {
    const { rijOpen } = this.n;
    let p = van;
    for (;;) {
      const begin = b[p] === 60 ? p : zoekByte(b, 60, p, tot); // the next row usually starts right after the last
      if (begin < 0 || begin >= tot) return tot;
      const tagEinde = zoekByte(b, 62, begin, tot);
      if (tagEinde < 0) return begin;
      const na = b[begin + rijOpen.length];
      if (!begintMet(b, begin, rijOpen) || !(isWit(na) || na === 62 || na === 47)) {
        p = tagEinde + 1; // anything else between rows (none in practice): skip the tag
        continue;
      }
      const leeg = b[tagEinde - 1] === 47;
      p = this.rij(b, begin + rijOpen.length, leeg ? tagEinde - 1 : tagEinde, leeg ? -1 : tagEinde + 1, tot);
    }
  }

  /** One row: its attributes in b[tagVan, tagTot), its cells from `van` (−1: an empty <row/>); returns where the row ends. */
  private rij(b: Buffer, tagVan: number, tagTot: number, van: number, tot: number): number {
    const a = this.a;
    a.lees(b, tagVan, tagTot);
    let nr: number;
    let verborgen: boolean;
    if (a.lastig) {
      const r = attributen(`<row ${b.toString("utf8", tagVan, tagTot)}>`);
      nr = r.r !== undefined ? Number(r.r) : this.vorigeRij + 1;
      verborgen = r.hidden === "1" || r.hidden === "true";
    } else {
      nr = a.r >= 0 ? geheel(b, a.r, a.rEind) : this.vorigeRij + 1;
      verborgen = a.hidden >= 0 && (b[a.hidden] === 49 || b.toString("latin1", a.hidden, a.hiddenEind) === "true");
    }
    this.vorigeRij = nr;
    const bereik = this.o.rijen;
    if (bereik && (nr < bereik.van || nr > bereik.tot)) return van < 0 ? tagTot + 2 : this.naRij(b, van, tot);
    this.uit.begin(nr, verborgen);
    const eind = van < 0 ? tagTot + 2 : this.cellen(b, van, tot, nr);
    this.uit.einde();
    return eind;
  }

  /** Where the row whose cells start at `van` ends (a row outside the range, skipped unread). */
  private naRij(b: Buffer, van: number, tot: number): number {
    const sluit = b.indexOf(this.n.rijSluit, van);
    return sluit < 0 || sluit >= tot ? tot : sluit + this.n.rijSluit.length;
  }

  /** The cells of row `nr` from `van` up to its end tag; returns where the row ends. */
  private cellen(b: Buffer, van: number, tot: number, nr: number): number {
    const { celOpen, rijSluit } = this.n;
    const snel = this.n.p === "";
    let p = van;
    let kolom = 0;
    for (;;) {
      // The next cell usually starts right where the last one ended.
      if (b[p] !== 60) p = zoekByte(b, 60, p, tot);
      if (p < 0) return tot;
      if (b[p + 1] === 47 && begintMet(b, p, rijSluit)) return p + rijSluit.length;
      const naam = p + celOpen.length;
      const na = b[naam];
      if (!begintMet(b, p, celOpen) || !(isWit(na) || na === 62 || na === 47)) {
        p = this.naTag(b, p, tot); // another element (extLst and what it holds)
        continue;
      }
      if (snel) {
        const verder = this.gewoneCel(b, naam, tot, kolom);
        if (verder >= 0) {
          kolom = this.kolom;
          p = verder;
          continue;
        }
      }
      p = this.cel(b, p, tot, nr, kolom);
      kolom = this.kolom;
    }
  }

  private naTag(b: Buffer, p: number, tot: number): number {
    const e = zoekByte(b, 62, p, tot);
    return e < 0 ? tot : e + 1;
  }

  /**
   * Any cell the common form does not cover, at b[begin…]: its tag read for attributes, its
   * content as text. Sets `kolom`; returns where the cell ends.
   */
  private cel(b: Buffer, begin: number, tot: number, nr: number, vorige: number): number {
    const { a, n } = this;
    const tagEinde = zoekByte(b, 62, begin, tot);
    if (tagEinde < 0) return tot;
    const leeg = b[tagEinde - 1] === 47; // "/>"
    a.lees(b, begin + n.celOpen.length, leeg ? tagEinde - 1 : tagEinde);
    const tag = a.lastig ? attributen(b.toString("utf8", begin, tagEinde + 1)) : null;
    if (tag) this.kolom = tag.r !== undefined ? kolomVan(tag.r) : vorige + 1;
    else this.kolom = a.r >= 0 ? kolomIn(b, a.r, a.rEind) : vorige + 1;
    if (leeg) return tagEinde + 1; // an empty (formatted) cell
    const sluit = b.indexOf(n.celSluit, tagEinde);
    if (sluit < 0 || sluit >= tot) return tot;
    const kolommen = this.o.kolommen;
    if (kolommen && (this.kolom < kolommen.van || this.kolom > kolommen.tot)) return sluit + n.celSluit.length;
    const soort = tag ? soortVan(tag.t ?? null) : soortIn(b, a.t, a.tEind);
    const stijl = tag ? Number(tag.s ?? -1) : a.s >= 0 ? geheel(b, a.s, a.sEind) : -1;
    const w = this.waarde(soort, stijl, b.toString("utf8", tagEinde + 1, sluit), nr, this.kolom);
    if (w !== null) this.uit.waarde(this.kolom, w);
    return sluit + n.celSluit.length;
  }

  /** The column of the cell `gewoneCel` or `cel` read last. */
  private kolom = 0;
  /**
   * The common cell read byte by byte, without a call per attribute or element:
   * <c r="D2" s="1" t="s"><v>5</v></c> (attributes in any order, t "s" or "n" or none, a
   * plain number not in a date style, or a shared string), or an empty <c r="D2" s="1"/>.
   * Returns where the cell ends and sets `kolom`; −1 for any other form (a formula, inline
   * text, another type, an entity, single quotes, a date style, an empty <v/>): the general
   * path reads that cell, and nothing was handed on yet. Its value: gewoneWaardeEinde.
   */
  private gewoneCel(b: Buffer, van: number, tot: number, vorige: number): number {
    let i = van;
    let kolom = -1;
    let soort = Soort.Getal;
    let stijl = -1;
    for (;;) {
      let c = b[i];
      while (c === 32) c = b[++i];
      if (c === 62) {
        i++;
        break;
      }
      if (c === 47) {
        if (b[i + 1] !== 62) return -1;
        this.kolom = kolom < 0 ? vorige + 1 : kolom; // an empty (formatted) cell
        return i + 2;
      }
      const naam = i;
      while (c !== 61) {
        if (i >= tot || c === 62 || c === 32 || c === 34 || c === 39) return -1;
        c = b[++i];
      }
      if (b[i + 1] !== 34) return -1;
      let j = i + 2;
      const letter = i - naam === 1 ? b[naam] : 0;
      if (letter === 114) {
        // r: column letters, then the row's digits
        let k = 0;
        while ((c = b[j]!) >= 65 && c <= 90) {
          k = k * 26 + (c - 64);
          j++;
        }
        while ((c = b[j]!) >= 48 && c <= 57) j++;
        if (c !== 34 || k === 0) return -1;
        kolom = k;
      } else if (letter === 116) {
        // t: "s" (shared string) or "n" (number); any other type goes the general way
        c = b[j]!;
        if (b[j + 1] !== 34 || (c !== 115 && c !== 110)) return -1;
        soort = c === 115 ? Soort.Gedeeld : Soort.Getal;
        j++;
      } else if (letter === 115) {
        let n = 0;
        while ((c = b[j]!) >= 48 && c <= 57) {
          n = n * 10 + (c - 48);
          j++;
        }
        if (c !== 34 || j === i + 2) return -1;
        stijl = n;
      } else {
        while ((c = b[j]!) !== 34) {
          if (j >= tot || c === 38) return -1;
          j++;
        }
      }
      i = j + 1;
    }
    const e = gewoneWaardeEinde(b, i, tot);
    if (e < 0) return -1;
    if (soort === Soort.Getal && stijl >= 0 && this.o.datumStijl[stijl]) return -1;
    const k = kolom < 0 ? vorige + 1 : kolom;
    const kolommen = this.o.kolommen;
    if (!kolommen || (k >= kolommen.van && k <= kolommen.tot)) {
      if (soort === Soort.Gedeeld) this.uit.gedeeld(k, geheel(b, i + 3, e));
      else this.uit.getal(k, getalIn(b, i + 3, e));
    }
    this.kolom = k;
    return e + 8;
  }

  /**
   * The value of one cell from its content `inhoud` (the text between its tags); null for none (a
   * formula without result is recorded). A number and a shared string go to the receiver at once
   * and give null.
   */
  private waarde(soort: Soort, stijl: number, inhoud: string, nr: number, kolom: number): unknown {
    if (soort === Soort.Inline) return tekstVan(inhoud);
    const { vOpen, vSluit, fOpen } = this.n;
    // <f> comes first in a cell (CT_Cell: f, v, is)
    const formule = inhoud.startsWith(fOpen) ? this.formule(inhoud, nr, kolom) : null;
    const v = inhoud.indexOf(vOpen);
    const vEind = v < 0 ? -1 : inhoud.indexOf(vSluit, v);
    const leeg = v < 0 || vEind === v + vOpen.length;
    if (formule !== null && leeg && (v < 0 || soort !== Soort.Tekst)) {
      this.zonderWaarde.push({ rij: nr, kolom, formule });
      return null;
    }
    if (v < 0 || (leeg && soort !== Soort.Tekst)) return null;
    const tekst = inhoud.slice(v + vOpen.length, vEind);
    switch (soort) {
      case Soort.Getal: {
        const getal = Number(tekst);
        if (stijl >= 0 && this.o.datumStijl[stijl]) return excelDatum(getal, this.o.date1904);
        this.uit.getal(kolom, getal);
        return null;
      }
      case Soort.Gedeeld:
        this.uit.gedeeld(kolom, Number(tekst));
        return null;
      case Soort.Tekst:
        return tekst.indexOf("&") >= 0 ? xmlTekst(tekst) : tekst;
      case Soort.Logisch:
        return Number(tekst) !== 0;
      case Soort.Fout:
        return NEDERLANDSE_FOUTWAARDE[tekst] ?? tekst;
      default:
        return new Date(tekst);
    }
  }

  /** The text of the formula at the start of `inhoud` (<f …>text</f> or a shared formula's <f t="shared" si="0"/>). */
  private formule(inhoud: string, rij: number, kolom: number): string {
    const tagEinde = inhoud.indexOf(">");
    const si = attributen(inhoud.slice(0, tagEinde + 1)).si;
    let tekst = "";
    if (inhoud.charCodeAt(tagEinde - 1) !== 47) {
      const sluit = inhoud.indexOf(this.n.fSluit, tagEinde);
      tekst = xmlTekst(inhoud.slice(tagEinde + 1, sluit >= 0 ? sluit : tagEinde + 1));
    }
    if (si !== undefined) {
      if (tekst !== "") this.gedeeldeFormules.set(si, { tekst, rij, kolom });
      else {
        const meester = this.gedeeldeFormules.get(si);
        return meester ? verschuif(meester.tekst, rij - meester.rij, kolom - meester.kolom) : "…";
      }
    }
    return tekst || "…";
  }
}

/** The <sheetData> start tag in b: where its rows begin, its namespace prefix, and whether it is empty (<sheetData/>); null while incomplete. */
function sheetDataBegin(b: Buffer): { na: number; voorvoegsel: string; leeg: boolean } | null {
  const naam = b.indexOf("sheetData");
  const tagEinde = naam < 0 ? -1 : zoekByte(b, 62, naam, b.length);
  if (tagEinde < 0) return null;
  const m = /<([\w.-]+:)?sheetData\b[^>]*?(\/?)>/.exec(b.toString("latin1", 0, tagEinde + 1));
  return m ? { na: m.index + m[0].length, voorvoegsel: m[1] ?? "", leeg: m[2] === "/" } : null;
}

/**
 * Where the complete rows in b end: after </sheetData> is found, at it; else after the last
 * complete row's end tag. A row's end tag cannot occur inside a value (XML escapes "<").
 */
function grensVanRijen(b: Buffer, n: Namen): { tot: number; klaar: boolean } {
  const einde = b.indexOf(n.eindeSheetData);
  if (einde >= 0) return { tot: einde, klaar: true };
  const laatste = b.lastIndexOf(n.rijSluit);
  return { tot: laatste < 0 ? 0 : laatste + n.rijSluit.length, klaar: false };
}

/**
 * Scans one sheet part: every row and its cells go to `uit` as soon as they are read.
 * `stukken` are the inflated chunks of the part. The scan works on the bytes (UTF-8): all
 * markup is ASCII, so only values that are text are decoded.
 */
export async function scanBlad(stukken: AsyncIterable<Buffer>, o: ScanOpties, uit: Celontvanger): Promise<ScanUitkomst> {
  const scanner = new Scanner(o, uit);
  let rest: Buffer | null = null;
  let fase: "kop" | "rijen" | "staart" = "kop";
  const staart: Buffer[] = [];
  for await (const stuk of stukken) {
    let b: Buffer = rest === null ? stuk : Buffer.concat([rest, stuk]);
    rest = null;
    if (fase === "kop") {
      const begin = sheetDataBegin(b);
      if (begin === null) {
        rest = b;
        continue;
      }
      scanner.n = new Namen(begin.voorvoegsel);
      b = b.subarray(begin.na);
      fase = begin.leeg ? "staart" : "rijen";
    }
    if (fase === "rijen") {
      const { tot, klaar } = grensVanRijen(b, scanner.n);
      const verder = scanner.rijen(b, 0, tot);
      if (!klaar) {
        rest = b.subarray(verder);
        continue;
      }
      b = b.subarray(tot);
      fase = "staart";
    }
    staart.push(b);
  }
  const samengevoegd = [
    ...Buffer.concat(staart)
      .toString("utf8")
      .matchAll(/<(?:[\w.-]+:)?mergeCell\b[^>]*>/g),
  ]
    .map((m) => attributen(m[0]).ref ?? "")
    .filter((r) => r !== "");
  return { samengevoegd, zonderWaarde: scanner.zonderWaarde };
}
