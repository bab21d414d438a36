/**
 * Tabel 1 as an .xlsx workbook: the sheet the task pane writes, from the one
 * layout definition (core/tabel1/opmaak: `tabel1Plan`) carried out with
 * exceljs (./blad-plan) — title, an Excel table with the published column
 * headers and a bold total row holding the published (rounded) totals as
 * values, the source line and the footnotes, with the print setup.
 *
 * What the pane can add and this file does not: the optional chart (exceljs
 * cannot write charts), and with it the chart data block under the
 * footnotes. Otherwise the CLI's sheet is the pane's sheet with "geen
 * grafiek" chosen.
 */
import type ExcelJS from "exceljs";
import { Workbook } from "../../io/exceljs";
import type { Leesverslag } from "../../core/invoer/leesverslag";
import type { Tabel1 } from "../../core/tabel1/tabel1";
import { tabel1Plan, tabel1Raster } from "../../core/tabel1/opmaak";
import { schrijfAtomair, type SchrijfOpties } from "./atomair";
import { voegBladPlanToe } from "./blad-plan";
import { werkmapBytes } from "../../io/tabelblad";

/**
 * Writes Tabel 1 to `pad` (.xlsx) atomically; an existing file only with `overschrijf`.
 * The reading reports go on the sheet as a note on the title cell.
 */
export async function schrijfTabel1Werkmap(
  tabel: Tabel1,
  pad: string,
  opties: SchrijfOpties & { verslagen?: readonly Leesverslag[]; herkomst?: HerkomstBlad },
): Promise<void> {
  await schrijfAtomair(
    pad,
    () => {
      const werkmap = maakTabel1Werkmap(tabel, new Date(), opties.verslagen ?? []);
      if (opties.herkomst) voegHerkomstToe(werkmap, opties.herkomst);
      return werkmapBytes(werkmap);
    },
    opties,
  );
}

/** The sheet "Herkomst" (banen tabel1 --herkomst, issue 17): a header and plain rows. */
export interface HerkomstBlad {
  naam: string;
  koppen: readonly string[];
  rijen: ReadonlyArray<ReadonlyArray<string | number>>;
}

function voegHerkomstToe(werkmap: ExcelJS.Workbook, blad: HerkomstBlad): void {
  const ws = werkmap.addWorksheet(blad.naam);
  ws.addRow([...blad.koppen]).font = { bold: true };
  for (const r of blad.rijen) ws.addRow([...r]);
  ws.views = [{ state: "frozen", ySplit: 1 }];
  blad.koppen.forEach((k, i) => (ws.getColumn(i + 1).width = Math.min(60, Math.max(12, k.length + 2))));
}

/** The workbook in memory (exported for tests and for callers that add sheets of their own). */
export function maakTabel1Werkmap(tabel: Tabel1, nu: Date = new Date(), verslagen: readonly Leesverslag[] = []): ExcelJS.Workbook {
  const plan = tabel1Plan(tabel, verslagen);
  const werkmap = new Workbook();
  werkmap.creator = "banen (Banenafspraak)";
  werkmap.title = tabel1Raster(tabel).titel;
  werkmap.created = nu;
  werkmap.modified = nu;
  voegBladPlanToe(werkmap, plan);
  return werkmap;
}
