/**
 * How a centrale financiering is presented: one grid (title, column headers,
 * a row per ministry, total row, summary lines, verdict sentences, footnotes)
 * with Excel number formats and column widths, shared by the task pane (cells
 * with formats) and the CLI (the same cells as Dutch text via `celTekst`), so
 * both show the same table. Pure: no Office. Same spirit as ./tabel1-opmaak.
 *
 * Cells hold the exact values as JS numbers; the format only changes what is
 * shown (Excel rounds for display, the cell keeps the value). Euro amounts are
 * whole cents, exact in a double up to about € 90 biljoen.
 *
 * On a sheet (`financieringPlan`, ./blad-plan) the verdict and the footnotes
 * are broken into lines no wider than the table, as Tabel 1's footnotes are.
 */
import {
  type Afdruk,
  type BladPlan,
  type Blok,
  rijHoogte,
  tekstBlok,
  tekstBreedte,
  tekstRegels,
  titelEnTabel,
  titelGrootteBinnen,
} from "../blad/blad-plan";
import type { Getal } from "../basis/decimaal";
import { Decimal } from "../basis/decimaal";
import {
  type Financiering,
  type FinancieringRij,
  type FinancieringTotaal,
  type PlafondSuggestie,
  plafondSuggesties,
  type TekortAfronding,
  VERDEELMETHODE_TEKST,
} from "./financiering";
import { formatteerGetal } from "../basis/getal";
import { bereik } from "../invoer/cel";
import {
  type Celwaarde,
  GETAL_FORMAAT,
  metVoetnoten,
  TABEL1_AFDRUK,
  TABEL1_OMLOOP,
  TABEL1_TABELSTIJL,
  TABEL1_TITELGROOTTE,
  TABEL1_VET,
  TEKST_FORMAAT,
  voetnootTekens,
} from "../tabel1/opmaak";
import { tekenLengte } from "../blad/tekstregels";
import type { Leesverslag } from "../invoer/leesverslag";
import { leesverslagNotitie } from "../tabel1/opmaak";
import { bronVerwijzing } from "../regels/documenten";

/** Euro with cents, Dutch Excel shows "€ 1.234.567,89" and "€ -1.234,56" (invariant format code, like tabel1-opmaak). */
export const EURO_FORMAAT = '"€ "#,##0.00;"€ "-#,##0.00';
/** Banen with two decimals (doel and tekort are rarely whole): 1.416,30. */
export const BANEN_DECIMAAL_FORMAAT = "#,##0.00";

export const FINANCIERING_TITEL = "Centrale financiering: tekort, te financieren banen en budget";

/** Sheet name: "Centrale financiering 2023" (year of the realisatie), or without a year when unknown; the pane makes it unique. */
export function financieringBladnaam(jaar: number | null): string {
  return jaar === null ? "Centrale financiering" : `Centrale financiering ${jaar}`;
}

/** Name of the Excel table: "Financiering_2023" (no spaces; the pane makes it unique). */
export function financieringTabelnaam(jaar: number | null): string {
  return jaar === null ? "Financiering" : `Financiering_${jaar}`;
}

/** The house style of Tabel 1: same table style, title size, bold parts and print setup. */
export const FINANCIERING_TABELSTIJL = TABEL1_TABELSTIJL;
export const FINANCIERING_TITELGROOTTE = TABEL1_TITELGROOTTE;
export const FINANCIERING_VET = TABEL1_VET;
export const FINANCIERING_AFDRUK: Omit<Afdruk, "bereik"> = TABEL1_AFDRUK;
/** Wrapped: the headers, and the summary labels in column A (their values are in B and would cut them off). */
export const FINANCIERING_OMLOOP: readonly ("koppen" | "samenvatting")[] = [...TABEL1_OMLOOP, "samenvatting"];

export const FINANCIERING_KOLOMMEN = [
  "ministerie",
  "doel",
  "gerealiseerd",
  "tekort",
  "tekortBanen",
  "gevraagd",
  "gefinancierd",
  "kostenPerBaan",
  "benodigdEuro",
  "budgetEuro",
  "saldoEuro",
] as const;
export type FinancieringKolom = (typeof FINANCIERING_KOLOMMEN)[number];

