/**
 * The types of the pane's Excel module (excel-toegang.ts), in their own file so
 * that its two halves (excel-lezen.ts, excel-schrijven.ts) can use them without
 * importing the module that assembles them.
 */
import type { Raster } from "../core/invoer/raster";
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

/** What the pane read: the shared reader's grid (core/invoer/invoer.ts) plus where it came from. */
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
  /** A chart was asked for but not made: Excel lacks ExcelApi 1.8 (chart series and axis number format). */
  grafiekOvergeslagen: boolean;
  /** The print setup (orientation, fit to page width, print area) was set; false where Excel lacks ExcelApi 1.9. */
  afdruk: boolean;
  verzoeken: number;
}

export interface ExcelToegang {
  overzicht(): Promise<Werkmapoverzicht>;
  lees(bron: Bron, opties?: LeesOpties): Promise<GelezenBereik>;
  bladBestaat(naam: string): Promise<boolean>;
  schrijf(plan: UitvoerPlan, opties?: SchrijfOpties): Promise<SchrijfResultaat>;
  /**
   * A plain data sheet with an Excel table (the sample data, the Herkomst sheet); a new sheet with a
   * unique name, right after the sheet `naBlad` when that is given and still there (else at the end).
   */
  schrijfGegevens(
    gegevens: { bladnaam: string; tabelnaam: string; rijen: unknown[][]; naBlad?: string },
    opties?: SchrijfOpties,
  ): Promise<{ blad: string; tabel: string }>;
  verwijderBlad(naam: string): Promise<void>;
  /** Shows a cell to the user (from the error list): activates its sheet and selects it. */
  selecteer(blad: string, adres: string): Promise<void>;
  /**
   * Shows rows to the user ("Toon rijen"): activates the sheet and selects the areas ("A2:D2", "A7:D9"),
   * as many from the start as Excel takes in one selection (all, or fewer: one where Excel lacks
   * ExcelApi 1.18); returns how many. Never changes the data.
   */
  selecteerGebieden(blad: string, adressen: readonly string[]): Promise<number>;
  /** Whether Excel can select several areas at once (ExcelApi 1.18). */
  kanMeerdereSelecteren(): boolean;
}
