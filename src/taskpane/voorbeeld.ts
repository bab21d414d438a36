/**
 * "Probeer met voorbeeldgegevens": the SYNTHETIC sample of seeds/voorbeeld/
 * (no real people; made by the project's generator so that it reproduces the
 * published Tabel 1 2023Q2), bundled with the pane (dist/voorbeeld/, served
 * from the add-in's own origin), added to the workbook as NEW sheets with an
 * Excel table each: the person list and its fte table.
 */
import type { ExcelToegang, SchrijfOpties } from "./excel-toegang";

export interface VoorbeeldBlad {
  bestand: string;
  bladnaam: string;
  tabelnaam: string;
}

export const VOORBEELD: readonly VoorbeeldBlad[] = [
  { bestand: "personen-2023Q2.csv", bladnaam: "Voorbeeld personen 2023Q2", tabelnaam: "Voorbeeld_personen_2023Q2" },
  { bestand: "fte-2023Q1.csv", bladnaam: "Voorbeeld fte 2023Q1", tabelnaam: "Voorbeeld_fte_2023Q1" },
];

/** A sample CSV (Dutch Excel: ";" between fields, "," as decimal mark, no quoting) as the cells Excel would hold. */
export function csvAlsCellen(tekst: string): unknown[][] {
  return tekst
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/)
    .map((regel, i) => regel.split(";").map((w) => (i > 0 && /^-?\d+(,\d+)?$/.test(w) ? Number(w.replace(",", ".")) : w)));
}

/** Fetches the bundled sample and writes each file to a new sheet; returns the sheets and tables made. */
export async function voegVoorbeeldToe(
  excel: Pick<ExcelToegang, "schrijfGegevens">,
  haal: (pad: string) => Promise<string>,
  opties: (blad: VoorbeeldBlad) => SchrijfOpties = () => ({}),
): Promise<Array<{ blad: string; tabel: string }>> {
  const teksten = await Promise.all(VOORBEELD.map((v) => haal(`voorbeeld/${v.bestand}`)));
  const gemaakt: Array<{ blad: string; tabel: string }> = [];
  for (const [i, v] of VOORBEELD.entries()) {
    gemaakt.push(
      await excel.schrijfGegevens({ bladnaam: v.bladnaam, tabelnaam: v.tabelnaam, rijen: csvAlsCellen(teksten[i]!) }, opties(v)),
    );
  }
  return gemaakt;
}

/** fetch from the add-in's own origin (the CSP allows only that). */
export async function haalVanAddIn(pad: string): Promise<string> {
  const antwoord = await fetch(pad);
  if (!antwoord.ok) throw new Error(`${pad}: ${antwoord.status}`);
  return antwoord.text();
}
