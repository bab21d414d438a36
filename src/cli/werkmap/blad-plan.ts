/**
 * Carries out a sheet plan (core/blad/blad-plan: Tabel 1's or the financing's)
 * with exceljs, as the task pane carries out the same plan through the Excel
 * JavaScript API: the blocks' cells and formats, the Excel table with its
 * total row as values, bold, wrapped text, title size, column widths, row
 * heights and the print setup. Knows nothing of what the sheet is about.
 */
import type ExcelJS from "exceljs";
import type { BladPlan, Celwaarde } from "../../core/blad/blad-plan";
import { leesBereik } from "./lees";

/**
 * exceljs' default font (its styles.xml: Calibri 11, family 2). A font set on
 * a cell replaces the whole font, so bold or a size always comes with the
 * name; without it LibreOffice falls back to a serif.
 */
const STANDAARDLETTER: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, size: 11 };

/** SpreadsheetML paper size codes (ECMA-376 Part 1, 18.3.1.63 pageSetup, paperSize: 9 = A4). */
const PAPIER = { A4: 9 } as const;

/** "" in a plan is an empty cell (realisatie when the doel is 0, the total row's cost per baan). */
const cel = (w: Celwaarde): string | number | null => (w === "" ? null : w);

/** Adds the plan's sheet to the workbook (the name as planned: a new workbook has no other sheet to clash with). */
export function voegBladPlanToe(werkmap: ExcelJS.Workbook, plan: BladPlan): ExcelJS.Worksheet {
  const ws = werkmap.addWorksheet(plan.bladnaam);
  const cellen = (adres: string, doe: (c: ExcelJS.Cell) => void) => {
    const b = bereikVan(adres);
    for (let r = b.boven; r <= b.onder; r++) for (let k = b.links; k <= b.rechts; k++) doe(ws.getCell(r, k));
  };

  for (const blok of plan.blokken) {
    const b = bereikVan(blok.adres);
    blok.waarden.forEach((rij, r) =>
      rij.forEach((w, k) => {
        const c = ws.getCell(b.boven + r, b.links + k);
        c.value = cel(w);
        c.numFmt = blok.formaten[r]![k]!;
      }),
    );
  }

  // The table over its block: exceljs writes header and rows itself (the same values), then the total row.
  const t = bereikVan(plan.tabel.adres);
  const blok = plan.blokken.find((b) => b.adres === plan.tabel.adres);
  if (!blok) throw new Error(`Het bladplan heeft geen blok op het tabeladres ${plan.tabel.adres}.`);
  const [koppen = [], ...rijen] = blok.waarden;
  ws.addTable({
    name: plan.tabelnaam,
    ref: plan.tabel.adres.split(":")[0]!,
    headerRow: true,
    totalsRow: true,
    style: { theme: plan.tabel.stijl as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    // The total row holds values (published totals are rounded per cell, not sums): only the label is a table attribute.
    columns: koppen.map((name, k) => ({
      name: String(name),
      filterButton: true,
      ...(k === 0 ? { totalsRowLabel: String(plan.tabel.totaalrij[0]) } : { totalsRowFunction: "none" as const }),
    })),
    rows: rijen.map((r) => r.map(cel)),
  });
  plan.tabel.totaalrij.forEach((w, k) => {
    const c = ws.getCell(t.onder + 1, t.links + k); // the row under the table's data
    c.value = cel(w);
    c.numFmt = plan.tabel.totaalFormaten[k]!;
  });

  for (const adres of plan.vet) cellen(adres, (c) => (c.font = { ...STANDAARDLETTER, ...c.font, bold: true }));
  for (const adres of plan.omloop) cellen(adres, (c) => (c.alignment = { ...c.alignment, wrapText: true }));
  cellen(plan.titelCel, (c) => (c.font = { ...STANDAARDLETTER, ...c.font, size: plan.titelGrootte }));
  for (const k of plan.kolombreedtes) ws.getColumn(k.kolom).width = k.tekens;
  for (const h of plan.rijhoogtes) ws.getRow(h.rij + 1).height = h.punten;
  if (plan.notitie) ws.getCell(plan.notitie.cel).note = plan.notitie.tekst;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: plan.afdruk.liggend ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: plan.afdruk.paginasBreed,
    fitToHeight: 0, // 0: as many pages high as needed
    paperSize: PAPIER[plan.afdruk.papier],
    // Several ranges (the chart's on a page of its own): exceljs joins them with "&&"; grafiek-delen makes one name of them.
    printArea: plan.afdruk.bereik.split(",").join("&&"),
  };
  return ws;
}

/** 1-based rows and columns of an address in a plan (always valid: the layouts make them). */
function bereikVan(adres: string): NonNullable<ReturnType<typeof leesBereik>> {
  const b = leesBereik(adres);
  if (!b) throw new Error(`Ongeldig adres in het bladplan: ${adres}`);
  return b;
}
