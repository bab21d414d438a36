/** A sample CSV of seeds/voorbeeld as a grid of strings, as a CSV reader would give it (header in row 1). */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Raster } from "../../src/core";

const VOORBEELD = path.resolve(__dirname, "..", "..", "seeds", "voorbeeld");

export function csvRaster(bestand: string, blad = bestand): Raster {
  const [koppen = [], ...rijen] = fs
    .readFileSync(path.join(VOORBEELD, bestand), "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/)
    .map((r) => r.split(";"));
  return { blad, rijIndex: 0, kolomIndex: 0, koppen, rijen };
}
