/**
 * The write plan of a centrale financiering (same shape as Tabel 1's,
 * uitvoer-plan.ts): the core's sheet plan (core/financiering/opmaak:
 * `financieringPlan`, the same plan the CLI's xlsx writer carries out;
 * core/financiering/bron: title with the quarter, notes on the source; the
 * reading reports as a note on the title), without a chart.
 */
import { type FinancieringRaster, financieringPlan } from "../core/financiering/opmaak";
import type { Leesverslag } from "../core";
import type { UitvoerPlan } from "./uitvoer-plan";

export function maakFinancieringPlan(
  raster: FinancieringRaster,
  opties: { jaar: number | null; kwartaal: string | null; verslagen?: readonly Leesverslag[] },
): UitvoerPlan {
  return {
    ...financieringPlan(raster, opties.jaar, opties.verslagen ?? []),
    grafiek: null,
    samenvatting: { rijen: raster.rijen.length, voetnoten: raster.voetnoten.length, kwartaal: opties.kwartaal },
  };
}
