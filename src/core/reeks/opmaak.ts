/**
 * The Rijk's series (./reeks) as a grid and a sheet plan in Tabel 1's layout
 * (title, table, source line, footnotes), with the sentences on the banen per
 * year needed to reach the doel. Shared by the task pane; pure, no Office.
 * The table has no total row: a sum over moments means nothing.
 */
import type { BladPlan, Celwaarde, GrafiekPlan } from "../blad/blad-plan";
import { bereik, kolomLetters } from "../invoer/cel";
import { TEKST_FORMAAT } from "../blad/blad-plan";
import { Decimal } from "../basis/decimaal";
import { formatteerGetal } from "../basis/getal";
import { heelProcent } from "../tabel1/tabel1";
import { GRAFIEK_GEGEVENS_KOP } from "../tabel1/grafiek";
import { GETAL_FORMAAT, PROCENT_FORMAAT, planInTabel1Indeling, tabel1Indeling, type Tabel1Vorm, voetnootTekens } from "../tabel1/opmaak";
import type { Benodigd, ReeksPunt, ReeksRij } from "./reeks";
import { type ReeksSeed, seedPlaats } from "./seed";

export const DOELSOORT_TEKST: Readonly<Record<ReeksPunt["doelsoort"], string>> = {
  jaar: "jaar",
  voorlopig: "voorlopig",
  eigen: "eigen invoer",
};

export const REEKS_KOPPEN = ["Moment", "Omschrijving", "Soort doel", "Doel", "Realisatie", "Realisatie %", "Tekort", "Bron"] as const;
/** 0-based columns of the moment and of the realisatie % (the chart's categories and values). */
export const REEKS_MOMENT_KOLOM = 0;
export const REEKS_PROCENT_KOLOM = 5;

/** "Reeks Rijk", "Reeks Fin" (the pane makes it unique and valid). */
export function reeksBladnaam(wie: string): string {
  return `Reeks ${wie}`;
}

/** Whole banen as printed ("5.144"). */
const heel = (d: Decimal) => formatteerGetal(d.toDecimalPlaces(0, Decimal.ROUND_HALF_UP));

/** The sentences on the banen per year needed (rounded up: a part of a baan takes a whole job), and the assumption. */
export function benodigdZinnen(b: Benodigd): string[] {
  return [
    `Nodig om het doel eind ${b.totJaar} te halen: ${heel(b.banenPerJaar.toDecimalPlaces(0, Decimal.ROUND_UP))} extra banen per jaar ` +
      `(tekort ${heel(b.tekortBanen)} bij ${b.vanaf.moment}, over ${b.jaren.toString().replace(".", ",")} jaar; naar boven afgerond).`,
    `Aanname: het doel van ${b.vanaf.moment} blijft gelijk; een later doel volgt uit later fte en is niet bekend.`,
  ];
}

/** The notes on the Rijk's series from the seed: Binnenwerk's growth and the figures printed differently. */
export function seedNoten(seed: Pick<ReeksSeed, "binnenwerk" | "conflicten">): string[] {
  return [
    ...seed.binnenwerk.map((b) => `Binnenwerk ${b.omschrijving}: ${formatteerGetal(b.banen)} banen (${seedPlaats(b.herkomst.banen)}).`),
    ...seed.conflicten.map(
      (c) =>
        `Afwijkend gedrukt (${c.moment}, ${c.grootheid}): ${formatteerGetal(c.waarde)} (${seedPlaats(c.herkomst.waarde)}); gebruikt: ${c.gebruikt}.`,
    ),
  ];
}

/**
 * The series as one grid: per moment its doel, realisatie, realisatie % (a
 * fraction, Excel's "0%"), tekort and source; `wie` is "Rijk" or a ministry;
 * `noten` are added as footnotes (seed notes, the benodigd sentences).
 */
