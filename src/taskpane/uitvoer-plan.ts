/**
 * The write plan: everything the pane will put on the new sheet, computed
 * from the model before Excel is touched. The sheet itself is the core's
 * plan (core/tabel1/opmaak: `tabel1Plan`, the same plan the CLI's xlsx
 * writer carries out); the pane adds the optional chart and its data. The
 * centrale financiering (uitvoer-financiering.ts) makes the same kind of
 * plan. Pure data (addresses on the new sheet, values, formats), so it is
 * unit-testable and the Excel module only has to carry it out in as few
 * requests as possible, without knowing what the sheet is about.
 */
import type { Leesverslag, Tabel1 } from "../core";
import type { BladPlan } from "../core/blad/blad-plan";
import { PROCENT_FORMAAT, TEKST_FORMAAT, tabel1Indeling, tabel1Plan, tabel1Raster } from "../core/tabel1/opmaak";
import { TABEL1_SCHEMA } from "../core/tabel1/schema";
import { bereik, kolomLetters } from "./adres";

export type { Blok } from "../core/blad/blad-plan";

export type GrafiekSoort = "realisatie" | "doel-gerealiseerd" | "geen";

export interface GrafiekReeks {
  naam: string;
  /** Values (without header), e.g. "G4:G16". */
  waarden: string;
  /** Category labels, e.g. "A32:A44". */
  x: string;
  soort: "ColumnClustered" | "Line";
}

export interface GrafiekPlan {
  titel: string;
  /** Top-left and bottom-right cell the chart covers, beside the table. */
  van: string;
  tot: string;
  reeksen: GrafiekReeks[];
  waardeAs: { numberFormat: string; minimum: number };
}

/** The core's sheet plan, plus what only the pane writes. */
export interface UitvoerPlan extends BladPlan {
  grafiek: GrafiekPlan | null;
  /** For the pane's summary and the tests; kwartaal of the realisatie, null when unknown. */
  samenvatting: { rijen: number; voetnoten: number; kwartaal: string | null };
}

export function maakUitvoerPlan(tabel: Tabel1, opties: { grafiek: GrafiekSoort; verslagen?: readonly Leesverslag[] }): UitvoerPlan {
  const plan = tabel1Plan(tabel, opties.verslagen ?? []);
  const raster = tabel1Raster(tabel);
  const ind = tabel1Indeling(raster);
  const n = ind.kolommen;
  const blokken = [...plan.blokken];

  let grafiek: GrafiekPlan | null = null;
  if (opties.grafiek !== "geen" && raster.rijen.length > 0) {
    // Chart data that is not in the table (plain names for the axis, the 100 % norm) goes in a
    // labelled block under the footnotes: visible, never hidden under the chart, outside the print area.
    const kop = ind.laatsteRij + 2;
    const eerste = kop + 2;
    const m = raster.namen.length;
    blokken.push({ adres: bereik(kop, 0, 1, 1), waarden: [["Gegevens voor de grafiek"]], formaten: [[TEKST_FORMAAT]] });
    blokken.push({
      adres: bereik(kop + 1, 0, 1 + m, 2),
      waarden: [["Ministerie", "Norm"], ...raster.namen.map((naam) => [naam, 1])],
      formaten: [[TEKST_FORMAAT, TEKST_FORMAAT], ...raster.namen.map(() => [TEKST_FORMAAT, PROCENT_FORMAAT])],
    });
    const x = bereik(eerste, 0, m, 1);
    const kolom = (sleutel: string) =>
      bereik(
        ind.eersteDataRij,
        TABEL1_SCHEMA.findIndex((k) => k.sleutel === sleutel),
        m,
        1,
      );
    const reeksen: GrafiekReeks[] =
      opties.grafiek === "realisatie"
        ? [
            { naam: "Realisatie %", waarden: kolom("realisatie"), x, soort: "ColumnClustered" },
            { naam: "Norm 100 %", waarden: bereik(eerste, 1, m, 1), x, soort: "Line" },
          ]
        : [
            { naam: "Doel", waarden: kolom("doel"), x, soort: "ColumnClustered" },
            { naam: "Gerealiseerd", waarden: kolom("totaal"), x, soort: "ColumnClustered" },
          ];
    grafiek = {
      titel:
        opties.grafiek === "realisatie"
          ? `Realisatie per ministerie ${tabel.kwartaal} (100 % = doel)`
          : `Doel en gerealiseerde banen per ministerie ${tabel.kwartaal}`,
      van: `${kolomLetters(n + 1)}${ind.kopRij + 1}`,
      tot: `${kolomLetters(n + 8)}${ind.kopRij + 20}`,
      reeksen,
      waardeAs: { numberFormat: opties.grafiek === "realisatie" ? PROCENT_FORMAAT : raster.formaten[1]!, minimum: 0 },
    };
  }

  return {
    ...plan,
    blokken,
    grafiek,
    samenvatting: { rijen: raster.rijen.length, voetnoten: raster.voetnoten.length, kwartaal: tabel.kwartaal },
  };
}
