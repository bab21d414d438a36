/**
 * The CLI's link to the xlsx module (src/cli/werkmap, exceljs), written by
 * another engineer. Loaded when an .xlsx file is read or written, so CSV and
 * JSON work without it; if it is missing, the user gets a clear message.
 */
import { BanenFout, type Raster, type Tabel1 } from "../core";

export interface Werkmap {
  leesWerkmap(pad: string): Promise<Raster[]>;
  schrijfTabel1Werkmap(tabel: Tabel1, pad: string, opties: { overschrijf: boolean }): Promise<void>;
  schrijfProblemenWerkmap(fouten: readonly BanenFout[], pad: string, opties: { overschrijf: boolean }): Promise<void>;
}

const NODIG: ReadonlyArray<keyof Werkmap> = ["leesWerkmap", "schrijfTabel1Werkmap", "schrijfProblemenWerkmap"];

export function werkmap(): Werkmap {
  let module: Partial<Werkmap> | undefined;
  try {
    // A runtime require: the module may not exist yet in this tree, and CSV and JSON must work without it.

    module = require("./werkmap") as Partial<Werkmap>;
  } catch (e) {
    if (!(e instanceof Error && "code" in e && e.code === "MODULE_NOT_FOUND" && e.message.includes("./werkmap"))) throw e;
  }
  if (!module || NODIG.some((f) => typeof module[f] !== "function")) {
    throw new BanenFout("ONGELDIG_BESTAND", {
      reden:
        "Excel-bestanden (.xlsx) kan deze versie van banen nog niet lezen of schrijven (de module src/cli/werkmap ontbreekt); gebruik CSV of JSON.",
    });
  }
  return module as Werkmap;
}
