/**
 * Selecting the rows behind a figure in Excel ("Toon rijen", issue 17). Only
 * activates a sheet and selects: never a change to the data, no filter (a
 * filter would hide rows of the user's table, and this pane's own reader
 * refuses hidden rows). Microsoft's reference for the Excel JavaScript API:
 * - Worksheet.getRanges(address) gives a RangeAreas for "A2:D2, A7:D9"
 *   (ExcelApi 1.9), and RangeAreas.select() selects it in the Excel UI
 *   (ExcelApi 1.18). Where Excel lacks 1.18 only one rectangle can be selected
 *   (Range.select, ExcelApi 1.1): then the first area is selected, and the view
 *   says so and offers the next.
 * - No documented limit for the address string; rijselectie.ts keeps each well
 *   below where office-js issue #5198 saw InvalidArgument, and a selection that
 *   Excel refuses with InvalidArgument all the same is halved until it is taken.
 */
import { ondersteunt } from "./excel-schrijven";
import { PaneFout, excelReden, officeFoutCode } from "./pane-fout";
import { SCHEIDING } from "./rijselectie";
import type { Uitvoerder } from "./excel-typen";

/** Whether this Excel can select several areas at once (RangeAreas.select, ExcelApi 1.18). */
export function kanMeerdereSelecteren(): boolean {
  return ondersteunt("ExcelApi", "1.18");
}

/**
 * Activates `blad` and selects the areas `adressen` (without the sheet), as many from the start as
 * Excel takes in one selection; returns how many that were (at least 1). Throws PaneFout "bron" when
 * the sheet is gone or Excel refuses even one area.
 */
export async function selecteerGebieden(run: Uitvoerder, blad: string, adressen: readonly string[]): Promise<number> {
  if (adressen.length === 0) return 0;
  // Guarded as scripts/api-vereisten.js reads it: the 1.18 call only inside `if (meervoudig …)`.
  const meervoudig = ondersteunt("ExcelApi", "1.18");
  let aantal = meervoudig ? adressen.length : 1;
  for (;;) {
    try {
      await run(async (context) => {
        const werkblad = context.workbook.worksheets.getItem(blad);
        werkblad.activate();
        if (meervoudig && aantal > 1) {
          werkblad.getRanges(adressen.slice(0, aantal).join(SCHEIDING)).select();
        } else {
          werkblad.getRange(adressen[0]).select();
        }
        // One request per try: a retry (half the areas) comes only after Excel refused the last one.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      });
      return aantal;
    } catch (e) {
      if (officeFoutCode(e) === "InvalidArgument" && aantal > 1) {
        aantal = Math.ceil(aantal / 2);
        continue;
      }
      throw new PaneFout("bron", `De rijen op blad "${blad}" kunnen niet worden geselecteerd: ${excelReden(e)}.`, e);
    }
  }
}
