/**
 * One pass over a worksheet's XML (ECMA-376 Part 1, 18.3.1.99 worksheet),
 * chunk by chunk as it is inflated: each complete <row> is taken apart with
 * indexOf (no DOM, no event per node), its cells turned into plain values
 * and handed on at once; the part's XML is never held whole. After
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
import { Utf8Tekst } from "./utf8-tekst";
import { attributen, xmlTekst } from "./bladen";
import { excelDatum, NEDERLANDSE_FOUTWAARDE } from "./celwaarde";
import type { Celontvanger } from "./kolomopslag";
import { tekstVan } from "./xml-delen";

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
 * characters without cutting the tag out: positions of their values (begin, end) in the XML,
 * −1 when absent. Reused for every tag (no object per cell).
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
  si = -1;
  siEind = -1;
  /** A value held an entity or the tag used quotes we do not scan: read it with `attributen` instead. */
  lastig = false;

  lees(xml: string, van: number, tot: number): void {
    this.r = this.t = this.s = this.hidden = this.si = -1;
    this.lastig = false;
    let i = van;
    while (i < tot) {
      const c = xml.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) {
        i++;
        continue;
      }
      const is = xml.indexOf("=", i);
      if (is < 0 || is >= tot) return;
      const q = xml.charCodeAt(is + 1);
      if (q !== 34 && q !== 39) {
        this.lastig = true;
        return;
      }
      const begin = is + 2;
      const eind = xml.indexOf(q === 34 ? '"' : "'", begin);
      if (eind < 0) return;
      const lengte = is - i;
      if (lengte === 1) {
        const n = xml.charCodeAt(i);
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
      } else if (lengte === 6 && xml.startsWith("hidden", i)) {
        this.hidden = begin;
        this.hiddenEind = eind;
      } else if (lengte === 2 && xml.startsWith("si", i)) {
        this.si = begin;
        this.siEind = eind;
      }
      i = eind + 1;
    }
  }
}

/** The non-negative integer in xml[van, tot) (row numbers, style and string indexes). */
function geheel(xml: string, van: number, tot: number): number {
  let n = 0;
  for (let i = van; i < tot; i++) {
    const c = xml.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number(xml.slice(van, tot));
    n = n * 10 + c;
  }
  return n;
}

