/**
 * Tabel 1 as printed (the published table in seeds/, or our own rounded
 * output) and the rules that tie its cells together, for `controleer`.
 */
import type { ControleRegel, ControleTabel, GedrukteCel } from "./controleer";
import type { Tabel1, WeergaveRij } from "../tabel1/tabel1";
import { TABEL1_SCHEMA } from "../tabel1/schema";

/** A printed row: the rounded presentation of a Tabel 1 row, without footnote markers. */
export type GedrukteTabel1Rij = Omit<WeergaveRij, "voetnoten">;

export interface GedrukteTabel1 {
  titel: string;
  rijen: GedrukteTabel1Rij[];
  totaal: GedrukteTabel1Rij;
  /** Doel in the total that belongs to no ministry (given in a footnote, e.g. 409 for DJI). */
  nietToegedeeld: Array<{ omschrijving: string; doel: number }>;
}

type Bedrag = "doel" | "formeel" | "binnenwerk" | "inleen" | "totaal";
/** The amount columns (whole banen) of TABEL1_SCHEMA, each a cell of the check, by their field in the printed row. */
const bedragen = (): Bedrag[] => TABEL1_SCHEMA.filter((k) => k.eenheid === "banen").map((k) => k.veld as Bedrag);

/** Our own model, as it would be printed. */
export function alsGedrukt(tabel: Tabel1): GedrukteTabel1 {
  return {
    titel: tabel.titel,
    rijen: tabel.weergave.rijen,
    totaal: tabel.weergave.totaal,
    nietToegedeeld: tabel.nietToegedeeld.map((n, i) => ({ omschrijving: n.omschrijving, doel: tabel.weergave.nietToegedeeld[i]! })),
  };
}

/**
 * A label per row for the cell ids: the row's name, or where a name is
 * already taken (a ministry called "Totaal Rijk", a niet-toegedeeld row with
 * a ministry's name) the name with what the row is, so no cell hides another.
 */
function rijLabels(tabel: GedrukteTabel1): { rijen: string[]; totaal: string; niet: string[] } {
  const gebruikt = new Set<string>();
  const label = (naam: string, soort: string) => {
    let l = naam;
    for (let k = 1; gebruikt.has(l); k++) l = `${naam} (${soort}${k > 1 ? ` ${k}` : ""})`;
    gebruikt.add(l);
    return l;
  };
  const rijen = tabel.rijen.map((r) => label(r.naam, "rij"));
  const totaal = label(tabel.totaal.naam, "totaalrij");
  return { rijen, totaal, niet: tabel.nietToegedeeld.map((n) => label(n.omschrijving, "niet toegedeeld")) };
}

/** Cells and rules: row totals, row percentages, column totals (doel incl. niet toegedeeld). */
export function controleTabel1(tabel: GedrukteTabel1): ControleTabel {
  const cellen: Record<string, GedrukteCel> = {};
  const regels: ControleRegel[] = [];
  const id = (rij: string, kolom: string) => `${rij} / ${kolom}`;
  const labels = rijLabels(tabel);
  const alleRijen = [...tabel.rijen.map((r, i) => ({ r, naam: labels.rijen[i]! })), { r: tabel.totaal, naam: labels.totaal }];
  for (const { r, naam } of alleRijen) {
    for (const k of bedragen()) cellen[id(naam, k)] = { waarde: r[k] };
    if (r.realisatiePercentage !== null) cellen[id(naam, "realisatie %")] = { waarde: r.realisatiePercentage };
  }
  tabel.nietToegedeeld.forEach((n, i) => (cellen[id(labels.niet[i]!, "doel")] = { waarde: n.doel }));

  for (const { r, naam } of alleRijen) {
    regels.push({ soort: "som", resultaat: id(naam, "totaal"), termen: ["formeel", "binnenwerk", "inleen"].map((k) => id(naam, k)) });
    if (r.realisatiePercentage !== null) {
      regels.push({ soort: "percentage", resultaat: id(naam, "realisatie %"), teller: id(naam, "totaal"), noemer: id(naam, "doel") });
    }
  }
  for (const k of bedragen()) {
    const termen = labels.rijen.map((naam) => id(naam, k));
    if (k === "doel") termen.push(...labels.niet.map((naam) => id(naam, "doel")));
    regels.push({ soort: "som", resultaat: id(labels.totaal, k), termen });
  }
  return { naam: tabel.titel, cellen, regels };
}
