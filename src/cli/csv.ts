/**
 * CSV in and out. In: Dutch Excel CSV (";" between fields, "," as decimal
 * mark) or ","-separated with "." decimals, told apart by the header line;
 * UTF-8 with or without BOM (Windows-1252 when the bytes are not UTF-8, as
 * older Excel saves). Out: what Dutch Excel opens as it saved it.
 */
import { parse } from "csv-parse/sync";
import { BanenFout, type Raster } from "../core";

export type Scheidingsteken = ";" | "," | "\t";

/** Bytes to text: UTF-8 (BOM removed by the parser), else Windows-1252. */
export function decodeer(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** Lines looked at to tell the separator (a title line above the table may have none). */
const SNUFFELREGELS = 20;

/**
 * The separator, from the first lines outside quotes: ";" as soon as one line
 * has it (Dutch Excel; a title like "25,5 uur" has commas but no ";"), else
 * tab, else ",".
 */
export function scheidingstekenVan(tekst: string): Scheidingsteken {
  const tellen: Record<Scheidingsteken, number> = { ";": 0, ",": 0, "\t": 0 };
  let binnenAanhalingstekens = false;
  let regels = 0;
  for (const teken of tekst.replace(/^\uFEFF/, "")) {
    if (teken === '"') binnenAanhalingstekens = !binnenAanhalingstekens;
    else if (!binnenAanhalingstekens && teken === "\n" && ++regels >= SNUFFELREGELS) break;
    else if (!binnenAanhalingstekens && teken in tellen) tellen[teken as Scheidingsteken]++;
  }
  if (tellen[";"] > 0) return ";";
  return tellen["\t"] > 0 && tellen["\t"] >= tellen[","] ? "\t" : ",";
}

const MACHINEGETAL = /^-?\d+(\.\d+)?$/;

/**
 * Text a spreadsheet runs as a formula when it opens a CSV file: "=", "+",
 * "-" or "@" first, or a tab or carriage return (OWASP "CSV injection"). A
 * ministry or sheet named =HYPERLINK("https://…?"&A1;"klik") must not become a
 * live formula in Excel. Such a field is written with a leading apostrophe
 * (Excel shows it as text) and read back without it.
 */
const FORMULE_BEGIN = /^[=+\-@\t\r]/;

/**
 * A CSV file as a grid: the first line is the header row (row 1), record n is
 * row n as Excel shows the file. In a ","-separated file "1.399" is a decimal
 * point number (there is no other decimal mark there), so such cells become numbers.
 */
export function leesCsv(tekst: string, blad: string): Raster {
  const scheiding = scheidingstekenVan(tekst);
  let records: string[][];
  try {
    records = parse(tekst, { delimiter: scheiding, bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (e) {
    const reden = e instanceof Error ? e.message.replace(/^Quote Not Closed:/, "aanhalingsteken niet gesloten:") : String(e);
    throw new BanenFout("ONGELDIG_BESTAND", { reden: `bestand "${blad}" is geen leesbare CSV (${reden}).` });
  }
  const zonderApostrof = (w: string) => (w.startsWith("'") && FORMULE_BEGIN.test(w.slice(1)) ? w.slice(1) : w);
  const alsGetal = scheiding === ";" ? zonderApostrof : (w: string) => (MACHINEGETAL.test(w.trim()) ? Number(w.trim()) : zonderApostrof(w));
  const [koppen = [], ...rijen] = records;
  return { blad, rijIndex: 0, kolomIndex: 0, koppen: koppen.map(zonderApostrof), rijen: rijen.map((r) => r.map(alsGetal)) };
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