export const FINANCIERING_KOPPEN: Readonly<Record<FinancieringKolom, string>> = {
  ministerie: "Ministerie",
  doel: "Doel",
  gerealiseerd: "Gerealiseerd",
  tekort: "Tekort",
  tekortBanen: "Tekort in hele banen",
  gevraagd: "Gevraagde banen",
  gefinancierd: "Te financieren banen",
  kostenPerBaan: "Kosten per baan",
  benodigdEuro: "Benodigd budget",
  budgetEuro: "Eigen budget",
  saldoEuro: "Saldo eigen budget",
};

export const FINANCIERING_FORMAAT: Readonly<Record<FinancieringKolom, string>> = {
  ministerie: "General",
  doel: BANEN_DECIMAAL_FORMAAT,
  gerealiseerd: BANEN_DECIMAAL_FORMAAT,
  tekort: BANEN_DECIMAAL_FORMAAT,
  tekortBanen: GETAL_FORMAAT,
  gevraagd: GETAL_FORMAAT,
  gefinancierd: GETAL_FORMAAT,
  kostenPerBaan: EURO_FORMAAT,
  benodigdEuro: EURO_FORMAAT,
  budgetEuro: EURO_FORMAAT,
  saldoEuro: EURO_FORMAAT,
};

/** Width per column in characters (convert with tekensNaarPunten for the Excel API). */
export const FINANCIERING_KOLOMBREEDTE: Readonly<Record<FinancieringKolom, number>> = {
  ministerie: 20,
  doel: 12,
  gerealiseerd: 13,
  tekort: 12,
  tekortBanen: 12,
  gevraagd: 12,
  gefinancierd: 13,
  kostenPerBaan: 16,
  benodigdEuro: 20,
  budgetEuro: 18,
  saldoEuro: 18,
};

/** A line under the table: "Benodigd budget" | 18000000 | EURO_FORMAAT. */
export interface SamenvattingRegel {
  label: string;
  waarde: Celwaarde;
  formaat: string;
}

export interface FinancieringRaster {
  titel: string;
  /** The columns shown: without the two euro columns when no cost per baan was given. */
  kolommen: FinancieringKolom[];
  /** Column headers, with footnote markers. */
  koppen: string[];
  /** One row per ministry, in input order; a ministry that got a remainder unit carries the marker of that footnote. */
  rijen: Celwaarde[][];
  /** The bold total row. */
  totaal: Celwaarde[];
  /** Plain ministry names in row order. */
  namen: string[];
  /** Totals against plafond and budget, one label and value per line. */
  samenvatting: SamenvattingRegel[];
  /** The verdict in Dutch sentences. */
  oordeel: string[];
  /** "¹ Het tekort is …", one line per footnote. */
  voetnoten: string[];
  /** Number format per column, in `kolommen` order. */
  formaten: string[];
  /** Width per column in characters. */
  breedtes: number[];
}

/** "€ 1.234.567,89"; negative "€ -1.234,56" (as nl-NL writes it). Always two decimals, half up. */
export function formatteerBedrag(bedrag: Getal): string {
  return `€ ${formatteerGetal(new Decimal(bedrag), 2)}`;
}

/** A cell as Dutch text, as Excel shows it with that format (for the CLI and for messages). */
export function celTekst(waarde: Celwaarde, formaat: string): string {
  if (typeof waarde === "string") return waarde;
  if (formaat === EURO_FORMAAT) return formatteerBedrag(waarde);
  if (formaat === BANEN_DECIMAAL_FORMAAT) return formatteerGetal(waarde, 2);
  if (formaat === GETAL_FORMAAT) return formatteerGetal(waarde, 0);
  return formatteerGetal(waarde);
}

/** The whole grid as text cells: headers, rows, total, and the summary as label/value pairs. */
export function financieringTekst(raster: FinancieringRaster): {
  koppen: string[];
  rijen: string[][];
  totaal: string[];
  samenvatting: [string, string][];
} {
  const tekst = (rij: Celwaarde[]) => rij.map((c, i) => celTekst(c, raster.formaten[i] ?? "General"));
  return {
    koppen: raster.koppen,
    rijen: raster.rijen.map(tekst),
    totaal: tekst(raster.totaal),
    samenvatting: raster.samenvatting.map((r) => [r.label, celTekst(r.waarde, r.formaat)]),
  };
}

