/**
 * How Tabel 1 is laid out on a worksheet: one grid (title, column headers,
 * ministry rows, total row, source line, footnotes) with number formats and
 * column widths, and from it the sheet plan (`tabel1Plan`, ./blad-plan) that
 * the task pane (Excel JavaScript API) and the CLI's xlsx writer (exceljs)
 * both carry out, so both produce the same sheet. Pure: no Office.
 *
 * Text under the table (footnotes) is broken into lines no wider than the
 * table, one line a row: a single long cell would make "fit to one page
 * wide" shrink the whole sheet to an unreadable size. No merged cells: Excel
 * cannot fit the height of a merged row, and readers of printed tables
 * (invoer-gedrukt.ts) join the lines again.
 *
 * Number formats are Excel's invariant format codes: Excel shows "#,##0" as
 * 1.399 and "0%" as 75% in a Dutch locale, as the publication prints them
 * (thousands ".", whole percentages). Locale-specific codes ("#.##0") would
 * break in other locales.
 */
import {
  type Afdruk,
  type BladPlan,
  type Blok,
  type Celwaarde,
  rijHoogte,
  tekstBlok,
  tekstBreedte,
  tekstRegels,
  titelEnTabel,
  titelGrootteBinnen,
} from "../blad/blad-plan";
import { type Leesverslag, verslagRegels } from "../invoer/leesverslag";
import { type GrafiekSoort, tabel1Grafiek } from "./grafiek";
import { kwartaalTekst, leesKwartaal } from "../kwartaal/kwartaal";
import { kopBijStatus, metVoetnoten, TABEL1_SCHEMA, tabel1Celwaarde, voetnootTekens, type WeergaveRij } from "./schema";
import type { Kolom, Tabel1 } from "./tabel1";

export { GETAL_FORMAAT, metVoetnoten, PROCENT_FORMAAT, voetnootTekens, zonderVoetnoten } from "./schema";

export { type Celwaarde, TEKST_FORMAAT, tekensNaarPunten } from "../blad/blad-plan";

export { GRAFIEK_SOORTEN, type GrafiekSoort, STANDAARD_GRAFIEK } from "./grafiek";

/** Sheet name for Tabel 1 of a quarter: "Tabel 1 2023Q2" (the pane makes it unique within the workbook). */
export function tabel1Bladnaam(kwartaal: string): string {
  return `Tabel 1 ${kwartaalTekst(leesKwartaal(kwartaal))}`;
}

/** Name of the Excel table (ListObject): "Tabel1_2023Q2" (no spaces; the pane makes it unique). */
export function tabel1Tabelnaam(kwartaal: string): string {
  return `Tabel1_${kwartaalTekst(leesKwartaal(kwartaal))}`;
}

/** Style of the Excel table: Excel's default table style, banded rows, filter buttons on the headers. */
export const TABEL1_TABELSTIJL = "TableStyleMedium2";
/** Font size of the title in points (body text is Excel's default 11). */
export const TABEL1_TITELGROOTTE = 13;
/** Parts in bold: the title, the column headers and the total row ("Totaal Rijk", as published). */
export const TABEL1_VET: readonly ("titel" | "koppen" | "totaal")[] = ["titel", "koppen", "totaal"];
/** Parts whose text wraps within the column width: the long published column headers. */
export const TABEL1_OMLOOP: readonly "koppen"[] = ["koppen"];
/**
 * Printing: portrait A4, scaled to one page wide, as many pages high as
 * needed. With the footnotes broken into lines no wider than the table, the
 * table is the widest part; it fits a portrait page at about 90 %, and the
 * whole of Tabel 1 with its footnotes on one page.
 */
export const TABEL1_AFDRUK: Omit<Afdruk, "bereik"> = { liggend: false, paginasBreed: 1, papier: "A4" };

/** Column order on the sheet: the published order (TABEL1_SCHEMA, as loaded; outputs read the schema itself). */
export const TABEL1_KOLOMMEN: readonly ("naam" | Kolom)[] = TABEL1_SCHEMA.map((k) => k.sleutel as "naam" | Kolom);

/** Width per column in characters (exceljs' unit), from TABEL1_SCHEMA; convert with `tekensNaarPunten` for the Excel API. */
export const TABEL1_KOLOMBREEDTE: Readonly<Record<"naam" | Kolom, number>> = Object.fromEntries(
  TABEL1_SCHEMA.map((k) => [k.sleutel, k.breedte]),
) as Record<"naam" | Kolom, number>;

/** Number format per column, from TABEL1_SCHEMA. */
export const TABEL1_FORMAAT: Readonly<Record<"naam" | Kolom, string>> = Object.fromEntries(
  TABEL1_SCHEMA.map((k) => [k.sleutel, k.formaat]),
) as Record<"naam" | Kolom, string>;

