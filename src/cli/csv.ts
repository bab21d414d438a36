/**
 * CSV in and out. In: the separator decided once from all lines
 * (scheidingsteken.ts), fields split by csv-parse, every cell kept as the text
 * it is (the core decides the number marks per column, core/invoer/getalnotatie.ts),
 * rows numbered as the file's lines even when a quoted field runs over several
 * lines. Out: what Dutch Excel opens as it saved it.
 */
import { parse } from "csv-parse/sync";
import { BanenFout, type Beslissing, leegVerslag, type Raster } from "../core";
import { kiesScheidingsteken, type Scheidingsteken, splits } from "./scheidingsteken";

export type { Scheidingsteken } from "./scheidingsteken";

/** Reading choices the user gave (CLI options); by default decided from the file. */
export interface CsvOpties {
  scheidingsteken?: Scheidingsteken;
  /** Decisions taken before the text existed (the encoding), for the reading report. */
  eerder?: Beslissing[];
}

/** csv-parse's error codes in Dutch (its own texts are English). */
const CSV_FOUTEN: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "een aanhalingsteken wordt geopend maar niet gesloten (tot het einde van het bestand)",
  CSV_INVALID_CLOSING_QUOTE: "na een afsluitend aanhalingsteken volgt geen scheidingsteken of regeleinde",
  INVALID_OPENING_QUOTE:
    'een aanhalingsteken midden in een veld zonder aanhalingstekens (schrijf het als "" binnen een veld tussen aanhalingstekens)',
  CSV_INVALID_OPENING_QUOTE:
    'een aanhalingsteken midden in een veld zonder aanhalingstekens (schrijf het als "" binnen een veld tussen aanhalingstekens)',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: "na een afsluitend aanhalingsteken volgt nog tekst in hetzelfde veld",
  CSV_MAX_RECORD_SIZE: "een regel is te lang",
};

/** The error in Dutch, at the line where the quoting breaks (for a quote never closed: where it opened). */
function csvFout(e: unknown, bestand: string, tekst: string, teken: Scheidingsteken): BanenFout {
  const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
  const gemeld = typeof e === "object" && e !== null && "lines" in e ? Number((e as { lines: unknown }).lines) : undefined;
  const regel = splits(tekst, teken).aanhalingFout ?? gemeld;
  const reden = CSV_FOUTEN[code] ?? "de velden zijn niet te scheiden";
  return new BanenFout("CSV_FOUT", { reden }, { blad: bestand, ...(regel ? { rij: regel } : {}) });
}

/** Line breaks inside a record's fields (a quoted field over several lines). */
function regeleinden(velden: readonly string[]): number {
  let n = 0;
  for (const v of velden) if (v.includes("\n") || v.includes("\r")) n += v.match(/\r\n|\r|\n/g)!.length;
  return n;
}

/**
 * Text a spreadsheet runs as a formula when it opens a CSV file: "=", "+",
 * "-" or "@" first, or a tab or carriage return (OWASP "CSV injection"). A
 * ministry or sheet named =HYPERLINK("https://…?"&A1;"klik") must not become a
 * live formula in Excel. Such a field is written with a leading apostrophe
 * (Excel shows it as text) and read back without it.
 */
const FORMULE_BEGIN = /^[=+\-@\t\r]/;

/**
 * A CSV file's text as a grid: the first line is the header row (row 1) and
 * row n is line n of the file; a record that runs over several lines (a
 * quoted field with line breaks) is the row of its first line, and the
 * lines it continues on are empty rows. The reading report holds the
 * separator and the decisions passed in (`eerder`).
 */
export function leesCsv(tekst: string, blad: string, opties: CsvOpties = {}): Raster {
  const zonderBom = tekst.replace(/^\uFEFF/, "");
  const { teken, beslissing } = kiesScheidingsteken(zonderBom, blad, opties.scheidingsteken);
  let records: string[][];
  try {
    records = parse(zonderBom, { delimiter: teken, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (e) {
    throw csvFout(e, blad, zonderBom, teken);
  }
  const zonderApostrof = (w: string) => (w.startsWith("'") && FORMULE_BEGIN.test(w.slice(1)) ? w.slice(1) : w);
  const regels: string[][] = [];
  const vervolg: number[] = [];
  for (const record of records) {
    regels.push(record.map(zonderApostrof));
    for (let n = regeleinden(record); n > 0; n--) {
      regels.push([]);
      vervolg.push(regels.length); // 1-based line (= sheet row) of the continuation
    }
  }
  const [koppen = [], ...rijen] = regels;
  const verslag = leegVerslag(blad);
  verslag.beslissingen.push(...(opties.eerder ?? []), beslissing);
  return { blad, rijIndex: 0, kolomIndex: 0, koppen, rijen, verslag, ...(vervolg.length ? { vervolgRijen: vervolg } : {}) };
}

/** One field for Dutch Excel: quoted when it holds the separator, a quote or a line break. */
function veld(waarde: string | number): string {
  const tekst = typeof waarde === "number" ? String(waarde).replace(".", ",") : FORMULE_BEGIN.test(waarde) ? `'${waarde}` : waarde;
  return /[;"\r\n]/.test(tekst) ? `"${tekst.replace(/"/g, '""')}"` : tekst;
}

/** Rows as Dutch Excel CSV: BOM (so Excel reads UTF-8), ";" between fields, CRLF, every row as wide as the widest (as Excel saves). */
export function csvTekst(rijen: readonly (readonly (string | number)[])[]): string {
  const breedte = Math.max(0, ...rijen.map((r) => r.length));
  const regel = (r: readonly (string | number)[]) => [...r, ...Array<string>(breedte - r.length).fill("")].map(veld).join(";");
  return `\uFEFF${rijen.map(regel).join("\r\n")}\r\n`;
}
