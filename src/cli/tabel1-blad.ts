/**
 * Tabel 1 as the rows of a sheet, in the one layout of core/tabel1-opmaak
 * (title, blank, headers, ministries, total, blank, source line, blank,
 * footnotes in lines no wider than the table, as on the sheet), for CSV
 * output. The xlsx writer (src/cli/werkmap) and the pane use the same
 * layout, so `controleer` reads any of them back.
 */
import type { Tabel1 } from "../core";
import { type Celwaarde, tabel1Indeling, tabel1Raster, TABEL1_KOLOMMEN } from "../core/tabel1-opmaak";

export function tabel1Blad(tabel: Tabel1): Celwaarde[][] {
  const r = tabel1Raster(tabel);
  const indeling = tabel1Indeling(r);
  const blad: Celwaarde[][] = Array.from({ length: indeling.laatsteRij + 1 }, () => []);
  // CSV has no number formats: realisatie goes out as "75%", which Dutch Excel reads back as 75 %.
  const alsTekst = (rij: Celwaarde[]) =>
    rij.map((w, k) => (TABEL1_KOLOMMEN[k] === "realisatie" && w !== "" ? `${Math.round(Number(w) * 100)}%` : w));
  blad[indeling.titelRij] = [r.titel];
  blad[indeling.kopRij] = r.koppen;
  r.rijen.forEach((rij, i) => (blad[indeling.eersteDataRij + i] = alsTekst(rij)));
  blad[indeling.totaalRij] = alsTekst(r.totaal);
  blad[indeling.bronRij] = [r.bronregel];
  indeling.voetnootRegels.forEach((v, i) => (blad[indeling.eersteVoetnootRij + i] = [v]));
  return blad;
}