/**
 * "2022: maximaal 400 banen" / "2023: ongeveer 500 banen erbij (samen ongeveer
 * 900, afgeleid: 400 + ca. 500)", for a list to pick the plafond from. "ongeveer"
 * stays with every approximate number, also in the sum.
 */
export function plafondSuggestieTekst(s: PlafondSuggestie): string {
  const tranche = `${s.jaar}: ${s.benadering ? "ongeveer" : "maximaal"} ${formatteerGetal(s.banen)} banen`;
  if (!s.erbij) return tranche;
  const eerder = plafondSuggesties().filter((t) => t.jaar < s.jaar);
  const som = [...eerder, s].map((t) => `${t.benadering ? "ca. " : ""}${formatteerGetal(t.banen)}`).join(" + ");
  return `${tranche} erbij (samen ${s.samenBenadering ? "ongeveer " : ""}${formatteerGetal(s.samen)}, afgeleid: ${som})`;
}

/** One assumption of a financing: what it is about and, in Dutch, what was assumed and why. */
export interface FinancieringAanname {
  onderwerp: "verdeling" | "plafond" | "kosten per baan" | "gevraagd" | "budget";
  tekst: string;
}

/**
 * Every assumption a financing rests on, for every output (CLI text and JSON,
 * the pane, the sheet's footnotes say the same): the division of the plafond
 * when it was divided, the plafond itself, the cost per baan, the jobs asked,
 * and a budget for all ministries together. None of them is in the sources.
 */
export function financieringAannames(f: Financiering): FinancieringAanname[] {
  const uit: FinancieringAanname[] = [];
  const p = f.oordeel.plafond;
  if (p?.verdeeld && f.verdeling) {
    uit.push({
      onderwerp: "verdeling",
      tekst:
        `De gevraagde banen (${formatteerGetal(f.totaal.gevraagd)}) zijn meer dan het plafond (${formatteerGetal(p.plafond)}); ` +
        `het plafond is verdeeld ${VERDEELMETHODE_TEKST[f.verdeling]} (${f.verdeling}), gekozen door de gebruiker: de bronnen geven geen verdeelsleutel.`,
    });
  }
  if (f.plafond !== null) {
    const bekend = plafondSuggesties().filter((s) => s.banen === f.plafond || s.samen === f.plafond);
    uit.push({
      onderwerp: "plafond",
      tekst:
        `Het plafond van ${formatteerGetal(f.plafond)} banen (de capaciteit van Binnenwerk) is opgegeven door de gebruiker` +
        (bekend.length > 0 ? `; de bronnen noemen: ${bekend.map(plafondSuggestieTekst).join("; ")}.` : "."),
    });
  } else uit.push({ onderwerp: "plafond", tekst: "Geen plafond opgegeven: de capaciteit van Binnenwerk is niet getoetst." });
  if (f.totaal.benodigdEuro !== null)
    uit.push({ onderwerp: "kosten per baan", tekst: "De kosten per baan zijn opgegeven door de gebruiker; de bronnen geven geen bedrag." });
  const zonderVraag = f.rijen.filter((r) => !r.eigenVraag).map((r) => r.ministerie);
  if (zonderVraag.length > 0 && zonderVraag.length < f.rijen.length)
    uit.push({
      onderwerp: "gevraagd",
      tekst: `Zonder eigen aantal gevraagde banen vraagt een ministerie zijn hele tekort: ${zonderVraag.join(", ")}.`,
    });
  else if (zonderVraag.length > 0)
    uit.push({ onderwerp: "gevraagd", tekst: "Geen ministerie gaf een eigen aantal gevraagde banen: elk vraagt zijn hele tekort." });
  if (f.budgetEuro !== null)
    uit.push({
      onderwerp: "budget",
      tekst:
        "Eén beschikbaar budget voor alle ministeries samen is een keuze van de gebruiker; de bronnen beschrijven centrale financiering " +
        'per ministerie ("voor het eigen ministerie", seed 004).',
    });
  return uit;
}

