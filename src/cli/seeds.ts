/**
 * The published tables bundled in seeds/ (read-only data of the package):
 * found relative to this module, so they are there both from src/ (tests)
 * and from lib/ (the built CLI).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { GedrukteTabel1, ReeksSeed } from "../core";

export { seedPlaats, type ReeksSeed } from "../core";

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

/** seeds/reeks-rijk.json as it is on disk. */
export function reeksSeed(): ReeksSeed {
  return JSON.parse(fs.readFileSync(path.join(SEEDS, "reeks-rijk.json"), "utf8"));
}

interface LandelijkSeedRij {
  rij: string;
  markt: number;
  overheid: number;
  totaal: number;
  doelstelling?: boolean;
}
export interface LandelijkSeed {
  tabel: { naam: string; rijen: LandelijkSeedRij[] };
  kerncijfers: Array<{ naam: string; waarde: number }>;
}

/** seeds/landelijk-2021.json as it is on disk. */
export function landelijkSeed(): LandelijkSeed {
  return JSON.parse(fs.readFileSync(path.join(SEEDS, "landelijk-2021.json"), "utf8"));
}
