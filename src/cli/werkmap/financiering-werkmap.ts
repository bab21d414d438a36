/**
 * A centrale financiering as an .xlsx workbook: the sheet the task pane
 * writes, from the one layout (core/financiering-opmaak: grid, row offsets,
 * formats, widths, names; core/financiering-bron: title with the quarter and
 * the notes on the source) — title, an Excel table (ministries, bold total
 * row), the summary (label in A, value in B), the verdict and the footnotes.
 * Written atomically; an existing file only with `overschrijf`.
 */
import ExcelJS from "exceljs";
import {
  FINANCIERING_TABELSTIJL,
  FINANCIERING_TITELGROOTTE,
  type FinancieringRaster,
  financieringBladnaam,
  financieringIndeling,
  financieringTabelnaam,
} from "../../core/financiering-opmaak";
import { type Celwaarde, TABEL1_AFDRUK, TEKST_FORMAAT } from "../../core/tabel1-opmaak";
import { schrijfAtomair, type SchrijfOpties } from "./atomair";
import { werkmapBytes } from "./tabelblad";

/** SpreadsheetML paper size codes (ECMA-376 Part 1, 18.3.1.63 pageSetup, paperSize: 9 = A4). */
const PAPIER = { A4: 9 } as const;

/** "" in the grid is an empty cell (the total row has no cost per baan). */
const cel = (w: Celwaarde): string | number | null => (w === "" ? null : w);

/** Writes the financing sheet to `pad` (.xlsx) atomically. `jaar` names the sheet ("Centrale financiering 2023"). */
export async function schrijfFinancieringWerkmap(
  raster: FinancieringRaster,
  jaar: number | null,
  pad: string,
  opties: SchrijfOpties,
): Promise<void> {
  await schrijfAtomair(pad, () => werkmapBytes(maakFinancieringWerkmap(raster, jaar)), opties);
}

/** The workbook in memory (exported for tests). */
export function maakFinancieringWerkmap(raster: FinancieringRaster, jaar: number | null, nu: Date = new Date()): ExcelJS.Workbook {
  const ind = financieringIndeling(raster);
  const werkmap = new ExcelJS.Workbook();
  werkmap.creator = "banen (Banenafspraak)";
  werkmap.title = raster.titel;
  werkmap.created = nu;
  werkmap.modified = nu;

  const ws = werkmap.addWorksheet(financieringBladnaam(jaar));
  const rij = (index: number) => ws.getRow(index + 1); // the layout counts from 0, exceljs from 1
  const tekst = (index: number, waarde: string) => {
    const c = rij(index).getCell(1);
    c.value = waarde;
    c.numFmt = TEKST_FORMAAT;
    return c;
  };

  tekst(ind.titelRij, raster.titel).font = { bold: true, size: FINANCIERING_TITELGROOTTE };

  ws.addTable({
    name: financieringTabelnaam(jaar),
    ref: `A${ind.kopRij + 1}`,
    headerRow: true,
    totalsRow: true,
    style: { theme: FINANCIERING_TABELSTIJL as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    // The total row holds values (as the pane writes it), not SUBTOTAL formulas: the same cells everywhere.
    columns: raster.koppen.map((name, k) => ({
      name,
      filterButton: true,
      ...(k === 0 ? { totalsRowLabel: String(raster.totaal[0]) } : { totalsRowFunction: "none" as const }),
    })),
    rows: raster.rijen.map((r) => r.map(cel)),
  });
  const kop = rij(ind.kopRij);
  raster.koppen.forEach((_, k) => {
    const c = kop.getCell(k + 1);
    c.numFmt = TEKST_FORMAAT;
    c.font = { bold: true };
    c.alignment = { wrapText: true };
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
    c.font = { bold: true };
  });

  raster.samenvatting.forEach((s, i) => {
    const r = rij(ind.eersteSamenvattingRij + i);
    const label = r.getCell(1);
    label.value = s.label;
    label.numFmt = TEKST_FORMAAT;
    // Long labels wrap within column A: column B holds the value, so they cannot run over.
    label.alignment = { wrapText: true, vertical: "top" };
    const waarde = r.getCell(2);
    waarde.value = cel(s.waarde);
    waarde.numFmt = s.formaat;
    waarde.alignment = { vertical: "top" };
  });
  raster.oordeel.forEach((z, i) => tekst(ind.eersteOordeelRij + i, z));
  raster.voetnoten.forEach((v, i) => tekst(ind.eersteVoetnootRij + i, v));
  raster.breedtes.forEach((b, k) => (ws.getColumn(k + 1).width = b));
  ws.pageSetup = {
    orientation: TABEL1_AFDRUK.liggend ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: TABEL1_AFDRUK.paginasBreed,
    fitToHeight: 0,
    paperSize: PAPIER[TABEL1_AFDRUK.papier],
  };
  return werkmap;
}
