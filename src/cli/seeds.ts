/**
 * The published tables bundled in seeds/ (read-only data of the package):
 * found relative to this module, so they are there both from src/ (tests)
 * and from lib/ (the built CLI).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { GedrukteTabel1 } from "../core";

export const SEEDS = path.resolve(__dirname, "..", "..", "seeds");

export interface GepubliceerdeTabel1 {
  tabel: GedrukteTabel1 & { document?: string };
  /** Path as shown to the user, relative to the package: "seeds/tabel1-2023Q2.json". */
  pad: string;
}

/** The published Tabel 1 of a quarter, when seeds/ has it. */
export function gepubliceerdeTabel1(kwartaal: string): GepubliceerdeTabel1 | null {
  const bestand = path.join(SEEDS, `tabel1-${kwartaal}.json`);
  if (!fs.existsSync(bestand)) return null;
  return {
    tabel: JSON.parse(fs.readFileSync(bestand, "utf8")),
    pad: path.relative(path.resolve(SEEDS, ".."), bestand).split(path.sep).join("/"),
  };
}
