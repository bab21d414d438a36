/**
 * Tabel 1 as printed (the published table in seeds/, or our own rounded
 * output) and the rules that tie its cells together, for `controleer`.
 */
import type { ControleRegel, ControleTabel, GedrukteCel } from "./controleer";
import type { Tabel1, WeergaveRij } from "../tabel1/tabel1";

/** A printed row: the rounded presentation of a Tabel 1 row, without footnote markers. */
export type GedrukteTabel1Rij = Omit<WeergaveRij, "voetnoten">;

export interface GedrukteTabel1 {
  titel: string;
  rijen: GedrukteTabel1Rij[];
  totaal: GedrukteTabel1Rij;
  /** Doel in the total that belongs to no ministry (given in a footnote, e.g. 409 for DJI). */
  nietToegedeeld: Array<{ omschrijving: string; doel: number }>;
}

const BEDRAGEN = ["doel", "formeel", "binnenwerk", "inleen", "totaal"] as const;

/** Our own model, as it would be printed. */
export function alsGedrukt(tabel: Tabel1): GedrukteTabel1 {
  return {
    titel: tabel.titel,
    rijen: tabel.weergave.rijen,
    totaal: tabel.weergave.totaal,
    nietToegedeeld: tabel.nietToegedeeld.map((n, i) => ({ omschrijving: n.omschrijving, doel: tabel.weergave.nietToegedeeld[i]! })),
  };
}

/** Cells and rules: row totals, row percentages, column totals (doel incl. niet toegedeeld). */
export function controleTabel1(tabel: GedrukteTabel1): ControleTabel {
  const cellen: Record<string, GedrukteCel> = {};
  const regels: ControleRegel[] = [];
  const id = (rij: string, kolom: string) => `${rij} / ${kolom}`;
  const alleRijen = [...tabel.rijen, tabel.totaal];
  for (const r of alleRijen) {
    for (const k of BEDRAGEN) cellen[id(r.naam, k)] = { waarde: r[k] };
    if (r.realisatiePercentage !== null) cellen[id(r.naam, "realisatie %")] = { waarde: r.realisatiePercentage };
  }
  for (const n of tabel.nietToegedeeld) cellen[id(n.omschrijving, "doel")] = { waarde: n.doel };

  for (const r of alleRijen) {
    regels.push({ soort: "som", resultaat: id(r.naam, "totaal"), termen: ["formeel", "binnenwerk", "inleen"].map((k) => id(r.naam, k)) });
    if (r.realisatiePercentage !== null) {
      regels.push({ soort: "percentage", resultaat: id(r.naam, "realisatie %"), teller: id(r.naam, "totaal"), noemer: id(r.naam, "doel") });
    }
  }
  for (const k of BEDRAGEN) {
    const termen = tabel.rijen.map((r) => id(r.naam, k));
    if (k === "doel") termen.push(...tabel.nietToegedeeld.map((n) => id(n.omschrijving, "doel")));
    regels.push({ soort: "som", resultaat: id(tabel.totaal.naam, k), termen });
  }
  return { naam: tabel.titel, cellen, regels };
}
