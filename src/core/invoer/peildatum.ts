/**
 * The quarter of the fte (the doel's peildatum), read from the evidence a
 * reader has: the fte table's file or sheet name ("fte-2023Q1.csv", blad
 * "Fte 2023Q1"), or the header of an fte column ("fte 2023Q1"). Part of the
 * shared reader; the doel record (core/regels/doelrecord.ts) compares it with
 * the rule and reports a mismatch.
 */
import { normaleKop } from "./cel";
import { kwartaalUitNaam } from "./herken";
import type { Raster } from "./raster";

export interface FtePeildatum {
  /** "2023Q1". */
  kwartaal: string;
  /** Where it was read, in words: "bestandsnaam fte-2023Q1.csv", "kolomkop \"fte 2023Q1\"". */
  bron: string;
}

/** The peildatum from the fte table's name or an fte column header; null when nothing says. */
export function ftePeildatumUit(fte: Raster | null | undefined, hoofd: Raster): FtePeildatum | null {
  const uitNaam = fte ? kwartaalUitNaam(fte.blad) : null;
  if (fte && uitNaam) return { kwartaal: uitNaam, bron: `naam ${fte.blad}` };
  for (const r of fte ? [fte, hoofd] : [hoofd]) {
    for (const kop of r.koppen) {
      const tekst = String(kop ?? "");
      if (!/^fte\b/.test(normaleKop(tekst))) continue;
      const k = kwartaalUitNaam(tekst);
      if (k) return { kwartaal: k, bron: `kolomkop "${tekst.trim()}" in ${r.blad}` };
    }
  }
  return null;
}