export interface Tabel1Raster {
  /** "Tabel 1 Aantal voltijdswaarden … 2023Q2¹" */
  titel: string;
  /** The seven published column headers, with footnote markers. */
  koppen: string[];
  /** One row per ministry: name, five numbers in banen, realisatie as a fraction (0,75) or "" when doel is 0. */
  rijen: Celwaarde[][];
  /** The bold total row ("Totaal Rijk⁷"). */
  totaal: Celwaarde[];
  /** Plain ministry names in row order (without markers), e.g. for chart categories. */
  namen: string[];
  bronregel: string;
  /** "¹ I.v.m. afronding …", one text per footnote (the sheet breaks them into lines: Tabel1Indeling.voetnootRegels). */
  voetnoten: string[];
  /** Number format per column, in TABEL1_KOLOMMEN order. */
  formaten: string[];
  /** Width per column in characters. */
  breedtes: number[];
}

/** Row offsets (0-based) of the parts on the sheet; the table starts at column A. */
export interface Tabel1Indeling {
  titelRij: number;
  kopRij: number;
  eersteDataRij: number;
  totaalRij: number;
  bronRij: number;
  eersteVoetnootRij: number;
  /** The footnotes as sheet lines, no wider than the table (tekstBreedte), from eersteVoetnootRij on. */
  voetnootRegels: string[];
  /** Height in points of the header row, whose long headers wrap; null when one line is enough. */
  kopHoogte: number | null;
  laatsteRij: number;
  kolommen: number;
}

/** A printed row as sheet cells, one per schema column; the name with its footnote markers. */
function celwaarden(r: WeergaveRij): Celwaarde[] {
  return TABEL1_SCHEMA.map((k) => (k.sleutel === "naam" ? metVoetnoten(r.naam, r.voetnoten) : tabel1Celwaarde(k, r)));
}

/** The rounded presentation of a Tabel 1 (per the model's rounding mode) as a sheet grid. */
export function tabel1Raster(tabel: Tabel1): Tabel1Raster {
  const bij = (soort: string) =>
    tabel.voetnoten
      .filter((v) => (soort === "titel" ? v.bij.soort === "titel" : v.bij.soort === "kolom" && v.bij.kolom === soort))
      .map((v) => v.nr);
  return {
    titel: metVoetnoten(`Tabel 1 ${tabel.titel}`, bij("titel")),
    koppen: TABEL1_SCHEMA.map((k) => {
      const kop = kopBijStatus(k, tabel.doelgrondslag.status);
      return k.sleutel === "naam" ? kop : metVoetnoten(kop, bij(k.sleutel));
    }),
    rijen: tabel.weergave.rijen.map(celwaarden),
    totaal: celwaarden(tabel.weergave.totaal),
    namen: tabel.weergave.rijen.map((r) => r.naam),
    bronregel: tabel.bronregel,
    voetnoten: tabel.voetnoten.map((v) => `${voetnootTekens([v.nr])} ${v.tekst}`),
    formaten: TABEL1_SCHEMA.map((k) => k.formaat),
    breedtes: TABEL1_SCHEMA.map((k) => k.breedte),
  };
}

/**
 * Where each part goes: title in row 1, an empty row, the table (headers,
 * ministries, total), an empty row, the source line, an empty row, the
 * footnotes, each over as many lines as it needs — the order of the
 * publication (seed 003: source line, then notes).
 */
export function tabel1Indeling(raster: Pick<Tabel1Raster, "rijen" | "voetnoten" | "koppen" | "breedtes">): Tabel1Indeling {
  const kopRij = 2;
  const eersteDataRij = kopRij + 1;
  const totaalRij = eersteDataRij + raster.rijen.length;
  const bronRij = totaalRij + 2;
  const eersteVoetnootRij = bronRij + 2;
  const voetnootRegels = tekstRegels(raster.voetnoten, tekstBreedte(raster.breedtes));
  return {
    titelRij: 0,
    kopRij,
    eersteDataRij,
    totaalRij,
    bronRij,
    eersteVoetnootRij,
    voetnootRegels,
    kopHoogte: rijHoogte(raster.koppen, raster.breedtes),
    laatsteRij: eersteVoetnootRij + Math.max(voetnootRegels.length, 1) - 1,
    kolommen: raster.koppen.length,
  };
}

/**
 * The Tabel 1 sheet as rows of cells from A1, values as written (realisatie
 * as a fraction): title, headers, ministries, total, source line and the
 * footnotes in lines no wider than the table. What a reader of our sheet sees.
 */
export function tabel1Cellen(tabel: Tabel1): Celwaarde[][] {
  const r = tabel1Raster(tabel);
  const ind = tabel1Indeling(r);
  const cellen: Celwaarde[][] = Array.from({ length: ind.laatsteRij + 1 }, () => []);
  cellen[ind.titelRij] = [r.titel];
  cellen[ind.kopRij] = r.koppen;
  r.rijen.forEach((rij, i) => (cellen[ind.eersteDataRij + i] = rij));
  cellen[ind.totaalRij] = r.totaal;
  cellen[ind.bronRij] = [r.bronregel];
  ind.voetnootRegels.forEach((v, i) => (cellen[ind.eersteVoetnootRij + i] = [v]));
  return cellen;
}

