/**
 * The small parts of a workbook that say how to read the sheets, read as
 * text with patterns (they are machine-written and small): the date system
 * (xl/workbook.xml workbookPr, ECMA-376 Part 1, 18.2.28), which cell styles
 * show dates (xl/styles.xml cellXfs and numFmts, 18.8.10 / 18.8.30), the
 * shared strings (18.4.8 sst, rich text runs 18.4.4, phonetic runs 18.4.6
 * left out as Excel shows the cell), and a sheet's Excel tables (18.5.1).
 */
import { attributen, xmlTekst } from "./bladen";
import { isDatumFormaat } from "./celwaarde";
import { Tekstblokken } from "./tekstblokken";
import { isWit } from "./xml-bytes";

/** `_x000D_`-style escapes of characters XML cannot hold (ECMA-376 Part 1, 22.9.2.19 ST_Xstring), as exceljs decodes them. */
export function xstring(tekst: string): string {
  const t = tekst.indexOf("&") >= 0 ? xmlTekst(tekst) : tekst;
  return t.indexOf("_x") >= 0 ? t.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : t;
}

/** Whether the workbook counts dates from 1904 (Excel for Mac's old default). */
export function isDatum1904(werkmapXml: string): boolean {
  const m = /<(?:[\w.-]+:)?workbookPr\b[^>]*>/.exec(werkmapXml);
  if (!m) return false;
  const w = attributen(m[0]).date1904;
  return w === "1" || w === "true";
}

/**
 * Built-in number formats that show a date or time (ECMA-376 Part 1, 18.8.30: 14–22 and
 * 45–47; 27–36 and 50–58 are the East Asian date formats).
 */
function isIngebouwdeDatum(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** Per cell style index (the `s` of a cell): does it show a date? */
export function datumStijlen(stijlenXml: string | undefined): boolean[] {
  if (!stijlenXml) return [];
  const formaten = new Map<number, string>();
  for (const m of stijlenXml.matchAll(/<(?:[\w.-]+:)?numFmt\b[^>]*>/g)) {
    const a = attributen(m[0]);
    if (a.numFmtId !== undefined && a.formatCode !== undefined) formaten.set(Number(a.numFmtId), a.formatCode);
  }
  const blok = /<((?:[\w.-]+:)?)cellXfs\b[^>]*>([\s\S]*?)<\/\1cellXfs>/.exec(stijlenXml);
  if (!blok) return [];
  const uit: boolean[] = [];
  for (const m of blok[2]!.matchAll(/<(?:[\w.-]+:)?xf\b[^>]*>/g)) {
    const id = Number(attributen(m[0]).numFmtId ?? 0);
    const eigen = formaten.get(id);
    uit.push(eigen !== undefined ? isDatumFormaat(eigen) : isIngebouwdeDatum(id));
  }
  return uit;
}

/** The text of one <si> or <is>: its <t> elements outside phonetic runs, joined. */
export function tekstVan(inhoud: string): string {
  const zonderFonetisch = inhoud.indexOf("rPh") >= 0 ? inhoud.replace(/<((?:[\w.-]+:)?)rPh\b[\s\S]*?<\/\1rPh>/g, "") : inhoud;
  let uit = "";
  for (const m of zonderFonetisch.matchAll(/<((?:[\w.-]+:)?)t\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1t>)/g)) uit += m[2] ?? "";
  return xstring(uit);
}

/** The <si> tags with the table's namespace prefix, as bytes. */
interface SiNamen {
  open: Buffer;
  sluit: Buffer;
  zonderVoorvoegsel: boolean;
}

/**
 * The shared string table, streamed: each <si> is read from the inflated bytes as soon as it is
 * complete and kept compactly (tekstblokken.ts); only the texts are decoded, and the part's XML
 * is never held whole.
 */
export async function leesGedeeldeTeksten(stukken: AsyncIterable<Buffer>): Promise<Tekstblokken> {
  const teksten = new Tekstblokken();
  let rest: Buffer | null = null;
  let namen: SiNamen | null = null;
  for await (const stuk of stukken) {
    const b: Buffer = rest === null ? stuk : Buffer.concat([rest, stuk]);
    rest = null;
    if (namen === null) {
      const m = /<((?:[\w.-]+:)?)sst\b/.exec(b.toString("latin1"));
      if (!m) {
        rest = b;
        continue;
      }
      const p = m[1]!;
      namen = { open: Buffer.from(`<${p}si`, "latin1"), sluit: Buffer.from(`</${p}si>`, "latin1"), zonderVoorvoegsel: p === "" };
    }
    rest = b.subarray(leesTeksten(b, namen, teksten));
  }
  return teksten;
}

