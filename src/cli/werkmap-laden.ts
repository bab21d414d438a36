/**
 * The workbook-writing module (exceljs and its ~170 dependencies) loaded on
 * first use: it costs about half a second at start-up, which every command
 * paid, also `banen doel` and `--help`. Only commands that write an .xlsx (or
 * a problem list) wait for it; reading a workbook does not need exceljs
 * (werkmap/lees.ts streams it).
 */
export type Werkmap = typeof import("./werkmap");

let geladen: Promise<Werkmap> | undefined;

export function werkmap(): Promise<Werkmap> {
  geladen ??= import("./werkmap");
  return geladen;
}