/**
 * Where a reader finds the plafond: the public document (Kamerbrief, Kamerstuk, page) and the quote,
 * "Kamerbrief …, blz. 9 e.v.: “2022 nog maximaal 400 …”" (regels/documenten.ts).
 */
export function plafondBronTekst(s: PlafondSuggestie): string {
  return `${bronVerwijzing(s.bron)}: “${s.bron.citaat}”`;
}

/** Dutch words for the rounding of the tekort, for footnote and verdict. */
export function afrondingTekst(afronding: TekortAfronding): string {
  return afronding === "omhoog" ? "naar boven afgerond" : "naar beneden afgerond";
}

/** The presentation of a centrale financiering as one grid. */
export function financieringRaster(f: Financiering): FinancieringRaster {
  const kolommen = getoondeKolommen(f);

  // Footnotes in column order: rounding, division of the plafond, costs.
  const voetnoten: Array<{ tekst: string; kolom: FinancieringKolom; opRestbaan?: boolean }> = [];
  voetnoten.push({
    kolom: "tekortBanen",
    tekst:
      `Het tekort is per ministerie ${afrondingTekst(f.afronding)} op hele banen` +
      (f.afronding === "omhoog"
        ? " (een deel van een baan vraagt een hele baan om het quotum te halen)."
        : " (nooit meer banen dan het exacte tekort)."),
  });
  if (f.oordeel.plafond?.verdeeld) {
    voetnoten.push({
      kolom: "gefinancierd",
      opRestbaan: true,
      tekst:
        `De gevraagde banen (${formatteerGetal(f.totaal.gevraagd)}) zijn meer dan het plafond (${formatteerGetal(f.oordeel.plafond.plafond)}); ` +
        `de plaatsen zijn ${VERDEELMETHODE_TEKST[f.verdeling ?? "naar-tekort"]} verdeeld met de grootsterestmethode, nooit meer dan een ministerie vraagt (aanname van de gebruiker: de bronnen geven geen verdeelsleutel)` +
        (f.restOntvangers.length > 0 ? `. Een restbaan ging naar: ${f.restOntvangers.join(", ")}.` : "; er bleef geen rest over."),
    });
  }
  if (f.totaal.benodigdEuro !== null) {
    voetnoten.push({ kolom: "kostenPerBaan", tekst: "De kosten per baan zijn opgegeven door de gebruiker; de bronnen geven geen bedrag." });
  }
  const genummerd = voetnoten.map((v, i) => ({ ...v, nr: i + 1 }));
  const bijKolom = (k: FinancieringKolom) => genummerd.filter((v) => v.kolom === k).map((v) => v.nr);
  const bijRestbaan = genummerd.filter((v) => v.opRestbaan).map((v) => v.nr);

  const cel = (k: FinancieringKolom, r: FinancieringRij | FinancieringTotaal): Celwaarde => {
    switch (k) {
      case "ministerie":
        return "";
      case "doel":
      case "gerealiseerd":
      case "tekort":
        return r[k].toNumber();
      case "tekortBanen":
      case "gevraagd":
      case "gefinancierd":
        return r[k];
      case "budgetEuro":
        return "budgetEuro" in r && r.budgetEuro ? r.budgetEuro.toNumber() : "";
      case "saldoEuro":
        return "saldoEuro" in r && r.saldoEuro ? r.saldoEuro.toNumber() : "";
      case "kostenPerBaan":
        return "kostenPerBaan" in r && r.kostenPerBaan ? r.kostenPerBaan.toNumber() : "";
      case "benodigdEuro":
        return r.benodigdEuro ? r.benodigdEuro.toNumber() : "";
    }
  };

  const regels = samenvatting(f);
  return {
    titel: FINANCIERING_TITEL,
    kolommen,
    koppen: kolommen.map((k) => metVoetnoten(FINANCIERING_KOPPEN[k], bijKolom(k))),
    rijen: f.rijen.map((r) =>
      kolommen.map((k) => (k === "ministerie" ? metVoetnoten(r.ministerie, r.restbaan ? bijRestbaan : []) : cel(k, r))),
    ),
    totaal: kolommen.map((k) => (k === "ministerie" ? "Totaal" : cel(k, f.totaal))),
    namen: f.rijen.map((r) => r.ministerie),
    samenvatting: regels,
    oordeel: oordeel(f),
    voetnoten: genummerd.map((v) => `${voetnootTekens([v.nr])} ${v.tekst}`),
    formaten: kolommen.map((k) => FINANCIERING_FORMAAT[k]),
    breedtes: breedtes(kolommen, regels),
  };
}

