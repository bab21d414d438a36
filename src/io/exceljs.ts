/**
 * exceljs' Workbook class on its own, for the workbooks the CLI writes. The
 * package's entry (exceljs/lib/exceljs.nodejs.js) also loads the streaming
 * reader and writer (unzipper, its chainsaw/traverse/binary helpers) that no
 * path here uses: about twice the load time of the Workbook class with the
 * xlsx writer it needs (measured with process.cpuUsage around require:
 * ~550 ms against ~230 ms CPU on a loaded 2-core machine). Reading a workbook
 * never loads exceljs at all (src/cli/werkmap/lees.ts).
 *
 * Types still come from the package ("exceljs"), so the class is the one its
 * typings describe (exceljs 4.4.0 exports this very module as `Workbook`).
 */
import type ExcelJS from "exceljs";

export const Workbook: typeof ExcelJS.Workbook = require("exceljs/lib/doc/workbook");
