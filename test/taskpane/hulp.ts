/** Shared helpers for the task pane tests: the sample data and a Tabel 1 built from it. */
import * as fs from "node:fs";
import * as path from "node:path";
import { bouwTabel1, type Afronding, type MinisterieInvoer, type Tabel1, type Tabel1Invoer } from "../../src/core";

export const WORTEL = path.resolve(__dirname, "..", "..");

/** A sample CSV (Dutch Excel: ";" and decimal ",") as rows of strings. */
export function leesCsv(bestand: string): string[][] {
  return fs
    .readFileSync(path.join(WORTEL, "seeds", "voorbeeld", bestand), "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/)
    .map((r) => r.split(";"));
}

/** Cells as Excel would hold them after opening the CSV in Dutch Excel: numbers become numbers. */
export function alsExcelWaarden(rijen: string[][]): unknown[][] {
  return rijen.map((rij, i) => rij.map((w) => (i > 0 && /^-?\d+(,\d+)?$/.test(w) ? Number(w.replace(",", ".")) : w)));
}

/** The input of Tabel 1 2023Q2 from the aggregated sample, read with nothing but split (also the core's golden test). */
export function voorbeeldInvoer(): Tabel1Invoer {
  const [kop, ...regels] = leesCsv("ministeries-2023Q2.csv");
  const alle = regels.map((r) => Object.fromEntries(kop!.map((k, i) => [k, r[i] ?? ""])));
  const uren = (w: string) => ({ uren: w, periode: "week" });
  return {
    kwartaal: "2023Q2",
    ftePeildatum: "2023Q1", // the sample's fte are of the 1st quarter, as the rule asks (seeds/voorbeeld/fte-2023Q1.csv)
    ministeries: alle
      .filter((r) => r.toegedeeld !== "nee")
      .map((r): MinisterieInvoer => ({
        ministerie: r.ministerie!,
        fte: r.fte!,
        formeel: uren(r["formeel uren"]!),
        binnenwerk: uren(r["binnenwerk uren"]!),
        inleen: uren(r["inleen uren"]!),
        voetnoot: r.voetnoot!,
      })),
    nietToegedeeld: alle
      .filter((r) => r.toegedeeld === "nee")
      .map((r) => ({ omschrijving: r.ministerie!, fte: r.fte!, voetnoot: r.voetnoot! })),
  };
}

/** Tabel 1 2023Q2 from the aggregated sample. */
export function voorbeeldTabel(afronding: Afronding = "per-cel"): Tabel1 {
  return bouwTabel1(voorbeeldInvoer(), afronding);
}

/**
 * A SYNTHETIC Tabel 1 2023Q1 to compare with 2023Q2: the same sample without
 * inleen hours and without Rechtspraak (so a comparison has a ministry in one
 * quarter only).
 */
export function eerderKwartaalTabel(): Tabel1 {
  const invoer = voorbeeldInvoer();
  return bouwTabel1({
    ...invoer,
    kwartaal: "2023Q1",
    ministeries: invoer.ministeries
      .filter((m) => m.ministerie !== "Rechtspraak")
      .map((m) => ({ ...m, inleen: { uren: "0", periode: "week" } })),
  });
}