/**
 * The columns shown: the euro columns only with a cost per baan, the asked
 * banen only when a ministry gave its own number, the own budget and its
 * saldo only when a ministry gave a budget.
 */
function getoondeKolommen(f: Financiering): FinancieringKolom[] {
  const metKosten = f.totaal.benodigdEuro !== null;
  const weg = new Set<FinancieringKolom>();
  if (!metKosten) ["kostenPerBaan", "benodigdEuro"].forEach((k) => weg.add(k as FinancieringKolom));
  if (!f.rijen.some((r) => r.eigenVraag)) weg.add("gevraagd");
  if (!f.rijen.some((r) => r.budgetEuro !== null) || !metKosten)
    ["budgetEuro", "saldoEuro"].forEach((k) => weg.add(k as FinancieringKolom));
  return FINANCIERING_KOLOMMEN.filter((k) => !weg.has(k));
}

/**
 * Column widths; column B also holds the summary's values (amounts such as
 * € 22.500.000,00), so it is as wide as the widest number there: Excel shows
 * "###" for a number that does not fit. Text may run on into empty cells.
 */
function breedtes(kolommen: readonly FinancieringKolom[], regels: readonly SamenvattingRegel[]): number[] {
  const waarden = regels.filter((r) => typeof r.waarde === "number").map((r) => tekenLengte(celTekst(r.waarde, r.formaat)) + 2);
  return kolommen.map((k, i) => (i === 1 ? Math.max(FINANCIERING_KOLOMBREEDTE[k], ...waarden) : FINANCIERING_KOLOMBREEDTE[k]));
}

function samenvatting(f: Financiering): SamenvattingRegel[] {
  const regels: SamenvattingRegel[] = [
    { label: "Tekort (banen)", waarde: f.totaal.tekort.toNumber(), formaat: BANEN_DECIMAAL_FORMAAT },
    { label: `Tekort in hele banen (${afrondingTekst(f.afronding)})`, waarde: f.totaal.tekortBanen, formaat: GETAL_FORMAAT },
    f.plafond === null
      ? { label: "Plafond (banen)", waarde: "geen plafond opgegeven", formaat: TEKST_FORMAAT }
      : { label: "Plafond (banen)", waarde: f.plafond, formaat: GETAL_FORMAAT },
    ...(f.verdeling === null
      ? []
      : [{ label: "Verdeling van het plafond (aanname)", waarde: VERDEELMETHODE_TEKST[f.verdeling], formaat: TEKST_FORMAAT }]),
    { label: "Te financieren banen", waarde: f.totaal.gefinancierd, formaat: GETAL_FORMAAT },
    { label: "Banen zonder financiering (boven het plafond)", waarde: f.totaal.nietGefinancierd, formaat: GETAL_FORMAAT },
  ];
  if (f.totaal.benodigdEuro !== null)
    regels.push({ label: "Benodigd budget", waarde: f.totaal.benodigdEuro.toNumber(), formaat: EURO_FORMAAT });
  const b = f.oordeel.budget;
  if (b) {
    regels.push(
      { label: "Beschikbaar budget", waarde: b.budgetEuro.toNumber(), formaat: EURO_FORMAAT },
      { label: "Saldo (+ overschot, − tekort)", waarde: b.saldoEuro.toNumber(), formaat: EURO_FORMAAT },
      { label: "Banen gedekt door het budget", waarde: b.banenGedekt, formaat: GETAL_FORMAAT },
      { label: "Banen te weinig budget", waarde: b.banenTekort, formaat: GETAL_FORMAAT },
    );
    if (b.banenUitBudget !== null) {
      regels.push({
        label: "Banen uit het budget (budget / kosten per baan, afgerond naar beneden)",
        waarde: b.banenUitBudget,
        formaat: GETAL_FORMAAT,
      });
    }
  }
  return regels;
}

