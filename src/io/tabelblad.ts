/**
 * Building blocks for the workbooks the CLI and the sample generator (src/voorbeeld) write: a sheet that holds one
 * Excel table (the problem list, the sample data), and the workbook as bytes,
 * optionally byte-for-byte reproducible.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";

export type Tabelwaarde = string | number | boolean | null;

export interface Tabelblad {
  blad: string;
  tabelnaam: string;
  koppen: readonly string[];
  rijen: readonly (readonly Tabelwaarde[])[];
  /** Width per column in characters. */
  breedtes: readonly number[];
  /** Number format per column (default General). */
  formaten?: readonly string[];
}

/** Adds a sheet with an Excel table at A1: bold headers with filter buttons, banded rows. */
export function voegTabelbladToe(werkmap: ExcelJS.Workbook, t: Tabelblad): ExcelJS.Worksheet {
  const ws = werkmap.addWorksheet(t.blad);
  ws.addTable({
    name: t.tabelnaam,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: t.koppen.map((name) => ({ name, filterButton: true })),
    // An Excel table needs at least one data row; an empty list gets one empty row.
    rows: t.rijen.length > 0 ? t.rijen.map((r) => [...r]) : [t.koppen.map(() => null)],
  });
  ws.getRow(1).font = { bold: true };
  t.breedtes.forEach((b, i) => (ws.getColumn(i + 1).width = b));
  t.formaten?.forEach((f, i) => {
    if (f !== "General") ws.getColumn(i + 1).numFmt = f;
  });
  return ws;
}

/**
 * The workbook as .xlsx bytes. With `vasteDatum`, every zip entry gets that
 * date as well (exceljs stamps entries with the current time), so writing the
 * same content twice gives identical bytes: the committed sample stays
 * unchanged when it is generated again.
 */
export async function werkmapBytes(werkmap: ExcelJS.Workbook, vasteDatum?: Date, ongecomprimeerd = false): Promise<Buffer> {
  // Uncompressed (STORE) when the caller compresses the workbook itself after changing it (voltooiBladen).
  const bytes = Buffer.from(await werkmap.xlsx.writeBuffer(ongecomprimeerd ? { zip: { compression: "STORE" } } : undefined));
  if (!vasteDatum) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const uit = new JSZip();
  for (const naam of Object.keys(zip.files)) {
    const deel = zip.files[naam]!;
    if (deel.dir) continue;
    uit.file(naam, await deel.async("nodebuffer"), { date: vasteDatum, createFolders: false });
  }
  return uit.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}
