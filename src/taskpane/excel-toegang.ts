/**
 * The ONLY modules that talk to Excel (Excel.run) are this one and the two it
 * assembles: excel-lezen.ts (the workbook overview, a range read in chunks
 * with its hidden rows) and excel-schrijven.ts (a write plan carried out on a
 * new sheet in three requests, cleaned up when one fails). Narrow on purpose;
 * everything else in the pane is plain TypeScript over the core.
 */
import type { Raster } from "../core/invoer";
import * as lezen from "./excel-lezen";
import * as schrijven from "./excel-schrijven";
import { PaneFout, excelReden } from "./pane-fout";
import type { UitvoerPlan } from "./uitvoer-plan";

/** The part of the Excel global we use; injectable for tests. */
export interface ExcelRun {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** Excel.run bound to the host: what the reading and writing modules are given. */
export type Uitvoerder = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export type Bron = { soort: "selectie" } | { soort: "tabel"; naam: string } | { soort: "blad"; naam: string };

export interface Werkmapoverzicht {
  bladen: Array<{ naam: string; gebruikt: string | null }>;
  tabellen: Array<{ naam: string; blad: string }>;
  selectie: { blad: string; adres: string } | null;
}

/** What the pane read: the shared reader's grid (core/invoer.ts) plus where it came from. */
export interface GelezenBereik extends Raster {
  /** Data rows that are hidden or filtered out: 1-based sheet row numbers, ascending (always known in Excel). */
  verborgenRijen: number[];
  /** What was read, for the pane ("Personen!A1:D4814"). */
  adres: string;
  verzoeken: number;
}

export interface LeesOpties {
  /** Called once the size is known and after every chunk: data rows read so far and their total (the header row is not counted). */
  voortgang?: (gelezen: number, totaal: number) => void;
  /** Polled before every request; true stops reading with PaneFout "geannuleerd". */
  geannuleerd?: () => boolean;
  /** Override the chunk size (tests). */
  rijenPerBrok?: number;
}

export interface SchrijfOpties {
  /** Called before the first and after every request: requests done and the total (3). */
  voortgang?: (gedaan: number, totaal: number) => void;
}

export interface SchrijfResultaat {
  blad: string;
  tabel: string;
  grafiek: boolean;
  /** The print setup (orientation, fit to page width, print area) was set; false where Excel lacks ExcelApi 1.9. */
  afdruk: boolean;
  verzoeken: number;
}

export interface ExcelToegang {
  overzicht(): Promise<Werkmapoverzicht>;
  lees(bron: Bron, opties?: LeesOpties): Promise<GelezenBereik>;
  bladBestaat(naam: string): Promise<boolean>;
  schrijf(plan: UitvoerPlan, opties?: SchrijfOpties): Promise<SchrijfResultaat>;
  /** A plain data sheet with an Excel table (the sample data); a new sheet with a unique name. */
  schrijfGegevens(
    gegevens: { bladnaam: string; tabelnaam: string; rijen: unknown[][] },
    opties?: SchrijfOpties,
  ): Promise<{ blad: string; tabel: string }>;
  verwijderBlad(naam: string): Promise<void>;
  /** Shows a cell to the user (from the error list): activates its sheet and selects it. */
  selecteer(blad: string, adres: string): Promise<void>;
}

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
  };
}
