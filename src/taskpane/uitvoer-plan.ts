/**
 * The write plan: everything the pane will put on the new sheet, computed
 * from the model before Excel is touched. The sheet itself is the core's
 * plan (core/tabel1/opmaak: `tabel1Plan`, the same plan the CLI's xlsx
 * writer carries out), chart and chart data included (core/tabel1/grafiek). The
 * centrale financiering (uitvoer-financiering.ts) makes the same kind of
 * plan. Pure data (addresses on the new sheet, values, formats), so it is
 * unit-testable and the Excel module only has to carry it out in as few
 * requests as possible, without knowing what the sheet is about.
 */
import type { Leesverslag, Tabel1 } from "../core";
import type { BladPlan, GrafiekPlan } from "../core/blad/blad-plan";
import type { GrafiekSoort } from "../core/tabel1/grafiek";
import { tabel1Plan, tabel1Raster } from "../core/tabel1/opmaak";

export type { Blok, GrafiekPlan, GrafiekReeks } from "../core/blad/blad-plan";
export type { GrafiekSoort } from "../core/tabel1/grafiek";

/** The core's sheet plan (with the chart, if any, as its `grafiek`), plus the pane's summary. */
export interface UitvoerPlan extends Omit<BladPlan, "grafiek"> {
  grafiek: GrafiekPlan | null;
  /** For the pane's summary and the tests; kwartaal of the realisatie, null when unknown. */
  samenvatting: { rijen: number; voetnoten: number; kwartaal: string | null };
}

export function maakUitvoerPlan(tabel: Tabel1, opties: { grafiek: GrafiekSoort; verslagen?: readonly Leesverslag[] }): UitvoerPlan {
  const plan = tabel1Plan(tabel, opties.verslagen ?? [], opties.grafiek);
  const raster = tabel1Raster(tabel);
  return {
    ...plan,
    grafiek: plan.grafiek ?? null,
    samenvatting: { rijen: raster.rijen.length, voetnoten: raster.voetnoten.length, kwartaal: tabel.kwartaal },
  };
}