/**
 * Tabel 1 as a sheet plan: title; an Excel table of headers and ministries
 * with the bold total row (the published, rounded totals as values); the
 * source line; the footnotes; formats, widths, the wrapped header's height
 * and the print setup (the table's columns, title to last footnote).
 */
export function tabel1Plan(tabel: Tabel1, verslagen: readonly Leesverslag[] = [], grafiek: GrafiekSoort = "geen"): BladPlan {
  const raster = tabel1Raster(tabel);
  const plan = planInTabel1Indeling(raster, {
    bladnaam: tabel1Bladnaam(tabel.kwartaal),
    tabelnaam: tabel1Tabelnaam(tabel.kwartaal),
  });
  const tekst = leesverslagNotitie(verslagen);
  const metNotitie = tekst === null ? plan : { ...plan, notitie: { cel: plan.titelCel.split(":")[0]!, tekst } };
  return metGrafiek(metNotitie, tabel1Grafiek({ ...raster, kwartaal: tabel.kwartaal }, tabel1Indeling(raster), grafiek));
}

/** The plan with the chart (./grafiek): its data block under the footnotes, the chart, and its range printed on a page of its own. */
function metGrafiek(plan: BladPlan, g: ReturnType<typeof tabel1Grafiek>): BladPlan {
  if (!g) return plan;
  return {
    ...plan,
    blokken: [...plan.blokken, ...g.blokken],
    grafiek: g.grafiek,
    afdruk: { ...plan.afdruk, bereik: `${plan.afdruk.bereik},${g.grafiek.van}:${g.grafiek.tot}` },
  };
}

/** Heading of the reading report where it goes with the table (sheet note, CSV lines). */
export const LEESVERSLAG_KOP = "Leesverslag: hoe de invoer gelezen is";

/**
 * Excel keeps at most 32.767 characters in a cell (Excel specifications and
 * limits, https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3);
 * a note is kept well below that.
 */
const MAX_NOTITIE = 30_000;

/** The reading reports as lines under their heading (one report per input: the main file, then the fte file). */
export function leesverslagRegels(verslagen: readonly Leesverslag[]): string[] {
  return verslagen.length === 0 ? [] : [LEESVERSLAG_KOP, ...verslagen.flatMap((v) => verslagRegels(v))];
}

/**
 * The note with the reading reports, or null when there are none; a very long report is cut with a
 * pointer to the full one, in the output of `opdracht` (the CLI command that wrote the sheet).
 */
export function leesverslagNotitie(verslagen: readonly Leesverslag[], opdracht = "banen tabel1"): string | null {
  const regels = leesverslagRegels(verslagen);
  if (regels.length === 0) return null;
  const tekst = regels.join("\n");
  if (tekst.length <= MAX_NOTITIE) return tekst;
  const einde = `\n… (ingekort; het hele leesverslag staat in de uitvoer van ${opdracht} --json en in het taakvenster)`;
  return tekst.slice(0, MAX_NOTITIE - einde.length) + einde;
}

/** The parts of a grid laid out as Tabel 1 (also the comparison of two quarters, ./vergelijking-opmaak). */
export type Tabel1Vorm = Pick<Tabel1Raster, "titel" | "koppen" | "rijen" | "totaal" | "bronregel" | "voetnoten" | "formaten" | "breedtes">;

/** A sheet plan in Tabel 1's layout (tabel1Indeling) and house style (TABEL1_*). */
export function planInTabel1Indeling(raster: Tabel1Vorm, namen: { bladnaam: string; tabelnaam: string }): BladPlan {
  const ind = tabel1Indeling(raster);
  const { delen, afdrukbereik, ...basis } = titelEnTabel(raster, ind, TABEL1_TABELSTIJL);
  const blokken: Blok[] = [...basis.blokken, tekstBlok(ind.bronRij, [raster.bronregel])];
  if (ind.voetnootRegels.length > 0) blokken.push(tekstBlok(ind.eersteVoetnootRij, ind.voetnootRegels));
  return {
    ...basis,
    ...namen,
    blokken,
    vet: TABEL1_VET.map((d) => delen[d]),
    omloop: TABEL1_OMLOOP.map((d) => delen[d]),
    titelGrootte: titelGrootteBinnen(raster.titel, raster.breedtes, TABEL1_TITELGROOTTE),
    rijhoogtes: ind.kopHoogte === null ? [] : [{ rij: ind.kopRij, punten: ind.kopHoogte }],
    afdruk: { ...TABEL1_AFDRUK, bereik: afdrukbereik },
  };
}
