/**
 * The ONLY modules that talk to Excel (Excel.run) are this one and the three it
 * assembles: excel-lezen.ts (the workbook overview, a range read in chunks
 * with its hidden rows), excel-schrijven.ts (a write plan carried out on a
 * new sheet in three requests, cleaned up when one fails) and excel-selectie.ts
 * (the rows behind a figure selected, "Toon rijen"). Narrow on purpose;
 * everything else in the pane is plain TypeScript over the core.
 */
import * as lezen from "./excel-lezen";
import * as schrijven from "./excel-schrijven";
import * as selectie from "./excel-selectie";
import { PaneFout, excelReden } from "./pane-fout";

export type * from "./excel-typen";
import type { ExcelRun, ExcelToegang, Uitvoerder } from "./excel-typen";

function standaardExcel(): ExcelRun {
  const excel = (globalThis as { Excel?: ExcelRun }).Excel;
  if (!excel || typeof excel.run !== "function") {
    throw new PaneFout("geen-excel", "Excel is niet beschikbaar. Open dit taakvenster in Excel (bureaublad of op het web).");
  }
  return excel;
}

export function maakExcelToegang(excel?: ExcelRun): ExcelToegang {
  const run: Uitvoerder = (batch) => (excel ?? standaardExcel()).run(batch);

  async function bladBestaat(naam: string): Promise<boolean> {
    // Sheet names compare without regard to case, as in Excel.
    return run(async (context) => {
      const bladen = context.workbook.worksheets.load("items/name");
      await context.sync();
      const gezocht = naam.toLocaleLowerCase("nl");
      return bladen.items.some((b) => b.name.toLocaleLowerCase("nl") === gezocht);
    });
  }

  async function verwijderBlad(naam: string): Promise<void> {
    await run(async (context) => {
      context.workbook.worksheets.getItem(naam).delete();
      await context.sync();
    });
  }

  async function selecteer(blad: string, adres: string): Promise<void> {
    try {
      await run(async (context) => {
        const werkblad = context.workbook.worksheets.getItem(blad);
        werkblad.activate();
        werkblad.getRange(adres).select();
        await context.sync();
      });
    } catch (e) {
      throw new PaneFout("bron", `Cel ${adres} op blad "${blad}" kan niet worden getoond: ${excelReden(e)}.`, e);
    }
  }

  return {
    overzicht: () => lezen.overzicht(run),
    lees: (bron, opties) => lezen.lees(run, bron, opties),
    bladBestaat,
    schrijf: (plan, opties) => schrijven.schrijf(run, plan, opties),
    schrijfGegevens: (gegevens, opties) => schrijven.schrijfGegevens(run, gegevens, opties),
    verwijderBlad,
    selecteer,
    selecteerGebieden: (blad, adressen) => selectie.selecteerGebieden(run, blad, adressen),
    kanMeerdereSelecteren: selectie.kanMeerdereSelecteren,
  };
}