function oordeel(f: Financiering): string[] {
  const n = (getal: number) => formatteerGetal(getal);
  const banen = (getal: number) => `${n(getal)} ${getal === 1 ? "baan" : "banen"}`;
  const zinnen = [
    `Totaal tekort: ${tekortTekst(f.totaal.tekort)} banen; in hele banen ${n(f.totaal.tekortBanen)} (per ministerie ${afrondingTekst(f.afronding)}).`,
  ];
  const p = f.oordeel.plafond;
  if (!p) zinnen.push(`Geen plafond opgegeven: alle ${banen(f.totaal.gefinancierd)} worden gefinancierd.`);
  else if (p.verdeeld)
    zinnen.push(
      `De gevraagde banen zijn meer dan het plafond van ${banen(p.plafond)}: ${banen(f.totaal.gefinancierd)} te financieren, ` +
        `verdeeld ${VERDEELMETHODE_TEKST[f.verdeling ?? "naar-tekort"]} (aanname); ${banen(f.totaal.nietGefinancierd)} blijven zonder financiering.`,
    );
  else
    zinnen.push(
      `Het tekort past binnen het plafond van ${banen(p.plafond)}; ${n(p.ongebruikt)} ${p.ongebruikt === 1 ? "plaats blijft" : "plaatsen blijven"} over.`,
    );

  const b = f.oordeel.budget;
  if (f.totaal.benodigdEuro === null) zinnen.push("Geen kosten per baan opgegeven: er zijn geen bedragen berekend.");
  else if (!b) zinnen.push(`Benodigd budget: ${formatteerBedrag(f.totaal.benodigdEuro)} (geen beschikbaar budget opgegeven).`);
  else if (b.toereikend) {
    const extra =
      b.banenUitBudget !== null && b.banenUitBudget > f.totaal.gefinancierd
        ? ` en nog ${banen(b.banenUitBudget - f.totaal.gefinancierd)} meer`
        : "";
    zinnen.push(
      `Het budget van ${formatteerBedrag(b.budgetEuro)} is toereikend voor ${formatteerBedrag(b.benodigdEuro)}: ` +
        `overschot ${formatteerBedrag(b.overschotEuro)}; het dekt de ${banen(f.totaal.gefinancierd)}${extra}.`,
    );
  } else
    zinnen.push(
      `Het budget van ${formatteerBedrag(b.budgetEuro)} is niet toereikend voor ${formatteerBedrag(b.benodigdEuro)}: ` +
        `tekort ${formatteerBedrag(b.tekortEuro)}; het dekt ${n(b.banenGedekt)} van de ${banen(f.totaal.gefinancierd)} (${banen(b.banenTekort)} te weinig).`,
    );
  return zinnen;
}

/** Row offsets (0-based) of the parts on a sheet; the table starts at column A. */
export interface FinancieringIndeling {
  titelRij: number;
  kopRij: number;
  eersteDataRij: number;
  totaalRij: number;
  /** Summary lines: label in column A, value in column B with the line's format. */
  eersteSamenvattingRij: number;
  /** Verdict sentences, one per row in column A. */
  eersteOordeelRij: number;
  /** The verdict as sheet lines no wider than the table, from eersteOordeelRij on. */
  oordeelRegels: string[];
  eersteVoetnootRij: number;
  /** The footnotes as sheet lines no wider than the table, from eersteVoetnootRij on. */
  voetnootRegels: string[];
  /** Rows whose wrapped text needs more than one line (the header row, long summary labels): 0-based row and points. */
  rijhoogtes: Array<{ rij: number; punten: number }>;
  laatsteRij: number;
  kolommen: number;
}

/**
 * Where each part goes, with an empty row between parts: title, table
 * (headers, ministries, total), summary, verdict, footnotes; verdict and
 * footnotes over as many lines as they need.
 */
