/**
 * Tabel 1 as an .xlsx workbook: the same sheet the task pane writes, from
 * the one layout definition (core/tabel1-opmaak: grid, row offsets, formats,
 * widths, sheet and table names, style) — title, an Excel table with the
 * published column headers and a bold total row holding the published
 * (rounded) totals as values, the source line and the footnotes.
 *
 * What the pane can add and this file does not: the optional chart (exceljs
 * cannot write charts), and with it the chart data block under the
 * footnotes. Otherwise the CLI's sheet is the pane's sheet with "geen
 * grafiek" chosen.
 */
import ExcelJS from "exceljs";
import type { Tabel1 } from "../../core/tabel1";
import {
  TABEL1_AFDRUK,
  TABEL1_OMLOOP,
  TABEL1_TABELSTIJL,
  TABEL1_TITELGROOTTE,
  TABEL1_VET,
  TEKST_FORMAAT,
  type Celwaarde,
  tabel1Bladnaam,
  tabel1Indeling,
  tabel1Raster,
  tabel1Tabelnaam,
} from "../../core/tabel1-opmaak";
import { schrijfAtomair, type SchrijfOpties } from "./atomair";
import { werkmapBytes } from "./tabelblad";

/** Writes Tabel 1 to `pad` (.xlsx) atomically; an existing file only with `overschrijf`. */
export async function schrijfTabel1Werkmap(tabel: Tabel1, pad: string, opties: SchrijfOpties): Promise<void> {
  await schrijfAtomair(pad, () => werkmapBytes(maakTabel1Werkmap(tabel)), opties);
}

/** SpreadsheetML paper size codes (ECMA-376 Part 1, 18.3.1.63 pageSetup, paperSize: 9 = A4). */
const PAPIER = { A4: 9 } as const;

/** "" in the grid means an empty cell (realisatie when the doel is 0), as the pane writes it. */
const cel = (w: Celwaarde): string | number | null => (w === "" ? null : w);

/** The workbook in memory (exported for tests and for callers that add sheets of their own). */
export function maakTabel1Werkmap(tabel: Tabel1, nu: Date = new Date()): ExcelJS.Workbook {
  const raster = tabel1Raster(tabel);
  const ind = tabel1Indeling(raster);
  const werkmap = new ExcelJS.Workbook();
  werkmap.creator = "banen (Banenafspraak)";
  werkmap.title = raster.titel;
  werkmap.created = nu;
  werkmap.modified = nu;

  const ws = werkmap.addWorksheet(tabel1Bladnaam(tabel.kwartaal));
  const rij = (index: number) => ws.getRow(index + 1); // the layout counts from 0, exceljs from 1
  const tekst = (index: number, waarde: string) => {
    const c = rij(index).getCell(1);
    c.value = waarde;
    c.numFmt = TEKST_FORMAAT;
    return c;
  };

  const titel = tekst(ind.titelRij, raster.titel);
  titel.font = { bold: TABEL1_VET.includes("titel"), size: TABEL1_TITELGROOTTE };

  ws.addTable({
    name: tabel1Tabelnaam(tabel.kwartaal),
    ref: `A${ind.kopRij + 1}`,
    headerRow: true,
    totalsRow: true,
    style: { theme: TABEL1_TABELSTIJL as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: raster.koppen.map((name, k) => ({
      name,
      filterButton: true,
      // The total row holds the published totals as values (rounded per cell, they are not the sum
      // of the rounded cells); only the label is a table attribute.
      ...(k === 0 ? { totalsRowLabel: String(raster.totaal[0]) } : { totalsRowFunction: "none" as const }),
    })),
    rows: raster.rijen.map((r) => r.map(cel)),
  });

  const kop = rij(ind.kopRij);
  raster.koppen.forEach((_, k) => {
    const c = kop.getCell(k + 1);
    c.numFmt = TEKST_FORMAAT;
    c.font = { bold: TABEL1_VET.includes("koppen") };
    if (TABEL1_OMLOOP.includes("koppen")) c.alignment = { wrapText: true };
  });
  raster.rijen.forEach((_, i) => {
    const r = rij(ind.eersteDataRij + i);
    raster.formaten.forEach((f, k) => (r.getCell(k + 1).numFmt = f));
  });
  const totaal = rij(ind.totaalRij);
  raster.totaal.forEach((w, k) => {
    const c = totaal.getCell(k + 1);
    c.value = cel(w);
    c.numFmt = raster.formaten[k]!;
    c.font = { bold: TABEL1_VET.includes("totaal") };
  });

  tekst(ind.bronRij, raster.bronregel);
  raster.voetnoten.forEach((v, i) => tekst(ind.eersteVoetnootRij + i, v));
  raster.breedtes.forEach((b, k) => (ws.getColumn(k + 1).width = b));
  ws.pageSetup = {
    orientation: TABEL1_AFDRUK.liggend ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: TABEL1_AFDRUK.paginasBreed,
    fitToHeight: 0, // 0: as many pages high as needed
    paperSize: PAPIER[TABEL1_AFDRUK.papier],
  };
  return werkmap;
}
