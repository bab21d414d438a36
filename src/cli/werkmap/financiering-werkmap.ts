/**
 * A centrale financiering as an .xlsx workbook: the sheet the task pane
 * writes, from the one layout (core/financiering/opmaak: `financieringPlan`;
 * core/financiering/bron: title with the quarter and the notes on the
 * source) carried out with exceljs (./blad-plan) — title, an Excel table
 * (ministries, bold total row), the summary (label in A, value in B), the
 * verdict and the footnotes, with the print setup. Written atomically; an
 * existing file only with `overschrijf`.
 */
import type ExcelJS from "exceljs";
import { Workbook } from "../../io/exceljs";
import { type FinancieringRaster, financieringPlan } from "../../core/financiering/opmaak";
import { schrijfAtomair, type SchrijfOpties } from "./atomair";
import { voegBladPlanToe } from "./blad-plan";
import { werkmapBytes } from "../../io/tabelblad";

/** Writes the financing sheet to `pad` (.xlsx) atomically. `jaar` names the sheet ("Centrale financiering 2023"). */
export async function schrijfFinancieringWerkmap(
  raster: FinancieringRaster,
  jaar: number | null,
  pad: string,
  opties: SchrijfOpties,
): Promise<void> {
  await schrijfAtomair(pad, () => werkmapBytes(maakFinancieringWerkmap(raster, jaar)), opties);
}

/** The workbook in memory (exported for tests). */
export function maakFinancieringWerkmap(raster: FinancieringRaster, jaar: number | null, nu: Date = new Date()): ExcelJS.Workbook {
  const werkmap = new Workbook();
  werkmap.creator = "banen (Banenafspraak)";
  werkmap.title = raster.titel;
  werkmap.created = nu;
  werkmap.modified = nu;
  voegBladPlanToe(werkmap, financieringPlan(raster, jaar));
  return werkmap;
}
