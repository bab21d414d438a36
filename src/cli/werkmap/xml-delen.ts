/**
 * The small parts of a workbook that say how to read the sheets, read as
 * text with patterns (they are machine-written and small): the date system
 * (xl/workbook.xml workbookPr, ECMA-376 Part 1, 18.2.28), which cell styles
 * show dates (xl/styles.xml cellXfs and numFmts, 18.8.10 / 18.8.30), the
 * shared strings (18.4.8 sst, rich text runs 18.4.4, phonetic runs 18.4.6
 * left out as Excel shows the cell), and a sheet's Excel tables (18.5.1).
 */
import { Utf8Tekst } from "./utf8-tekst";
import { attributen, xmlTekst } from "./bladen";
import { isDatumFormaat } from "./celwaarde";
import { Tekstblokken } from "./tekstblokken";

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

/**
 * The shared string table, streamed: each <si> is read as soon as it is complete and kept
 * compactly (tekstblokken.ts); the part's XML is never held whole.
 */
export async function leesGedeeldeTeksten(stukken: AsyncIterable<Buffer>): Promise<Tekstblokken> {
  const teksten = new Tekstblokken();
  const decoder = new Utf8Tekst();
  let rest = "";
  let sluit: string | null = null;
  let open = "";
  for await (const stuk of stukken) {
    rest = decoder.erbij(rest, stuk);
    if (sluit === null) {
      const m = /<((?:[\w.-]+:)?)sst\b/.exec(rest);
      if (!m) continue;
      open = `<${m[1]}si`;
      sluit = `</${m[1]}si>`;
    }
    let p = 0;
    const zonderVoorvoegsel = open === "<si";
    for (;;) {
      const begin =
        zonderVoorvoegsel && rest.charCodeAt(p) === 60 && rest.charCodeAt(p + 1) === 115 && rest.charCodeAt(p + 2) === 105
          ? p // the next <si> usually follows the last at once
          : rest.indexOf(open, p);
      if (begin < 0) break;
      if (zonderVoorvoegsel) {
        const verder = gewoneTekst(rest, begin, teksten);
        if (verder === -2) break; // the chunk ends inside it
        if (verder >= 0) {
          p = verder;
          continue;
        }
      }
      const na = rest.charCodeAt(begin + open.length);
      const leeg = rest.startsWith("/>", begin + open.length);
      if (leeg) {
        teksten.voegToe("");
        p = begin + open.length + 2;
        continue;
      }
      if (na !== 62 /* > */ && na !== 32 && na !== 9 && na !== 10 && na !== 13) {
        if (Number.isNaN(na)) break; // the name may continue in the next chunk
        p = begin + open.length;
        continue;
      }
      const eind = rest.indexOf(sluit, begin);
      if (eind < 0) break;
      teksten.voegToe(eenTekst(rest, rest.indexOf(">", begin) + 1, eind));
      p = eind + sluit.length;
    }
    rest = rest.slice(p);
  }
  return teksten;
}

/**
 * The common <si><t>text</t></si> at `begin`, read character by character (no call per
 * element): the text is added and the position after </si> returned; −2 when the text runs to
 * the end of `xml` (the rest comes in the next chunk); −1 for any other form (the general way).
 */
function gewoneTekst(xml: string, begin: number, teksten: Tekstblokken): number {
  // "<si><t>"
  if (
    xml.charCodeAt(begin + 3) !== 62 ||
    xml.charCodeAt(begin + 4) !== 60 ||
    xml.charCodeAt(begin + 5) !== 116 ||
    xml.charCodeAt(begin + 6) !== 62
  )
    return Number.isNaN(xml.charCodeAt(begin + 6)) ? -2 : -1;
  const van = begin + 7;
  let i = van;
  let bijzonder = false; // an entity or an _xHHHH_ escape: xstring decodes them
  for (;;) {
    const c = xml.charCodeAt(i);
    if (c === 60) break;
    if (c !== c) return -2; // NaN: the end of the chunk
    if (c === 38 || c === 95) bijzonder = true;
    i++;
  }
  // "</t></si>"
  if (
    xml.charCodeAt(i + 1) !== 47 ||
    xml.charCodeAt(i + 2) !== 116 ||
    xml.charCodeAt(i + 3) !== 62 ||
    xml.charCodeAt(i + 4) !== 60 ||
    xml.charCodeAt(i + 5) !== 47 ||
    xml.charCodeAt(i + 6) !== 115 ||
    xml.charCodeAt(i + 7) !== 105 ||
    xml.charCodeAt(i + 8) !== 62
  )
    return Number.isNaN(xml.charCodeAt(i + 8)) ? -2 : -1;
  const tekst = xml.slice(van, i);
  teksten.voegToe(bijzonder ? xstring(tekst) : tekst);
  return i + 9;
}

/** Fast path for the common <si><t>text</t></si> (also <t xml:space="preserve">), read in place. */
function eenTekst(xml: string, van: number, tot: number): string {
  if (xml.charCodeAt(van) === 60 && xml.charCodeAt(van + 1) === 116) {
    const na = xml.charCodeAt(van + 2);
    const open = na === 62 ? van + 2 : na === 32 ? xml.indexOf(">", van) : -1;
    if (open > 0 && open < tot && xml.charCodeAt(open - 1) !== 47) {
      const lt = xml.indexOf("<", open);
      if (lt === tot - 4 && xml.startsWith("</t>", lt)) return xstring(xml.slice(open + 1, lt));
    }
  }
  return tekstVan(xml.slice(van, tot));
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
