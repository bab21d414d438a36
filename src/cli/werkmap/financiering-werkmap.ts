/**
 * A centrale financiering as an .xlsx workbook: the sheet the task pane
 * writes, from the one layout (core/financiering/opmaak: `financieringPlan`;
 * core/financiering/bron: title with the quarter and the notes on the
 * source) carried out with exceljs (./blad-plan) — title with the reading
 * reports as a note, an Excel table (ministries, bold total row), the summary
 * (label in A, value in B), the verdict and the footnotes, with the print
 * setup; ./grafiek-delen puts what exceljs writes out of order right. With
 * `projectie`, the projection on Tabel 1 follows as a second sheet, as the
 * pane writes it ("Projectie Tabel 1 2023Q2", core/financiering/projectie-opmaak).
 * Written atomically; an existing file only with `overschrijf`.
 */
import type ExcelJS from "exceljs";
import { Workbook } from "../../io/exceljs";
import type { BladPlan } from "../../core/blad/blad-plan";
import { type FinancieringRaster, financieringPlan } from "../../core/financiering/opmaak";
import { projectiePlan } from "../../core/financiering/projectie-opmaak";
import type { Tabel1Vorm } from "../../core/tabel1/opmaak";
import type { Leesverslag } from "../../core/invoer/leesverslag";
import { schrijfAtomair, type SchrijfOpties } from "./atomair";
import { voegBladPlanToe } from "./blad-plan";
import { voltooiBladen } from "./grafiek-delen";
import { werkmapBytes } from "../../io/tabelblad";

export async function schrijfFinancieringWerkmap(
  raster: FinancieringRaster,
  jaar: number | null,
  pad: string,
  opties: SchrijfOpties & { verslagen?: readonly Leesverslag[]; projectie?: { raster: Tabel1Vorm; kwartaal: string | null } },
): Promise<void> {
  const plan = financieringPlan(raster, jaar, opties.verslagen ?? []);
  const projectie = opties.projectie ? projectiePlan(opties.projectie.raster, opties.projectie.kwartaal) : null;
  await schrijfAtomair(
    pad,
    async () => {
      const werkmap = werkmapVanPlan(raster, plan);
      if (projectie) voegBladPlanToe(werkmap, projectie);
      return voltooiBladen(await werkmapBytes(werkmap, undefined, true), projectie ? [plan, projectie] : [plan]);
    },
    opties,
  );
}

export function maakFinancieringWerkmap(raster: FinancieringRaster, jaar: number | null, nu: Date = new Date()): ExcelJS.Workbook {
  return werkmapVanPlan(raster, financieringPlan(raster, jaar), nu);
}

function werkmapVanPlan(raster: FinancieringRaster, plan: BladPlan, nu: Date = new Date()): ExcelJS.Workbook {
  const werkmap = new Workbook();
  werkmap.creator = "banen (Banenafspraak)";
  werkmap.title = raster.titel;
  werkmap.created = nu;
  werkmap.modified = nu;
  voegBladPlanToe(werkmap, plan);
  return werkmap;
}
