/**
 * One exceljs cell as a plain JS value, the way the shared reader
 * (src/core/invoer/invoer.ts) expects cells: numbers, strings, booleans, Date, or
 * null for an empty cell. A formula gives its cached result; rich text and
 * hyperlinks give their text; an Excel error value gives the text Dutch Excel
 * shows (#DEEL/0!), so the reader reports FORMULEFOUT with the value the user
 * sees. A formula without a cached result (a file written by a program that
 * does not calculate) cannot be read: `formuleZonderWaarde` names it.
 */
import type { Cell, CellValue } from "exceljs";
import { LEGE_TEKST } from "./uitdunnen";

/**
 * English error codes as stored in the file (ECMA-376 Part 1, 18.18.21 ST_CellErrorType, and
 * the newer dynamic-array errors) → the text Dutch Excel shows (Microsoft Ondersteuning nl-NL,
 * "De foutwaarde #DEEL/0! corrigeren", "#N/B-fout corrigeren", "#OVERLOOP!-fouten in Excel", …).
 * Unknown codes are kept as they are; the reader recognises those too.
 */
export const NEDERLANDSE_FOUTWAARDE: Readonly<Record<string, string>> = {
  "#DIV/0!": "#DEEL/0!",
  "#N/A": "#N/B",
  "#VALUE!": "#WAARDE!",
  "#REF!": "#VERW!",
  "#NAME?": "#NAAM?",
  "#NUM!": "#GETAL!",
  "#NULL!": "#LEEG!",
  "#SPILL!": "#OVERLOOP!",
  "#CALC!": "#BEREKENEN!",
  "#GETTING_DATA": "#GEGEVENS_OPHALEN",
};

export type Celinhoud = { waarde: unknown } | { formuleZonderWaarde: string };

type Waarde = CellValue | { error: string } | { text?: unknown; richText?: Array<{ text?: string }> };

/** The plain value of a cell, or the formula that has no cached result. */
export function celinhoud(cel: Cell, date1904: boolean): Celinhoud {
  const v = cel.value as Waarde;
  if (v !== null && typeof v === "object" && !(v instanceof Date) && ("formula" in v || "sharedFormula" in v)) {
    const resultaat = (v as { result?: unknown }).result;
    if (resultaat === undefined || (typeof resultaat === "number" && Number.isNaN(resultaat))) {
      return { formuleZonderWaarde: formuleTekst(cel) };
    }
    // exceljs turns a date-formatted number into a Date for plain cells, not for formula results.
    if (typeof resultaat === "number" && isDatumFormaat(cel.numFmt)) return { waarde: excelDatum(resultaat, date1904) };
    return { waarde: gewoon(resultaat) };
  }
  return { waarde: gewoon(v) };
}

function formuleTekst(cel: Cell): string {
  try {
    return cel.formula || "…";
  } catch {
    return "…"; // a shared formula whose master cell is missing
  }
}

function gewoon(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v === LEGE_TEKST ? "" : v;
  if (typeof v !== "object" || v instanceof Date) return v;
  const o = v as Record<string, unknown>;
  if (typeof o.error === "string") return NEDERLANDSE_FOUTWAARDE[o.error] ?? o.error;
  if (Array.isArray(o.richText)) return o.richText.map((d: { text?: unknown }) => String(d?.text ?? "")).join("");
  if ("text" in o) return gewoon(o.text); // hyperlink: { text, hyperlink }
  if ("result" in o) return gewoon(o.result);
  return String(v);
}

/** Whether a number format shows a date or time (exceljs' own test: y, m, d, h, s outside quotes and brackets). */
export function isDatumFormaat(formaat: string | undefined): boolean {
  if (!formaat) return false;
  return /[ymdhMsb]/.test(formaat.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/**
 * An Excel serial date as a Date (UTC), in the 1900 or 1904 date system (ECMA-376 Part 1, 18.17.4.1):
 * day 25569 is 1-1-1970, the 1904 system counts 1462 days fewer; as exceljs' utils.excelToDate.
 */
export function excelDatum(serieel: number, date1904: boolean): Date {
  return new Date(Math.round((serieel - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}