export function reeksRaster(reeks: readonly ReeksRij[], wie: string, noten: readonly string[] = []): Tabel1Vorm {
  const getal = (d: Decimal | null): Celwaarde => (d === null ? "" : d.toNumber());
  const alle = [
    "Soort doel: 'jaar' is het doel over het hele jaar; 'voorlopig' is het doel van Tabel 1 (fte van het 1e kwartaal); " +
      "'eigen invoer' is een kwartaal dat de gebruiker toevoegde uit een eigen Tabel 1. De momenten zijn dus niet in alles gelijk.",
    ...noten,
  ];
  const soort = voetnootTekens([1]);
  return {
    titel: `Doel en realisatie ${wie === "Rijk" ? "van het Rijk" : `van ${wie}`} door de tijd (banen van 25,5 uur per week)`,
    koppen: REEKS_KOPPEN.map((k) => (k === "Soort doel" ? `${k}${soort}` : k)),
    rijen: reeks.map((p) => [
      p.moment,
      p.omschrijving,
      DOELSOORT_TEKST[p.doelsoort],
      getal(p.doelBanen),
      getal(p.realisatieBanen),
      getal(p.realisatieFractie),
      getal(p.tekortBanen),
      p.bron,
    ]),
    totaal: [],
    bronregel:
      "Bron: de brondocumenten (seed en regel per moment, zie de kolom Bron) en eigen Tabel 1-bladen (eigen invoer); " +
      "realisatie % = realisatie / doel.",
    voetnoten: alle.map((t, i) => `${voetnootTekens([i + 1])} ${t}`),
    formaten: [TEKST_FORMAAT, TEKST_FORMAAT, TEKST_FORMAAT, GETAL_FORMAAT, GETAL_FORMAAT, PROCENT_FORMAAT, GETAL_FORMAAT, TEKST_FORMAAT],
    breedtes: [9, 26, 12, 9, 11, 12, 9, 26],
  };
}

/**
 * The series as a sheet plan in Tabel 1's layout, without a total row, and
 * beside it a column chart of the realisatie % per moment (like the sources'
 * figure) with the 100 % norm as a line (as on the pane's own chart and Tabel
 * 1's), printed on a page of its own as Tabel 1's chart is. The norm's values
 * stand under the footnotes ("Gegevens voor de grafiek"), outside the print area.
 */
export function reeksPlan(raster: Tabel1Vorm, wie: string): BladPlan {
  const plan = planInTabel1Indeling(raster, { bladnaam: reeksBladnaam(wie), tabelnaam: "Reeks" });
  const m = raster.rijen.length;
  if (m === 0) return plan;
  const ind = tabel1Indeling(raster);
  const kolom = (k: number) => bereik(ind.eersteDataRij, k, m, 1);
  const kop = ind.laatsteRij + 2;
  const normBlokken = [
    { adres: bereik(kop, 0, 1, 1), waarden: [[GRAFIEK_GEGEVENS_KOP]], formaten: [[TEKST_FORMAAT]] },
    {
      adres: bereik(kop + 1, 0, 1 + m, 2),
      waarden: [["Moment", "Norm"], ...raster.rijen.map((r) => [r[REEKS_MOMENT_KOLOM]!, 1])],
      formaten: [[TEKST_FORMAAT, TEKST_FORMAAT], ...raster.rijen.map(() => [TEKST_FORMAAT, PROCENT_FORMAAT])],
    },
  ];
  const grafiek: GrafiekPlan = {
    titel: `Realisatie ${wie === "Rijk" ? "Rijksoverheid" : wie} per moment (100 % = doel)`,
    van: `${kolomLetters(ind.kolommen + 1)}${ind.kopRij + 1}`,
    tot: `${kolomLetters(ind.kolommen + 8)}${ind.kopRij + 20}`,
    reeksen: [
      { naam: "Realisatie %", waarden: kolom(REEKS_PROCENT_KOLOM), x: kolom(REEKS_MOMENT_KOLOM), soort: "ColumnClustered" },
      { naam: "Norm 100 %", waarden: bereik(kop + 2, 1, m, 1), x: kolom(REEKS_MOMENT_KOLOM), soort: "Line" },
    ],
    waardeAs: { numberFormat: PROCENT_FORMAAT, minimum: 0, titel: "Realisatie (% van het doel)" },
    categorieAs: { titel: "Moment" },
  };
  return {
    ...plan,
    blokken: [...plan.blokken, ...normBlokken],
    grafiek,
    afdruk: { ...plan.afdruk, bereik: `${plan.afdruk.bereik},${grafiek.van}:${grafiek.tot}` },
  };
}

/** Whole percent for the pane and the chart's labels ("75%"), or "" without a realisatie %. */
export function reeksProcent(p: Pick<ReeksRij, "realisatieFractie">): string {
  return p.realisatieFractie === null ? "" : `${heelProcent(p.realisatieFractie)}%`;
}
