/**
 * The chart beside Tabel 1, as part of the sheet plan (core/blad/blad-plan:
 * GrafiekPlan): the task pane draws it with the Excel API, the CLI writes it
 * as DrawingML parts into its .xlsx, both from this one plan. Two kinds, as
 * the pane offers them: realisatie % per ministerie against the 100 % line,
 * or doel and gerealiseerd banen side by side; or none.
 *
 * Chart data that is not in the table (plain names for the axis, the 100 %
 * norm) goes in a labelled block under the footnotes: visible, never hidden
 * under the chart, outside the table's print range. The chart covers columns
 * beside the table and is printed on a page of its own (a second print
 * range), so the table's page keeps its size and scale.
 */
import type { Blok, GrafiekPlan, GrafiekReeks } from "../blad/blad-plan";
import { TEKST_FORMAAT } from "../blad/blad-plan";
import { bereik, kolomLetters } from "../invoer/cel";
import { PROCENT_FORMAAT, TABEL1_SCHEMA } from "./schema";

/** The pane's choice (radio group "grafiek") and the CLI's --grafiek. */
export type GrafiekSoort = "realisatie" | "doel-gerealiseerd" | "geen";

export const GRAFIEK_SOORTEN: readonly GrafiekSoort[] = ["realisatie", "doel-gerealiseerd", "geen"];

/** The pane's default (taskpane.html: the radio "realisatie" is checked), and so the CLI's. */
export const STANDAARD_GRAFIEK: GrafiekSoort = "realisatie";

/** Heading of the chart data block under the footnotes. */
export const GRAFIEK_GEGEVENS_KOP = "Gegevens voor de grafiek";

/** Size of the chart in cells of the default width and height: 8 columns by 20 rows (about 384 × 300 pt). */
const GRAFIEK_KOLOMMEN = 8;
const GRAFIEK_RIJEN = 20;

/** Where Tabel 1's parts are (0-based rows), as far as the chart needs them. */
export interface GrafiekIndeling {
  kopRij: number;
  eersteDataRij: number;
  laatsteRij: number;
  kolommen: number;
}

/** What of the Tabel 1 grid the chart shows. */
export interface GrafiekGegevens {
  kwartaal: string;
  /** Plain ministry names in row order. */
  namen: readonly string[];
  /** Number format per column, in TABEL1_SCHEMA order. */
  formaten: readonly string[];
}

/** The chart data block and the chart for `soort`; nothing for "geen" or a table without rows. */
export function tabel1Grafiek(
  gegevens: GrafiekGegevens,
  ind: GrafiekIndeling,
  soort: GrafiekSoort,
): { blokken: Blok[]; grafiek: GrafiekPlan } | null {
  const m = gegevens.namen.length;
  if (soort === "geen" || m === 0) return null;
  const kop = ind.laatsteRij + 2;
  const eerste = kop + 2;
  const blokken: Blok[] = [
    { adres: bereik(kop, 0, 1, 1), waarden: [[GRAFIEK_GEGEVENS_KOP]], formaten: [[TEKST_FORMAAT]] },
    {
      adres: bereik(kop + 1, 0, 1 + m, 2),
      waarden: [["Ministerie", "Norm"], ...gegevens.namen.map((naam) => [naam, 1])],
      formaten: [[TEKST_FORMAAT, TEKST_FORMAAT], ...gegevens.namen.map(() => [TEKST_FORMAAT, PROCENT_FORMAAT])],
    },
  ];
  const x = bereik(eerste, 0, m, 1);
  const kolom = (sleutel: string) =>
    bereik(
      ind.eersteDataRij,
      TABEL1_SCHEMA.findIndex((k) => k.sleutel === sleutel),
      m,
      1,
    );
  const realisatie = soort === "realisatie";
  const reeksen: GrafiekReeks[] = realisatie
    ? [
        { naam: "Realisatie %", waarden: kolom("realisatie"), x, soort: "ColumnClustered" },
        { naam: "Norm 100 %", waarden: bereik(eerste, 1, m, 1), x, soort: "Line" },
      ]
    : [
        { naam: "Doel", waarden: kolom("doel"), x, soort: "ColumnClustered" },
        { naam: "Gerealiseerd", waarden: kolom("totaal"), x, soort: "ColumnClustered" },
      ];
  const grafiek: GrafiekPlan = {
    titel: realisatie
      ? `Realisatie per ministerie ${gegevens.kwartaal} (100 % = doel)`
      : `Doel en gerealiseerde banen per ministerie ${gegevens.kwartaal}`,
    van: `${kolomLetters(ind.kolommen + 1)}${ind.kopRij + 1}`,
    tot: `${kolomLetters(ind.kolommen + GRAFIEK_KOLOMMEN)}${ind.kopRij + GRAFIEK_RIJEN}`,
    reeksen,
    waardeAs: {
      numberFormat: realisatie ? PROCENT_FORMAAT : gegevens.formaten[1]!,
      minimum: 0,
      titel: realisatie ? "Realisatie (% van het doel)" : "Banen",
    },
    categorieAs: { titel: "Ministerie" },
  };
  return { blokken, grafiek };
}