/** The complete <si> elements in b, added to `teksten`; returns where the unfinished rest starts. */
function leesTeksten(b: Buffer, n: SiNamen, teksten: Tekstblokken): number {
  const { open, sluit } = n;
  let p = 0;
  for (;;) {
    const begin = n.zonderVoorvoegsel && b[p] === 60 && b[p + 1] === 115 && b[p + 2] === 105 ? p : b.indexOf(open, p); // the next <si> usually follows the last at once
    if (begin < 0) return Math.max(p, b.length - open.length); // "<s" may end the chunk
    if (n.zonderVoorvoegsel) {
      const verder = gewoneTekst(b, begin, teksten);
      if (verder === -2) return begin; // the chunk ends inside it
      if (verder >= 0) {
        p = verder;
        continue;
      }
    }
    const na = b[begin + open.length];
    if (na === undefined || (na === 47 && b[begin + open.length + 1] === undefined)) return begin; // the tag continues in the next chunk
    if (na === 47 && b[begin + open.length + 1] === 62) {
      teksten.voegToe(""); // <si/>
      p = begin + open.length + 2;
      continue;
    }
    if (na !== 62 && !isWit(na)) {
      p = begin + open.length; // another element whose name starts with "si"
      continue;
    }
    const eind = b.indexOf(sluit, begin);
    if (eind < 0) return begin;
    teksten.voegToe(eenTekst(b.toString("utf8", b.indexOf(62, begin) + 1, eind)));
    p = eind + sluit.length;
  }
}

/**
 * The common <si><t>text</t></si> at `begin`, read byte by byte (no call per element): the
 * text is added and the position after </si> returned; −2 when it runs to the end of `b` (the
 * rest comes in the next chunk); −1 for any other form (the general way).
 */
function gewoneTekst(b: Buffer, begin: number, teksten: Tekstblokken): number {
  // "<si><t>"
  if (b[begin + 3] !== 62 || b[begin + 4] !== 60 || b[begin + 5] !== 116 || b[begin + 6] !== 62) return b.length <= begin + 6 ? -2 : -1;
  const van = begin + 7;
  let i = van;
  let bijzonder = false; // an entity or an _xHHHH_ escape: xstring decodes them
  for (;;) {
    const c = b[i];
    if (c === 60) break;
    if (c === undefined) return -2;
    if (c === 38 || c === 95) bijzonder = true;
    i++;
  }
  if (b.length <= i + 8) return -2;
  // "</t></si>"
  if (
    b[i + 1] !== 47 ||
    b[i + 2] !== 116 ||
    b[i + 3] !== 62 ||
    b[i + 4] !== 60 ||
    b[i + 5] !== 47 ||
    b[i + 6] !== 115 ||
    b[i + 7] !== 105 ||
    b[i + 8] !== 62
  )
    return -1;
  const tekst = b.toString("utf8", van, i);
  teksten.voegToe(bijzonder ? xstring(tekst) : tekst);
  return i + 9;
}

/** The text of one <si>'s content: the common <t>text</t> (also <t xml:space="preserve">) read in place, any other form by tekstVan. */
function eenTekst(inhoud: string): string {
  if (inhoud.charCodeAt(0) === 60 && inhoud.charCodeAt(1) === 116) {
    const na = inhoud.charCodeAt(2);
    const open = na === 62 ? 2 : na === 32 ? inhoud.indexOf(">") : -1;
    if (open > 0 && inhoud.charCodeAt(open - 1) !== 47) {
      const lt = inhoud.indexOf("<", open);
      if (lt === inhoud.length - 4 && inhoud.startsWith("</t>", lt)) return xstring(inhoud.slice(open + 1, lt));
    }
  }
  return tekstVan(inhoud);
}

export interface TabelDeel {
  /** e.g. "A1:D250001". */
  ref: string;
  naam: string;
  metKop: boolean;
  metTotaal: boolean;
  kolomnamen: string[];
}

/** One Excel table part (xl/tables/tableN.xml); headerRowCount defaults to 1, totalsRowCount to 0 (18.5.1.2). */
export function leesTabelDeel(xml: string): TabelDeel | null {
  const m = /<(?:[\w.-]+:)?table\b[^>]*>/.exec(xml);
  if (!m) return null;
  const a = attributen(m[0]);
  if (!a.ref) return null;
  const kolomnamen = [...xml.matchAll(/<(?:[\w.-]+:)?tableColumn\b[^>]*>/g)].map((k) => attributen(k[0]).name ?? "");
  return {
    ref: a.ref,
    naam: a.displayName ?? a.name ?? "",
    metKop: a.headerRowCount === undefined || Number(a.headerRowCount) > 0,
    metTotaal: Number(a.totalsRowCount ?? 0) > 0,
    kolomnamen,
  };
}

/** Relationship targets of one type from a .rels part, resolved against the folder of the part they belong to. */
export function relatieDoelen(relsXml: string, type: RegExp, map: string): string[] {
  const uit: string[] = [];
  for (const m of relsXml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const a = attributen(m[0]);
    if (!a.Target || !type.test(a.Type ?? "") || a.TargetMode === "External") continue;
    uit.push(deelNaam(a.Target, map));
  }
  return uit;
}

/** "../tables/table1.xml" from "xl/worksheets" → "xl/tables/table1.xml"; "/xl/tables/table1.xml" (absolute, as openpyxl writes) → "xl/tables/table1.xml". */
export function deelNaam(doel: string, map: string): string {
  if (doel.startsWith("/")) return doel.slice(1);
  const delen = map.split("/").filter((d) => d !== "");
  for (const d of doel.split("/")) {
    if (d === "..") delen.pop();
    else if (d !== "." && d !== "") delen.push(d);
  }
  return delen.join("/");
}
