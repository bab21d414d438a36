/**
 * The central financing view (issue 6). Waits for src/core/financiering.ts.
 */
import type { Melding } from "./bediening";
import type { ExcelToegang } from "./excel-toegang";

export function startFinanciering(_excel: ExcelToegang, _melding: Melding): void {
  // Filled in when the core's financing module exists.
}