export function financieringIndeling(
  raster: Pick<FinancieringRaster, "koppen" | "rijen" | "samenvatting" | "oordeel" | "voetnoten" | "breedtes">,
): FinancieringIndeling {
  const kopRij = 2;
  const eersteDataRij = kopRij + 1;
  const totaalRij = eersteDataRij + raster.rijen.length;
  const eersteSamenvattingRij = totaalRij + 2;
  const breedte = tekstBreedte(raster.breedtes);
  const oordeelRegels = tekstRegels(raster.oordeel, breedte);
  const voetnootRegels = tekstRegels(raster.voetnoten, breedte);
  const eersteOordeelRij = eersteSamenvattingRij + raster.samenvatting.length + 1;
  const eersteVoetnootRij = eersteOordeelRij + oordeelRegels.length + 1;
  const hoogtes: Array<{ rij: number; punten: number | null }> = [
    { rij: kopRij, punten: rijHoogte(raster.koppen, raster.breedtes) },
    ...raster.samenvatting.map((s, i) => ({ rij: eersteSamenvattingRij + i, punten: rijHoogte([s.label], raster.breedtes) })),
  ];
  return {
    titelRij: 0,
    kopRij,
    eersteDataRij,
    totaalRij,
    eersteSamenvattingRij,
    eersteOordeelRij,
    oordeelRegels,
    eersteVoetnootRij,
    voetnootRegels,
    rijhoogtes: hoogtes.flatMap((h) => (h.punten === null ? [] : [{ rij: h.rij, punten: h.punten }])),
    laatsteRij: eersteVoetnootRij + Math.max(voetnootRegels.length, 1) - 1,
    kolommen: raster.koppen.length,
  };
}

/**
 * The financing as a sheet plan (same kind as Tabel 1's, ./tabel1-opmaak):
 * title; an Excel table of the ministries with a bold total row; the summary,
 * label in A and value in B; the verdict; the footnotes; and the print setup.
 * `jaar` names the sheet and the table ("Centrale financiering 2023"). The
 * reading reports of the input go on the title cell as a note, as on Tabel 1.
 */
export function financieringPlan(raster: FinancieringRaster, jaar: number | null, verslagen: readonly Leesverslag[] = []): BladPlan {
  const ind = financieringIndeling(raster);
  const { delen, afdrukbereik, ...basis } = titelEnTabel(raster, ind, FINANCIERING_TABELSTIJL);
  const blokken: Blok[] = [
    ...basis.blokken,
    {
      adres: bereik(ind.eersteSamenvattingRij, 0, raster.samenvatting.length, 2),
      waarden: raster.samenvatting.map((s) => [s.label, s.waarde]),
      formaten: raster.samenvatting.map((s) => [TEKST_FORMAAT, s.formaat]),
    },
    tekstBlok(ind.eersteOordeelRij, ind.oordeelRegels),
  ];
  if (ind.voetnootRegels.length > 0) blokken.push(tekstBlok(ind.eersteVoetnootRij, ind.voetnootRegels));
  const alleDelen = { ...delen, samenvatting: bereik(ind.eersteSamenvattingRij, 0, raster.samenvatting.length, 1) };
  const notitie = leesverslagNotitie(verslagen, "banen financiering");
  return {
    ...basis,
    ...(notitie === null ? {} : { notitie: { cel: basis.titelCel.split(":")[0]!, tekst: notitie } }),
    bladnaam: financieringBladnaam(jaar),
    tabelnaam: financieringTabelnaam(jaar),
    blokken,
    vet: FINANCIERING_VET.map((d) => alleDelen[d]),
    omloop: FINANCIERING_OMLOOP.map((d) => alleDelen[d]),
    titelGrootte: titelGrootteBinnen(raster.titel, raster.breedtes, FINANCIERING_TITELGROOTTE),
    rijhoogtes: ind.rijhoogtes,
    afdruk: { ...FINANCIERING_AFDRUK, bereik: afdrukbereik },
  };
}

/** A tekort in banen as the verdict says it: whole numbers without ",00" ("1.035"), else two decimals ("12,30"). */
function tekortTekst(tekort: Getal): string {
  const d = new Decimal(tekort);
  return d.isInteger() ? formatteerGetal(d) : formatteerGetal(d, 2);
}
