/**
 * Tabel 1 as an .xlsx workbook: the sheet the task pane writes, from the one
 * layout definition (core/tabel1/opmaak: `tabel1Plan`) carried out with
 * exceljs (./blad-plan) — title, an Excel table with the published column
 * headers and a bold total row holding the published (rounded) totals as
 * values, the source line and the footnotes, with the print setup.
 *
 * The optional chart (realisatie % per ministerie, or doel and gerealiseerd,
 * as the pane offers; --grafiek) and its data block under the footnotes are
 * part of the same plan; exceljs cannot write charts, so ./grafiek-delen adds
 * the chart as DrawingML parts to the bytes exceljs wrote.
 */
import type ExcelJS from "exceljs";
import { Workbook } from "../../io/exceljs";
import type { Leesverslag } from "../../core/invoer/leesverslag";
import type { Tabel1 } from "../../core/tabel1/tabel1";
import { type GrafiekSoort, STANDAARD_GRAFIEK, tabel1Plan, tabel1Raster } from "../../core/tabel1/opmaak";
import type { BladPlan } from "../../core/blad/blad-plan";
import { voltooiBladen } from "./grafiek-delen";
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
  opties: SchrijfOpties & { verslagen?: readonly Leesverslag[]; herkomst?: HerkomstBlad; grafiek?: GrafiekSoort },
): Promise<void> {
  await schrijfAtomair(pad, () => tabel1WerkmapBytes(tabel, opties), opties);
}

/** The workbook as .xlsx bytes, the chart (default: the pane's default, STANDAARD_GRAFIEK) included. */
export async function tabel1WerkmapBytes(
  tabel: Tabel1,
  opties: { verslagen?: readonly Leesverslag[]; herkomst?: HerkomstBlad; grafiek?: GrafiekSoort; nu?: Date } = {},
): Promise<Buffer> {
  const plan = tabel1Plan(tabel, opties.verslagen ?? [], opties.grafiek ?? STANDAARD_GRAFIEK);
  const werkmap = werkmapVanPlan(tabel, plan, opties.nu ?? new Date());
  if (opties.herkomst) voegHerkomstToe(werkmap, opties.herkomst);
  return voltooiBladen(await werkmapBytes(werkmap, undefined, true), [plan]);
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

/**
 * The workbook in memory, without the chart (exported for tests and for callers that add sheets of their
 * own; the chart exists only in the bytes: tabel1WerkmapBytes).
 */
export function maakTabel1Werkmap(tabel: Tabel1, nu: Date = new Date(), verslagen: readonly Leesverslag[] = []): ExcelJS.Workbook {
  return werkmapVanPlan(tabel, tabel1Plan(tabel, verslagen), nu);
}

function werkmapVanPlan(tabel: Tabel1, plan: BladPlan, nu: Date): ExcelJS.Workbook {
  const werkmap = new Workbook();
  werkmap.creator = "banen (Banenafspraak)";
  werkmap.title = tabel1Raster(tabel).titel;
  werkmap.created = nu;
  werkmap.modified = nu;
  voegBladPlanToe(werkmap, plan);
  return werkmap;
}
