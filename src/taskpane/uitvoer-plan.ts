/**
 * The write plan: everything the pane will put on the new sheet, computed
 * from the model before Excel is touched (Tabel 1 here; the centrale
 * financiering in uitvoer-financiering.ts makes the same kind of plan).
 * Pure data (addresses on the new sheet, values, formats), so it is
 * unit-testable and the Excel module only has to carry it out in as few
 * requests as possible, without knowing what the sheet is about.
 */
import { kwartaalTekst, leesKwartaal, type Tabel1 } from "../core";
import { PROCENT_FORMAAT, TEKST_FORMAAT, type Celwaarde, tabel1Indeling, tabel1Raster, tekensNaarPunten } from "../core/tabel1-opmaak";
import { kolomLetters, bereik } from "./adres";

export type GrafiekSoort = "realisatie" | "doel-gerealiseerd" | "geen";

export interface Blok {
  /** Address on the new sheet, e.g. "A3:G16". */
  adres: string;
  waarden: Celwaarde[][];
  formaten: string[][];
}

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

export interface UitvoerPlan {
  /** Wanted sheet name; the Excel module makes it unique. */
  bladnaam: string;
  /** Wanted table name; made unique likewise. */
  tabelnaam: string;
  blokken: Blok[];
  /** The Excel table: headers + ministry rows; the total row is the table's total row. */
  tabel: { adres: string; totaalrij: Celwaarde[]; totaalFormaten: string[]; stijl: string };
  vet: string[];
  /** Cells whose text wraps (the long column headers). */
  omloop: string[];
  titelCel: string;
  titelGrootte: number;
  kolombreedtes: Array<{ kolom: string; punten: number }>;
  grafiek: GrafiekPlan | null;
  /** For the pane's summary and the tests; kwartaal of the realisatie, null when unknown. */
  samenvatting: { rijen: number; voetnoten: number; kwartaal: string | null };
}

const TABELSTIJL = "TableStyleMedium2";

/** "Tabel 1 2023Q2". */
export function bladnaamVoor(kwartaal: string): string {
  return `Tabel 1 ${kwartaalTekst(leesKwartaal(kwartaal))}`;
}

export function maakUitvoerPlan(tabel: Tabel1, opties: { grafiek: GrafiekSoort }): UitvoerPlan {
  const raster = tabel1Raster(tabel);
  const ind = tabel1Indeling(raster);
  const n = raster.koppen.length;
  const laatsteKolom = n - 1;
  const rijFormaten = (aantal: number) => Array.from({ length: aantal }, () => [...raster.formaten]);
  const tekstRij = (tekst: string): Blok => ({ adres: "", waarden: [[tekst]], formaten: [[TEKST_FORMAAT]] });

  const blokken: Blok[] = [];
  blokken.push({ ...tekstRij(raster.titel), adres: bereik(ind.titelRij, 0, 1, 1) });
  blokken.push({
    adres: bereik(ind.kopRij, 0, 1 + raster.rijen.length, n),
    waarden: [raster.koppen, ...raster.rijen],
    formaten: [raster.koppen.map(() => TEKST_FORMAAT), ...rijFormaten(raster.rijen.length)],
  });
  blokken.push({ ...tekstRij(raster.bronregel), adres: bereik(ind.bronRij, 0, 1, 1) });
  if (raster.voetnoten.length > 0) {
    blokken.push({
      adres: bereik(ind.eersteVoetnootRij, 0, raster.voetnoten.length, 1),
      waarden: raster.voetnoten.map((v) => [v]),
      formaten: raster.voetnoten.map(() => [TEKST_FORMAAT]),
    });
  }

  let grafiek: GrafiekPlan | null = null;
  if (opties.grafiek !== "geen" && raster.rijen.length > 0) {
    // Chart data that is not in the table (plain names for the axis, the 100 % norm) goes in a
    // labelled block under the footnotes: visible, never hidden under the chart.
    const kop = ind.laatsteRij + 2;
    const eerste = kop + 2;
    const m = raster.namen.length;
    blokken.push({ ...tekstRij("Gegevens voor de grafiek"), adres: bereik(kop, 0, 1, 1) });
    blokken.push({
      adres: bereik(kop + 1, 0, 1 + m, 2),
      waarden: [["Ministerie", "Norm"], ...raster.namen.map((naam) => [naam, 1])],
      formaten: [[TEKST_FORMAAT, TEKST_FORMAAT], ...raster.namen.map(() => [TEKST_FORMAAT, PROCENT_FORMAAT])],
    });
    const x = bereik(eerste, 0, m, 1);
    const kolom = (k: number) => bereik(ind.eersteDataRij, k, m, 1);
    const reeksen: GrafiekReeks[] =
      opties.grafiek === "realisatie"
        ? [
            { naam: "Realisatie %", waarden: kolom(laatsteKolom), x, soort: "ColumnClustered" },
            { naam: "Norm 100 %", waarden: bereik(eerste, 1, m, 1), x, soort: "Line" },
          ]
        : [
            { naam: "Doel", waarden: kolom(1), x, soort: "ColumnClustered" },
            { naam: "Gerealiseerd", waarden: kolom(5), x, soort: "ColumnClustered" },
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
    bladnaam: bladnaamVoor(tabel.kwartaal),
    tabelnaam: `Tabel1_${tabel.kwartaal}`,
    blokken,
    tabel: {
      adres: bereik(ind.kopRij, 0, 1 + raster.rijen.length, n),
      totaalrij: raster.totaal,
      totaalFormaten: [...raster.formaten],
      stijl: TABELSTIJL,
    },
    vet: [bereik(ind.titelRij, 0, 1, 1), bereik(ind.kopRij, 0, 1, n)],
    omloop: [bereik(ind.kopRij, 0, 1, n)],
    titelCel: bereik(ind.titelRij, 0, 1, 1),
    titelGrootte: 13,
    kolombreedtes: raster.breedtes.map((b, i) => ({ kolom: kolomLetters(i), punten: tekensNaarPunten(b) })),
    grafiek,
    samenvatting: { rijen: raster.rijen.length, voetnoten: raster.voetnoten.length, kwartaal: tabel.kwartaal },
  };
}
