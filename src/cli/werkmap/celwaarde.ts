/**
 * Cell values as the shared reader (src/core/invoer/invoer.ts) expects them: an
 * Excel error value gives the text Dutch Excel shows (#DEEL/0!), so the reader
 * reports FORMULEFOUT with the value the user sees; a number in a date format
 * is a Date, in the 1900 or 1904 date system.
 */

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
