/**
 * Single cells of a grid read from a sheet or a file: A1 addresses, empty
 * cells and rows, Excel error values, dates, and numbers read with the place
 * of their cell. Used by the shared readers (invoer.ts, invoer-gedrukt.ts).
 */
import { Decimal } from "../basis/decimaal";
import { BanenFout, type Plaats } from "../basis/fouten";
import { leesNietNegatief } from "../basis/getal";

/** Column letters from a 0-based index: 0 → A, 26 → AA. */
export function kolomLetters(kolom: number): string {
  let letters = "";
  for (let n = kolom + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "C7" from 0-based row and column. */
export function celAdres(rij: number, kolom: number): string {
  return `${kolomLetters(kolom)}${rij + 1}`;
}

/** "A3:G16" (or "A1" for one cell) for a block of `rijen` × `kolommen` cells from 0-based (rij, kolom). */
export function bereik(rij: number, kolom: number, rijen: number, kolommen: number): string {
  const links = celAdres(rij, kolom);
  const rechts = celAdres(rij + rijen - 1, kolom + kolommen - 1);
  return links === rechts ? links : `${links}:${rechts}`;
}

/** 0-based block of an A1 address on one sheet ("G4:G16", "A1", "$B$2:$C$3"); null when it is no address. */
export function leesCelbereik(adres: string): { rij: number; kolom: number; rijen: number; kolommen: number } | null {
  const punt = (p: string) => {
    const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(p.trim().toUpperCase());
    if (!m || Number(m[2]) < 1) return null;
    let kolom = 0;
    for (const ch of m[1]!) kolom = kolom * 26 + (ch.charCodeAt(0) - 64);
    return { rij: Number(m[2]) - 1, kolom: kolom - 1 };
  };
  const [links = "", rechts = links, ...rest] = adres.split(":");
  const a = punt(links);
  const b = punt(rechts);
  if (!a || !b || rest.length > 0) return null;
  return {
    rij: Math.min(a.rij, b.rij),
    kolom: Math.min(a.kolom, b.kolom),
    rijen: Math.abs(b.rij - a.rij) + 1,
    kolommen: Math.abs(b.kolom - a.kolom) + 1,
  };
}

/**
 * The plain value of a cell. Spreadsheet libraries (exceljs) give some cells
 * as objects: a formula with its result, rich text, a hyperlink. Error values
 * stay objects ({ error }) so that `foutwaarde` can name them.
 */
export function celWaarde(w: unknown): unknown {
  if (w === null || typeof w !== "object" || w instanceof Date || w instanceof Decimal) return w;
  const o = w as Record<string, unknown>;
  if ("error" in o) return o;
  if ("result" in o) return celWaarde(o.result);
  if (Array.isArray(o.richText)) return o.richText.map((d: { text?: unknown }) => String(d?.text ?? "")).join("");
  if ("text" in o) return celWaarde(o.text);
  return w;
}

/**
 * Excel error values, in any language Excel speaks here: "#DIV/0!" and
 * "#DEEL/0!", "#N/A" and "#N/B", "#VALUE!" and "#WAARDE!", "#NAME?" and "#NAAM?".
 * A pattern, not a list, so that new error values (#SPILL!, #CALC!, …) are caught too.
 */
const FOUTWAARDE = /^#(?:[A-Z][A-Z_/0-9.]*[!?]|N\/[AB]|GETTING_DATA|GEGEVENS_OPHALEN)$/i;

/** The Excel error value in a cell ("#DEEL/0!"), or null. */
export function foutwaarde(w: unknown): string | null {
  const v = celWaarde(w);
  if (v !== null && typeof v === "object" && "error" in (v as object)) return String((v as { error: unknown }).error);
  if (typeof v === "string" && FOUTWAARDE.test(v.trim())) return v.trim();
  return null;
}

const DATUMTEKST = /^(\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{1,2}-\d{1,2})([ T]\d{1,2}:\d{2}(:\d{2})?)?$/;

/** A date in a cell, as the user would write it ("1-4-2023"), or null. */
export function datumIn(w: unknown): string | null {
  const v = celWaarde(w);
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? "ongeldige datum" : `${v.getUTCDate()}-${v.getUTCMonth() + 1}-${v.getUTCFullYear()}`;
  }
  if (typeof v === "string" && DATUMTEKST.test(v.trim())) return v.trim();
  return null;
}

export function isLeeg(w: unknown): boolean {
  const v = celWaarde(w);
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** True when every cell of the row is empty (a missing or short row counts as empty). */
export function isLegeRij(rij: readonly unknown[] | undefined): boolean {
  if (!rij) return true;
  // A plain loop stops at the first filled cell; sparse rows give undefined, which is empty.
  for (let i = 0; i < rij.length; i++) if (!isLeeg(rij[i])) return false;
  return true;
}

/**
 * Number of rows up to and including the last row with data. A sheet may
 * report a million empty rows after the data (formatting, a filter, a
 * deleted block); they are trimmed from the end, so only those rows are looked at.
 */
export function gevuldeLengte(rijen: readonly (readonly unknown[] | undefined)[]): number {
  let n = rijen.length;
  while (n > 0 && isLegeRij(rijen[n - 1])) n--;
  return n;
}

/**
 * A number cell that must be 0 or more. Error values give FORMULEFOUT, dates
 * DATUM_IN_GETAL; text is read as a Dutch number ("1.399,5"). Empty cells give
 * `leeg` (e.g. 0 for "no realisatie", or undefined for "not given").
 */
export function leesGetalCel<T extends Decimal | undefined>(w: unknown, plaats: Plaats, leeg: T): Decimal | T {
  const fout = foutwaarde(w);
  if (fout !== null) throw new BanenFout("FORMULEFOUT", { waarde: fout, verwacht: "een getal" }, plaats);
  const datum = datumIn(w);
  if (datum !== null) throw new BanenFout("DATUM_IN_GETAL", { waarde: datum }, plaats);
  if (isLeeg(w)) return leeg;
  return leesNietNegatief(celWaarde(w), plaats);
}

/** A text cell (a name, a choice, a footnote); error values give FORMULEFOUT. */
export function leesTekstCel(w: unknown, plaats: Plaats, verwacht: string): string {
  const fout = foutwaarde(w);
  if (fout !== null) throw new BanenFout("FORMULEFOUT", { waarde: fout, verwacht }, plaats);
  const v = celWaarde(w);
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return datumIn(v) ?? "";
  return String(v).trim();
}

/**
 * A ministry name as it goes into the table: without invisible formatting
 * characters (zero-width spaces, joiners, soft hyphens, byte order marks,
 * bidirectional overrides such as U+202E, which make "\u202eZA" look like "AZ")
 * and without surrounding spaces (also non-breaking).
 */
export function ministerieNaam(tekst: string): string {
  return tekst.replace(/\p{Cf}/gu, "").trim();
}

/** A header as the reader compares it: lower case, single spaces, no footnote markers. */
export function normaleKop(kop: unknown): string {
  return String(celWaarde(kop) ?? "")
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹˒]+/gu, " ")
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .toLocaleLowerCase("nl");
}