/** The column of a reference such as "AB12" in xml[van, tot). */
function kolomIn(xml: string, van: number, tot: number): number {
  let k = 0;
  for (let i = van; i < tot; i++) {
    const c = xml.charCodeAt(i);
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

/** The cell type of a t attribute at xml[van, tot) (−1: none) without cutting it out: "s", "b", "e", "d", "n" by their letter. */
function soortIn(xml: string, van: number, tot: number): Soort {
  if (van < 0) return Soort.Getal;
  if (tot - van !== 1) return soortVan(xml.slice(van, tot));
  switch (xml.charCodeAt(van)) {
    case 115: // s
      return Soort.Gedeeld;
    case 98: // b
      return Soort.Logisch;
    case 101: // e
      return Soort.Fout;
    case 100: // d
      return Soort.Datum;
    default:
      return Soort.Getal;
  }
}

/**
 * The number in xml[van, tot), as Number() reads it. A plain decimal of at most 15 digits
 * ("24.5", "31") is read from its characters: the digits as a whole number n < 2^53 (exact)
 * divided by a power of ten of at most 10^22 (exact), and one IEEE division is correctly
 * rounded, so n / 10^k is the double nearest the decimal, which is what Number() gives.
 * Anything else (a sign, an exponent, more digits) goes to Number() itself.
 */
export function getalIn(xml: string, van: number, tot: number): number {
  let n = 0;
  let deler = 1;
  let punt = false;
  let cijfers = 0;
  for (let i = van; i < tot; i++) {
    const c = xml.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      cijfers++;
      if (punt) deler *= 10;
    } else if (c === 46 && !punt) punt = true;
    else return Number(xml.slice(van, tot));
  }
  if (cijfers === 0 || cijfers > 15 || deler > 1e22) return Number(xml.slice(van, tot));
  return punt ? n / deler : n;
}

/**
 * A common cell's value from `i` (just after its start tag): "<v>…</v></c>" with a non-empty value
 * and nothing else. Returns where the value ends (its "</v>"), or −1 for any other form.
 */
function gewoneWaardeEinde(xml: string, i: number, tot: number): number {
  if (xml.charCodeAt(i) !== 60 || xml.charCodeAt(i + 1) !== 118 || xml.charCodeAt(i + 2) !== 62) return -1;
  const b = i + 3;
  let e = b;
  while (xml.charCodeAt(e) !== 60) {
    if (e >= tot) return -1;
    e++;
  }
  // "</v></c>", compared by character (a call per cell costs more than the comparison)
  if (
    e === b ||
    xml.charCodeAt(e + 1) !== 47 ||
    xml.charCodeAt(e + 2) !== 118 ||
    xml.charCodeAt(e + 3) !== 62 ||
    xml.charCodeAt(e + 4) !== 60 ||
    xml.charCodeAt(e + 5) !== 47 ||
    xml.charCodeAt(e + 6) !== 99 ||
    xml.charCodeAt(e + 7) !== 62
  )
    return -1;
  return e;
}

class Scanner {
  private p = ""; // namespace prefix with colon, or ""
  private rijOpen = "<row";
  private rijSluit = "</row>";
  private celOpen = "<c";
  private celSluit = "</c>";
  private vOpen = "<v>";
  private vSluit = "</v>";
  private fOpen = "<f";
  private vorigeRij = 0;
  private readonly a = new Attributen();
  readonly zonderWaarde: ZonderWaarde[] = [];
  /** Formula text and cell of each shared formula's master, by its si. */
  private readonly gedeeldeFormules = new Map<string, { tekst: string; rij: number; kolom: number }>();

  constructor(
    private readonly o: ScanOpties,
    private readonly uit: Celontvanger,
  ) {}

  zetVoorvoegsel(p: string): void {
    this.p = p;
    this.rijOpen = `<${p}row`;
    this.rijSluit = `</${p}row>`;
    this.celOpen = `<${p}c`;
    this.celSluit = `</${p}c>`;
    this.vOpen = `<${p}v>`;
    this.vSluit = `</${p}v>`;
    this.fOpen = `<${p}f`;
  }

  /** Rows complete in `xml` from `van` on; returns where the unfinished rest starts, and whether </sheetData> was reached. */
  rijen(xml: string, van: number, eindeSheetData: string): { verder: number; klaar: boolean } {
    let p = van;
    for (;;) {
      const begin = xml.charCodeAt(p) === 60 ? p : xml.indexOf("<", p); // the next row usually starts right after the last
      if (begin < 0) return { verder: xml.length, klaar: false };
      if (xml.startsWith(eindeSheetData, begin)) return { verder: begin + eindeSheetData.length, klaar: true };
      const tagEinde = xml.indexOf(">", begin);
      if (tagEinde < 0) return { verder: begin, klaar: false };
      if (!xml.startsWith(this.rijOpen, begin)) {
        p = tagEinde + 1; // anything else between rows (none in practice): skip the tag
        continue;
      }
      if (xml.charCodeAt(tagEinde - 1) === 47) {
        this.rij(xml, begin + this.rijOpen.length, tagEinde - 1, 0, 0);
        p = tagEinde + 1;
        continue;
      }
      const sluit = xml.indexOf(this.rijSluit, tagEinde);
      if (sluit < 0) return { verder: begin, klaar: false };
      this.rij(xml, begin + this.rijOpen.length, tagEinde, tagEinde + 1, sluit);
      p = sluit + this.rijSluit.length;
    }
  }

  private rij(xml: string, tagVan: number, tagTot: number, van: number, tot: number): void {
    const a = this.a;
    a.lees(xml, tagVan, tagTot);
    if (a.lastig) {
      const b = attributen(`<row ${xml.slice(tagVan, tagTot)}>`);
      return this.rijMet(b.r !== undefined ? Number(b.r) : this.vorigeRij + 1, b.hidden === "1" || b.hidden === "true", xml, van, tot);
    }
    const nr = a.r >= 0 ? geheel(xml, a.r, a.rEind) : this.vorigeRij + 1;
    const verborgen = a.hidden >= 0 && (xml.startsWith("1", a.hidden) || xml.startsWith("true", a.hidden));
    this.rijMet(nr, verborgen, xml, van, tot);
  }

  private rijMet(nr: number, verborgen: boolean, xml: string, van: number, tot: number): void {
    this.vorigeRij = nr;
    const bereik = this.o.rijen;
    if (bereik && (nr < bereik.van || nr > bereik.tot)) return;
    this.uit.begin(nr, verborgen);
    if (tot > van) this.cellen(xml, van, tot, nr);
    this.uit.einde();
  }

  private cellen(xml: string, van: number, tot: number, nr: number): void {
    const { celOpen, celSluit, a } = this;
    const kolommen = this.o.kolommen;
    const snel = this.p === "";
    let p = van;
    let kolom = 0;
    for (;;) {
      // The next cell usually starts right where the last one ended.
      const begin = snel && xml.charCodeAt(p) === 60 && xml.charCodeAt(p + 1) === 99 ? p : xml.indexOf(celOpen, p);
      if (begin < 0 || begin >= tot) return;
      const naam = begin + celOpen.length;
      const na = xml.charCodeAt(naam);
      if (na !== 32 && na !== 62 && na !== 47 && na !== 9 && na !== 10 && na !== 13) {
        p = naam; // another element starting with "c"
        continue;
      }
      if (snel) {
        const verder = this.gewoneCel(xml, naam, tot, kolom);
        if (verder >= 0) {
          kolom = this.kolom;
          p = verder;
          continue;
        }
      }
      const tagEinde = xml.indexOf(">", begin);
      const leeg = xml.charCodeAt(tagEinde - 1) === 47; // "/>"
      a.lees(xml, naam, leeg ? tagEinde - 1 : tagEinde);
      if (a.lastig) {
        const b = attributen(xml.slice(begin, tagEinde + 1));
        kolom = b.r !== undefined ? kolomVan(b.r) : kolom + 1;
      } else kolom = a.r >= 0 ? kolomIn(xml, a.r, a.rEind) : kolom + 1;
      if (leeg) {
        p = tagEinde + 1; // an empty (formatted) cell
        continue;
      }
      const sluit = xml.indexOf(celSluit, tagEinde);
      p = sluit + celSluit.length;
      if (kolommen && (kolom < kolommen.van || kolom > kolommen.tot)) continue;
      const soort = a.lastig ? soortVan(attributen(xml.slice(begin, tagEinde + 1)).t ?? null) : soortIn(xml, a.t, a.tEind);
      const stijl = a.lastig ? Number(attributen(xml.slice(begin, tagEinde + 1)).s ?? -1) : a.s >= 0 ? geheel(xml, a.s, a.sEind) : -1;
      const w = this.waarde(soort, stijl, xml, tagEinde + 1, sluit, nr, kolom);
      if (w !== null) this.uit.waarde(kolom, w);
    }
  }

  /** The column of the cell `gewoneCel` read last. */
  private kolom = 0;
  /**
   * The common cell read character by character, without a call per attribute or element:
   * <c r="D2" s="1" t="s"><v>5</v></c> (attributes in any order, t "s" or "n" or none, a
   * plain number not in a date style, or a shared string), or an empty <c r="D2" s="1"/>.
   * Returns where the cell ends and sets `kolom`; −1 for any other form (a formula, inline
   * text, another type, an entity, single quotes, a date style, an empty <v/>): the general
   * path reads that cell, and nothing was handed on yet. Its value: gewoneWaardeEinde.
   */
  private gewoneCel(xml: string, van: number, tot: number, vorige: number): number {
    let i = van;
    let kolom = -1;
    let soort = Soort.Getal;
    let stijl = -1;
    for (;;) {
      let c = xml.charCodeAt(i);
      while (c === 32) c = xml.charCodeAt(++i);
      if (c === 62) {
        i++;
        break;
      }
      if (c === 47) {
        if (xml.charCodeAt(i + 1) !== 62) return -1;
        this.kolom = kolom < 0 ? vorige + 1 : kolom; // an empty (formatted) cell
        return i + 2;
      }
      const naam = i;
      while (c !== 61) {
        if (i >= tot || c === 62 || c === 32 || c === 34 || c === 39) return -1;
        c = xml.charCodeAt(++i);
      }
      if (xml.charCodeAt(i + 1) !== 34) return -1;
      let j = i + 2;
      const letter = i - naam === 1 ? xml.charCodeAt(naam) : 0;
      if (letter === 114) {
        // r: column letters, then the row's digits
        let k = 0;
        while ((c = xml.charCodeAt(j)) >= 65 && c <= 90) {
          k = k * 26 + (c - 64);
          j++;
        }
        while ((c = xml.charCodeAt(j)) >= 48 && c <= 57) j++;
        if (c !== 34 || k === 0) return -1;
        kolom = k;
      } else if (letter === 116) {
        // t: "s" (shared string) or "n" (number); any other type goes the general way
        c = xml.charCodeAt(j);
        if (xml.charCodeAt(j + 1) !== 34 || (c !== 115 && c !== 110)) return -1;
        soort = c === 115 ? Soort.Gedeeld : Soort.Getal;
        j++;
      } else if (letter === 115) {
        let n = 0;
        while ((c = xml.charCodeAt(j)) >= 48 && c <= 57) {
          n = n * 10 + (c - 48);
          j++;
        }
        if (c !== 34 || j === i + 2) return -1;
        stijl = n;
      } else {
        while ((c = xml.charCodeAt(j)) !== 34) {
          if (j >= tot || c === 38) return -1;
          j++;
        }
      }
      i = j + 1;
    }
    const e = gewoneWaardeEinde(xml, i, tot);
    if (e < 0) return -1;
    if (soort === Soort.Getal && stijl >= 0 && this.o.datumStijl[stijl]) return -1;
    const k = kolom < 0 ? vorige + 1 : kolom;
    const kolommen = this.o.kolommen;
    if (!kolommen || (k >= kolommen.van && k <= kolommen.tot)) {
      if (soort === Soort.Gedeeld) this.uit.gedeeld(k, geheel(xml, i + 3, e));
      else this.uit.getal(k, getalIn(xml, i + 3, e));
    }
    this.kolom = k;
    return e + 8;
  }

  /**
   * The value of one cell with content; null for none (a formula without result is recorded). A
   * plain number and a shared string go to the receiver at once (no value made), and give null.
   */
  private waarde(soort: Soort, stijl: number, xml: string, van: number, tot: number, nr: number, kolom: number): unknown {
    if (soort === Soort.Inline) return tekstVan(xml.slice(van, tot));
    let formule: string | null = null;
    let v = van;
    if (xml.startsWith(this.fOpen, van)) {
      // <f> comes first in a cell (CT_Cell: f, v, is)
      const inhoud = xml.slice(van, tot);
      formule = this.formule(inhoud, 0, nr, kolom);
      const vb = inhoud.indexOf(this.vOpen);
      v = vb < 0 ? -1 : van + vb;
    } else if (!xml.startsWith(this.vOpen, van)) {
      const vb = xml.slice(van, tot).indexOf(this.vOpen);
      v = vb < 0 ? -1 : van + vb;
    }
    const vEind = v < 0 ? -1 : xml.indexOf(this.vSluit, v);
    const leeg = v < 0 || vEind === v + this.vOpen.length;
    if (formule !== null && leeg && (v < 0 || soort !== Soort.Tekst)) {
      this.zonderWaarde.push({ rij: nr, kolom, formule });
      return null;
    }
    if (v < 0 || (leeg && soort !== Soort.Tekst)) return null;
    const b = v + this.vOpen.length;
    switch (soort) {
      case Soort.Getal: {
        const getal = getalIn(xml, b, vEind);
        if (stijl >= 0 && this.o.datumStijl[stijl]) return excelDatum(getal, this.o.date1904);
        this.uit.getal(kolom, getal);
        return null;
      }
      case Soort.Gedeeld:
        this.uit.gedeeld(kolom, geheel(xml, b, vEind));
        return null;
      case Soort.Tekst: {
        const tekst = xml.slice(b, vEind);
        return tekst.indexOf("&") >= 0 ? xmlTekst(tekst) : tekst;
      }
      case Soort.Logisch:
        return Number(xml.slice(b, vEind)) !== 0;
      case Soort.Fout: {
        const fout = xml.slice(b, vEind);
        return NEDERLANDSE_FOUTWAARDE[fout] ?? fout;
      }
      default:
        return new Date(xml.slice(b, vEind));
    }
  }

  /** The text of the formula starting at `begin` (<f …>text</f> or a shared formula's <f t="shared" si="0"/>). */
  private formule(inhoud: string, begin: number, rij: number, kolom: number): string {
    const tagEinde = inhoud.indexOf(">", begin);
    const tag = inhoud.slice(begin, tagEinde + 1);
    const si = attributen(tag).si;
    let tekst = "";
    if (inhoud.charCodeAt(tagEinde - 1) !== 47) {
      const sluit = inhoud.indexOf(`</${this.p}f>`, tagEinde);
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

/**
 * Scans one sheet part: every row and its cells go to `uit` as soon as they are read.
 * `stukken` are the inflated chunks of the part.
 */
export async function scanBlad(stukken: AsyncIterable<Buffer>, o: ScanOpties, uit: Celontvanger): Promise<ScanUitkomst> {
  const scanner = new Scanner(o, uit);
  const decoder = new Utf8Tekst();
  let rest = "";
  let fase: "kop" | "rijen" | "staart" = "kop";
  let einde = "</sheetData>";
  let staart = "";
  for await (const stuk of stukken) {
    rest = decoder.erbij(rest, stuk);
    if (fase === "kop") {
      const m = /<([\w.-]+:)?sheetData\b[^>]*?(\/?)>/.exec(rest);
      if (!m) continue;
      scanner.zetVoorvoegsel(m[1] ?? "");
      einde = `</${m[1] ?? ""}sheetData>`;
      rest = rest.slice(m.index + m[0].length);
      fase = m[2] === "/" ? "staart" : "rijen";
    }
    if (fase === "rijen") {
      const { verder, klaar } = scanner.rijen(rest, 0, einde);
      rest = rest.slice(verder);
      if (klaar) fase = "staart";
    }
    if (fase === "staart") {
      staart += rest;
      rest = "";
    }
  }
  const samengevoegd = [...staart.matchAll(/<(?:[\w.-]+:)?mergeCell\b[^>]*>/g)]
    .map((m) => attributen(m[0]).ref ?? "")
    .filter((r) => r !== "");
  return { samengevoegd, zonderWaarde: scanner.zonderWaarde };
}
