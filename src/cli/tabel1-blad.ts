/**
 * Tabel 1 as the rows of a sheet, in the one layout of core/tabel1/opmaak
 * (title, blank, headers, ministries, total, blank, source line, blank,
 * footnotes in lines no wider than the table, as on the sheet), for CSV
 * output. The xlsx writer (src/cli/werkmap) and the pane use the same
 * layout, so `controleer` reads any of them back.
 */
import type { Leesverslag, Tabel1 } from "../core";
import { type Celwaarde, leesverslagRegels, tabel1Cellen, tabel1Indeling, tabel1Raster } from "../core/tabel1/opmaak";
import { TABEL1_SCHEMA } from "../core/tabel1/schema";

export function tabel1Blad(tabel: Tabel1, verslagen: readonly Leesverslag[] = []): Celwaarde[][] {
  const indeling = tabel1Indeling(tabel1Raster(tabel));
  // CSV has no number formats: realisatie goes out as "75%", which Dutch Excel reads back as 75 %.
  const alsTekst = (rij: Celwaarde[]) =>
    rij.map((w, k) => (TABEL1_SCHEMA[k]?.eenheid === "procent" && w !== "" ? `${Math.round(Number(w) * 100)}%` : w));
  const cellen = tabel1Cellen(tabel).map((rij, i) => (i >= indeling.eersteDataRij && i <= indeling.totaalRij ? alsTekst(rij) : rij));
  // CSV has no notes: the reading report follows the footnotes after an empty row, one line a row.
  const verslag = leesverslagRegels(verslagen);
  return verslag.length === 0 ? cellen : [...cellen, [], ...verslag.map((r) => [r])];
}
