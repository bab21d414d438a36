/**
 * Excel workbooks in and out for the CLI (exceljs): read sheets as Rasters
 * for the shared reader, write Tabel 1 with the pane's layout, write the
 * problem list. Every write is atomic and never replaces a file unasked.
 */
export { leesWerkmap, werkmapBladen, type LeesWerkmapOpties } from "./lees";
export { schrijfTabel1Werkmap, maakTabel1Werkmap, tabel1WerkmapBytes, type HerkomstBlad } from "./tabel1-werkmap";
export { schrijfFinancieringWerkmap, maakFinancieringWerkmap } from "./financiering-werkmap";
export { schrijfProblemenWerkmap, maakProblemenWerkmap, problemenRijen, losseProblemen, PROBLEMEN_KOPPEN } from "./problemen-werkmap";
export { schrijfAtomair, type SchrijfOpties, type Bestandssysteem } from "./atomair";
export { voegTabelbladToe, werkmapBytes, type Tabelblad, type Tabelwaarde } from "../../io/tabelblad";
export { NEDERLANDSE_FOUTWAARDE } from "./celwaarde";
