/**
 * The input problems as a workbook: one sheet "Problemen", an Excel table
 * with one row per problem (blad, rij, kolom, cel, melding, code), so a user
 * with many problems can sort and filter them beside the input file.
 *
 * CLI contract (agreed with the CLI's `tabel1` command): on input errors the
 * CLI exits non-zero (2) and writes NO table — not even a partial one — and
 * prints the problems. This workbook is written only when the user asks for
 * it with `--problemen <pad>`; it is never written in place of the table
 * and never at the table's output path. Like every file we write, it is
 * written atomically and does not replace an existing file without
 * `overschrijf`.
 */
import type ExcelJS from "exceljs";
import { Workbook } from "../../io/exceljs";
import { BanenFout, losseFouten } from "../../core/basis/fouten";
import { schrijfAtomair, type SchrijfOpties } from "./atomair";
import { type Tabelwaarde, voegTabelbladToe, werkmapBytes } from "../../io/tabelblad";

export const PROBLEMEN_KOPPEN = ["blad", "rij", "kolom", "cel", "melding", "code"] as const;

/** Every single problem: an ONGELDIGE_INVOER is replaced by the problems it lists. */
export function losseProblemen(fouten: readonly BanenFout[]): BanenFout[] {
  return fouten.flatMap(losseFouten);
}

export function problemenRijen(fouten: readonly BanenFout[]): Tabelwaarde[][] {
  return losseProblemen(fouten).map((f) => [
    f.plaats.blad ?? null,
    f.plaats.rij ?? null,
    f.plaats.kolom ?? f.plaats.veld ?? null,
    f.plaats.cel ?? null,
    f.kern.charAt(0).toUpperCase() + f.kern.slice(1),
    f.code,
  ]);
}

export function maakProblemenWerkmap(fouten: readonly BanenFout[], nu: Date = new Date()): ExcelJS.Workbook {
  const werkmap = new Workbook();
  werkmap.creator = "banen (Banenafspraak)";
  werkmap.title = "Problemen in de invoer";
  werkmap.created = nu;
  werkmap.modified = nu;
  const ws = voegTabelbladToe(werkmap, {
    blad: "Problemen",
    tabelnaam: "Problemen",
    koppen: PROBLEMEN_KOPPEN,
    rijen: problemenRijen(fouten),
    breedtes: [18, 8, 22, 10, 90, 24],
  });
  ws.getColumn(5).alignment = { wrapText: true, vertical: "top" };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  return werkmap;
}

/** Writes the problem list to `pad` (.xlsx) atomically; an existing file only with `overschrijf`. */
export async function schrijfProblemenWerkmap(fouten: readonly BanenFout[], pad: string, opties: SchrijfOpties): Promise<void> {
  await schrijfAtomair(pad, () => werkmapBytes(maakProblemenWerkmap(fouten)), opties);
}
