/**
 * How many rows to read per request. Excel on the web refuses a request or a
 * response larger than 5 MB ("Resource limits and performance optimization
 * for Office Add-ins", Microsoft Learn: "Excel on the web has a payload size
 * limit for requests and responses of 5MB"). We aim at half of that, assume a
 * generous 64 bytes of JSON per cell (values are mostly short texts and
 * numbers), and keep between 100 and 10.000 rows so that progress moves and
 * cancel answers quickly. When a response is still too large (very long
 * texts), the reader halves the chunk and tries again.
 */

export const EXCEL_WEB_PAYLOADLIMIET_BYTES = 5 * 1024 * 1024;
export const BUDGET_PER_VERZOEK_BYTES = EXCEL_WEB_PAYLOADLIMIET_BYTES / 2;
export const GESCHATTE_BYTES_PER_CEL = 64;
export const MIN_RIJEN_PER_BROK = 100;
export const MAX_RIJEN_PER_BROK = 10_000;

export function rijenPerBrok(kolommen: number, budget = BUDGET_PER_VERZOEK_BYTES): number {
  const perRij = Math.max(1, kolommen) * GESCHATTE_BYTES_PER_CEL;
  return Math.max(MIN_RIJEN_PER_BROK, Math.min(MAX_RIJEN_PER_BROK, Math.floor(budget / perRij)));
}

/** [start, count] pairs that cover `totaal` rows in chunks of at most `grootte`. */
export function brokken(totaal: number, grootte: number): Array<[number, number]> {
  const uit: Array<[number, number]> = [];
  for (let start = 0; start < totaal; start += grootte) uit.push([start, Math.min(grootte, totaal - start)]);
  return uit;
}
